import CLibXML2

/// The only place Chronicle calls libxml2. Parses with fixed, safe options and copies the tree
/// into a `MarkupTree` before freeing libxml2's document.
public enum LibXML {
    /// libxml2 must be initialized once, before documents are parsed on several threads.
    private static let initialized: Void = { xmlInitParser() }()

    /// What went wrong reading a document as XML.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        /// The 1-based line of the first error, when libxml2 reported one.
        public var line: Int?
        /// libxml2's message, one line.
        public var message: String

        public var description: String {
            line.map { "line \($0): \(message)" } ?? message
        }
    }

    /// Parses HTML the way browsers forgive it: never fails, never reaches the network.
    ///
    /// - Parameter encoding: the encoding of `bytes` when known (`"UTF-8"`); nil lets libxml2
    ///   read `<meta charset>`.
    public static func parseHTML(_ bytes: [UInt8], encoding: String? = nil) -> MarkupTree {
        _ = initialized
        // HUGE lifts the nesting limit that otherwise drops the rest of a deeply nested page.
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                htmlReadMemory(base, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        guard let document else { return MarkupTree(nodes: [], roots: []) }
        defer { xmlFreeDoc(document) }
        return copyTree(document, lowercasing: true)
    }

    /// Parses well-formed XML (TimeML, our own SVG and XHTML output).
    ///
    /// Entities are not substituted and no DTD is loaded, so entity bombs and external
    /// entities stay inert; an undeclared entity reference is kept out of the text.
    public static func parseXML(_ bytes: [UInt8]) throws(ParseError) -> MarkupTree {
        _ = initialized
        guard let context = xmlNewParserCtxt() else { throw ParseError(line: nil, message: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_HUGE.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                xmlCtxtReadMemory(context, base, Int32(clamping: buffer.count), nil, nil, options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0) } ?? "not well-formed XML"
            throw ParseError(
                line: error.line > 0 ? Int(error.line) : nil,
                message: String(message.split(separator: "\n").first ?? "not well-formed XML"))
        }
        defer { xmlFreeDoc(document) }
        return copyTree(document, lowercasing: false)
    }

    /// Copies libxml2's tree iteratively (no recursion, so depth cannot overflow the stack).
    private static func copyTree(_ document: xmlDocPtr, lowercasing: Bool) -> MarkupTree {
        var nodes: [MarkupTree.Node] = []
        var roots: [Int] = []
        // Each entry: a libxml2 node still to copy, and the index of its copied parent.
        var pending: [(xmlNodePtr, Int?, Int)] = []
        var child = document.pointee.children
        var topLevel: [xmlNodePtr] = []
        while let node = child {
            topLevel.append(node)
            child = node.pointee.next
        }
        pending = topLevel.reversed().map { ($0, nil, 0) }
        while let (node, parent, depth) = pending.popLast() {
            let copy: MarkupTree.Node
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                var name = String(cString: node.pointee.name)
                if lowercasing { name = name.lowercased() }
                copy = MarkupTree.Node(
                    kind: .element, name: name, attributes: attributes(of: node, lowercasing: lowercasing),
                    text: "", parent: parent, children: [], depth: depth)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                copy = MarkupTree.Node(
                    kind: .text, name: "", attributes: [], text: content(of: node), parent: parent, children: [],
                    depth: depth)
            case XML_COMMENT_NODE:
                copy = MarkupTree.Node(
                    kind: .comment, name: "", attributes: [], text: content(of: node), parent: parent,
                    children: [], depth: depth)
            default:
                continue
            }
            let index = nodes.count
            nodes.append(copy)
            if let parent { nodes[parent].children.append(index) } else { roots.append(index) }
            if copy.kind == .element {
                var children: [xmlNodePtr] = []
                var next = node.pointee.children
                while let current = next {
                    children.append(current)
                    next = current.pointee.next
                }
                for current in children.reversed() { pending.append((current, index, depth + 1)) }
            }
        }
        return MarkupTree(nodes: nodes, roots: roots)
    }

    private static func content(of node: xmlNodePtr) -> String {
        guard let text = node.pointee.content else { return "" }
        return String(cString: text)
    }

    private static func attributes(of node: xmlNodePtr, lowercasing: Bool) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var name = String(cString: current.pointee.name)
            if lowercasing { name = name.lowercased() }
            if let namespace = current.pointee.ns, let prefix = namespace.pointee.prefix {
                name = String(cString: prefix) + ":" + name
            }
            var value = ""
            if let text = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: text)
                clibxml2_free(text)
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }
}
