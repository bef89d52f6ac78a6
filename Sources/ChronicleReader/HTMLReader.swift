import ChronicleText
import ChronicleXML

/// Reads an HTML page: the visible text of its blocks, its title and its published date.
struct HTMLReader {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
        "button", "select", "menu", "head", "object", "canvas",
    ]
    /// Elements that start a new block of text.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "li", "dd", "dt", "blockquote", "pre", "td", "th", "tr",
        "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "br", "hr", "table", "ul", "ol", "dl", "address",
        "body", "caption",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    func read(bytes: [UInt8], id: String) -> Document {
        let tree = LibXML.parseHTML(bytes)
        var blocks: [Block] = []
        var current = ""
        var currentIsHeading = false
        func flush() {
            let text = current.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            if !text.isEmpty { blocks.append(Block(text: text, isHeading: currentIsHeading)) }
            current = ""
            currentIsHeading = false
        }
        // Iterative walk: (node, entering) pairs, so deep pages cannot overflow the stack.
        var stack: [(Int, Bool)] = tree.roots.reversed().map { ($0, true) }
        while let (index, entering) = stack.popLast() {
            let node = tree.nodes[index]
            switch node.kind {
            case .text:
                current += node.text
            case .comment:
                break
            case .element:
                if Self.skipped.contains(node.name) || Self.isHidden(node) { continue }
                let isBlock = Self.blocks.contains(node.name)
                if isBlock { flush() }
                if entering {
                    if Self.headings.contains(node.name) { currentIsHeading = true }
                    stack.append((index, false))
                    for child in node.children.reversed() { stack.append((child, true)) }
                }
            }
        }
        flush()
        var document = Document.assemble(id: id, title: Self.title(in: tree), blocks: blocks)
        document.date = HTMLMetadata.publishedDate(in: tree)
        return document
    }

    static func isHidden(_ node: MarkupTree.Node) -> Bool {
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        let role = node.attribute("role") ?? ""
        return ["navigation", "banner", "contentinfo", "complementary", "search", "menu"].contains(role)
    }

    /// og:title, else the first h1, else `<title>` without its site name.
    static func title(in tree: MarkupTree) -> String? {
        for index in tree.elements(named: "meta") {
            let node = tree.nodes[index]
            if node.attribute("property") == "og:title", let content = node.attribute("content"), !content.isEmpty {
                return collapse(content)
            }
        }
        if let h1 = tree.elements(named: "h1").first {
            let text = collapse(tree.textContent(of: h1))
            if !text.isEmpty { return text }
        }
        if let title = tree.elements(named: "title").first {
            var text = collapse(tree.textContent(of: title))
            for separator in [" | ", " – ", " — ", " - "] {
                if let range = text.range(of: separator, options: .backwards) {
                    text = String(text[..<range.lowerBound])
                    break
                }
            }
            return text.isEmpty ? nil : text
        }
        return nil
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
