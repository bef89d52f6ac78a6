import CLibXML2

/// The only place Chronicle calls libxml2. Parses with fixed, safe options and copies the tree
/// into a `MarkupTree` before freeing libxml2's document.
///
/// Neither parser ever reads a file or the network: DTDs and external entities are not loaded
/// (the process-wide entity loader refuses every request), and entities are not substituted.
public enum LibXML {

    /// libxml2 must be initialized once, before documents are parsed on several threads; the
    /// same step installs the entity loader that refuses everything.
    private static let initialized: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// The options of the HTML parser. `XML_PARSE_HUGE` lifts libxml2's nesting limit: without
    /// it, libxml2 2.9 silently stops at depth 256 and drops the rest of the page. The HTML
    /// parser never substitutes entity declarations, so the flag opens no entity bomb.
    static let htmlOptions = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | XML_PARSE_HUGE.rawValue)

    /// `XML_PARSE_HUGE` alone, for tests that parse without it.
    static let hugeOption = Int32(XML_PARSE_HUGE.rawValue)

    /// The options of the XML parser: no `XML_PARSE_NOENT` (entities stay references), no
    /// `XML_PARSE_DTDLOAD`, and no `XML_PARSE_HUGE`, which in libxml2 2.9 also switches off the
    /// entity-amplification check that rejects "billion laughs" documents.
    static let xmlOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// What went wrong reading a document as XML.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        /// The 1-based line of the first error, when libxml2 reported one.
        public var line: Int?
        /// libxml2's message, one line.
        public var message: String

        /// The message, with its line when there is one: "line 2: …".
        public var description: String {
            line.map { "line \($0): \(message)" } ?? message
        }
    }

    /// Parses HTML the way browsers forgive it: never fails, never reaches the network.
    ///
    /// Nesting of any depth is kept (a 100,000-deep page parses in well under a second).
    ///
    /// - Parameter encoding: the encoding of `bytes` (`"UTF-8"`, `"EUC-KR"`). Give it whenever it
    ///   is known: libxml2 2.9 then ignores `<meta charset>`. Nil lets libxml2 read `<meta charset>`
    ///   and otherwise assume Latin-1.
    public static func parseHTML(_ bytes: [UInt8], encoding: String? = nil) -> MarkupTree {
        parseHTML(bytes, encoding: encoding, options: htmlOptions)
    }

    /// Parses HTML with the given options (tests compare with and without `XML_PARSE_HUGE`).
    static func parseHTML(_ bytes: [UInt8], encoding: String?, options: Int32) -> MarkupTree {
        _ = initialized
        guard let context = htmlNewParserCtxt() else { return MarkupTree(nodes: [], roots: []) }
        defer { htmlFreeParserCtxt(context) }
        guard let document = readHTML(bytes, encoding: encoding, options: options, context: context) else {
            return MarkupTree(nodes: [], roots: [])
        }
        defer { xmlFreeDoc(document) }
        var tree = copyTree(document)
        // libxml2 reports a nesting limit as an internal error and stops reading there.
        let error = context.pointee.lastError
        if error.code == XML_ERR_INTERNAL_ERROR.rawValue, let message = error.message,
            String(cString: message).hasPrefix("Excessive depth")
        {
            tree.isTruncated = true
        }
        return tree
    }

    /// Parses HTML as `parseHTML` does and counts the nodes of libxml2's own tree without copying
    /// it (elements, text and comments, as `parseHTML` would copy): what libxml2 alone costs, for
    /// `chronicle-bench`.
    public static func countHTMLNodes(_ bytes: [UInt8], encoding: String? = nil) -> Int {
        _ = initialized
        guard let context = htmlNewParserCtxt() else { return 0 }
        defer { htmlFreeParserCtxt(context) }
        guard let document = readHTML(bytes, encoding: encoding, options: htmlOptions, context: context) else {
            return 0
        }
        defer { xmlFreeDoc(document) }
        var count = 0
        walk(document) { node, _ in
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                count += 1
                return true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
                count += 1
                return false
            default:
                return false
            }
        }
        return count
    }

    /// Whether libxml2 (through iconv) can decode an encoding name such as `"EUC-KR"`.
    public static func supportsEncoding(_ name: String) -> Bool {
        _ = initialized
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Parses well-formed XML (TimeML, our own SVG and XHTML output).
    ///
    /// Entities are not substituted and no DTD is loaded, so external entities stay inert and
    /// an entity reference is kept out of the text. Documents deeper than 256 levels, text runs
    /// over 10 MB and entity bombs are rejected as errors.
    public static func parseXML(_ bytes: [UInt8]) throws(ParseError) -> MarkupTree {
        _ = initialized
        guard let context = xmlNewParserCtxt() else { throw ParseError(line: nil, message: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let document = withCharacters(bytes) { base, count in
            xmlCtxtReadMemory(context, base, count, nil, nil, xmlOptions)
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
        return copyTree(document)
    }

    private static func readHTML(_ bytes: [UInt8], encoding: String?, options: Int32, context: htmlParserCtxtPtr)
        -> htmlDocPtr?
    {
        withCharacters(bytes) { base, count in
            htmlCtxtReadMemory(context, base, count, nil, encoding, options)
        }
    }

    /// Lends the bytes as C characters; an empty input is lent as one NUL with a count of zero.
    private static func withCharacters<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>, Int32) -> T) -> T {
        let count = Int32(clamping: bytes.count)
        let storage = bytes.isEmpty ? [0] : bytes
        return storage.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                // A non-empty buffer always has a base address.
                body(characters.baseAddress!, count)
            }
        }
    }

    /// Visits libxml2's tree in document order without recursion, following its own parent,
    /// child and sibling links. `visit` gets each node and its depth and says whether to enter
    /// the node's children.
    private static func walk(_ document: xmlDocPtr, _ visit: (xmlNodePtr, Int) -> Bool) {
        var current = document.pointee.children
        var depth = 0
        while let node = current {
            if visit(node, depth), let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE {
                current = child
                depth += 1
                continue
            }
            var climbing: xmlNodePtr? = node
            current = nil
            while let up = climbing {
                if let next = up.pointee.next {
                    current = next
                    break
                }
                depth -= 1
                guard depth >= 0, let parent = up.pointee.parent else { break }
                climbing = parent
            }
        }
    }

    /// Copies libxml2's tree in document order, so a parent always precedes its children. The
    /// walk follows libxml2's own links (no recursion, no stack of children).
    private static func copyTree(_ document: xmlDocPtr) -> MarkupTree {
        var nodes: [MarkupTree.Node] = []
        var roots: [Int] = []
        // The copied index of the open element at each depth.
        var open: [Int] = []
        var current = document.pointee.children
        var depth = 0
        while let node = current {
            if open.count > depth { open.removeSubrange(depth...) }
            let parent = open.last
            var entered = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = String(cString: node.pointee.name)
                let index = nodes.count
                nodes.append(
                    MarkupTree.Node(
                        kind: .element, name: name, attributes: attributes(of: node), text: "", parent: parent,
                        children: [], depth: depth))
                if parent == nil { roots.append(index) }
                open.append(index)
                entered = node.pointee.children != nil
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
                if parent == nil { roots.append(nodes.count) }
                nodes.append(
                    MarkupTree.Node(
                        kind: node.pointee.type == XML_COMMENT_NODE ? .comment : .text, name: "", attributes: [],
                        text: content(of: node), parent: parent, children: [], depth: depth))
            default:
                // Entity references, processing instructions, DTD nodes: never text.
                break
            }
            if entered, let child = node.pointee.children {
                current = child
                depth += 1
                continue
            }
            current = nil
            var climbing: xmlNodePtr? = node
            while let up = climbing {
                if let next = up.pointee.next {
                    current = next
                    break
                }
                depth -= 1
                guard depth >= 0, let parent = up.pointee.parent else { break }
                climbing = parent
            }
        }
        // Each element's children, in one array sized once.
        var counts = [Int](repeating: 0, count: nodes.count)
        for index in nodes.indices { if let parent = nodes[index].parent { counts[parent] += 1 } }
        for index in nodes.indices where counts[index] > 0 { nodes[index].children.reserveCapacity(counts[index]) }
        for index in nodes.indices { if let parent = nodes[index].parent { nodes[parent].children.append(index) } }
        return MarkupTree(nodes: nodes, roots: roots)
    }

    private static func content(of node: xmlNodePtr) -> String {
        guard let text = node.pointee.content else { return "" }
        return String(cString: text)
    }

    /// Attribute values from their text children only: an entity reference inside a value is
    /// left out rather than expanded (expanding is how entity bombs explode).
    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var name = String(cString: current.pointee.name)
            if let namespace = current.pointee.ns, let prefix = namespace.pointee.prefix {
                name = String(cString: prefix) + ":" + name
            }
            var value = ""
            var child = current.pointee.children
            while let part = child {
                if part.pointee.type == XML_TEXT_NODE, let text = part.pointee.content {
                    value += String(cString: text)
                }
                child = part.pointee.next
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }
}
