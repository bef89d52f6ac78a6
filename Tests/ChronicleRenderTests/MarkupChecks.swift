import ChronicleXML
import Foundation
import Testing

/// Reads our SVG and HTML back with libxml2 and answers questions about them.
struct ParsedMarkup {
    let tree: MarkupTree

    init(svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        tree = try LibXML.parseXML(Array(svg.utf8))
    }

    init(html: String) {
        tree = LibXML.parseHTML(Array(html.utf8), encoding: "UTF-8")
    }

    var elements: [MarkupTree.Node] { tree.nodes.filter { $0.kind == .element } }

    func elements(_ name: String) -> [MarkupTree.Node] { tree.elements(named: name).map { tree.nodes[$0] } }

    func text(of name: String) -> [String] { tree.elements(named: name).map { tree.textContent(of: $0) } }

    /// All text in the document.
    var allText: String { tree.nodes.filter { $0.kind == .text }.map(\.text).joined(separator: "\n") }

    /// Every attribute of every element, as (element, name, value).
    var attributes: [(element: String, name: String, value: String)] {
        elements.flatMap { node in node.attributes.map { (node.name, $0.name, $0.value) } }
    }

    /// What would make the document active or reach the network: script elements (other than
    /// the `allowedScript`), event handler attributes, links that are not fragments or web
    /// addresses, embedded objects, and external resource references.
    func activeContent(allowedScript: String? = nil) -> [String] {
        var found: [String] = []
        for index in tree.elements(named: "script") {
            let content = tree.textContent(of: index)
            if content != allowedScript { found.append("<script>\(content.prefix(60))") }
        }
        for name in [
            "iframe", "object", "embed", "img", "image", "foreignObject", "foreignobject", "link", "audio", "video",
            "base", "form",
        ] {
            if !tree.elements(named: name).isEmpty { found.append("<\(name)>") }
        }
        for (element, name, value) in attributes {
            let lower = name.lowercased()
            let trimmed = value.trimmingCharacters(in: .whitespaces).lowercased()
            if lower.hasPrefix("on") { found.append("\(element) \(name)=\(value)") }
            if lower == "href" || lower == "xlink:href" || lower == "src" || lower == "action" {
                if !(trimmed.hasPrefix("#") || trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://")) {
                    found.append("\(element) \(name)=\(value)")
                }
                if element != "a" && !trimmed.hasPrefix("#") { found.append("\(element) \(name)=\(value)") }
            }
            if lower == "style" { found.append("\(element) style=\(value)") }
        }
        return found
    }
}
