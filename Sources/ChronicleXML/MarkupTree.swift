/// A parsed HTML or XML document as plain Swift values, so no caller ever touches libxml2.
///
/// Nodes live in one array in document order; `parent` and `children` are indexes into it.
/// Parsing never loads a DTD, never touches the network and never substitutes entities.
public struct MarkupTree: Sendable {
    /// What a node is.
    public enum Kind: UInt8, Sendable {
        case element, text, comment
    }

    /// One element, text run or comment.
    public struct Node: Sendable {
        /// Element, text or comment.
        public var kind: Kind
        /// The element's name, lowercased for HTML; empty for text and comments.
        public var name: String
        /// The element's attributes in document order, names lowercased for HTML.
        public var attributes: [(name: String, value: String)]
        /// The text of a text or comment node, entities decoded; empty for elements.
        public var text: String
        /// The enclosing element, nil at the top.
        public var parent: Int?
        /// Child nodes, in order.
        public var children: [Int]
        /// The depth below the top (top-level nodes are 0).
        public var depth: Int

        /// The value of an attribute, if present.
        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// Every node in document order.
    public internal(set) var nodes: [Node]
    /// The nodes at the top of the document.
    public internal(set) var roots: [Int]
    /// Whether libxml2 stopped reading early because the document nests deeper than its limit
    /// (depth 256 unless `XML_PARSE_HUGE`, which `LibXML.parseHTML` sets): the rest is missing.
    public internal(set) var isTruncated = false

    init(nodes: [Node], roots: [Int]) {
        self.nodes = nodes
        self.roots = roots
    }

    /// The indexes of every element with a name, in document order.
    public func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// All text below a node, in document order, concatenated as it stands.
    public func textContent(of index: Int) -> String {
        var result = ""
        var stack = [index]
        while let next = stack.popLast() {
            let node = nodes[next]
            if node.kind == .text { result += node.text }
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    /// The nearest ancestors of a node, innermost first.
    public func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var current = nodes[index].parent
        while let parent = current {
            result.append(parent)
            current = nodes[parent].parent
        }
        return result
    }
}
