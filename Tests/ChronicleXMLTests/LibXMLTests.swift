import Testing

@testable import ChronicleXML

@Suite struct LibXMLTests {
    @Test func parsesForgivingHTMLAndDecodesEntities() {
        let tree = LibXML.parseHTML(Array("<html><body><p>Fish &amp; chips<p>caf&eacute;</body>".utf8))
        let paragraphs = tree.elements(named: "p").map { tree.textContent(of: $0) }
        #expect(paragraphs == ["Fish & chips", "café"])
    }

    @Test func lowercasesHTMLElementAndAttributeNames() throws {
        let tree = LibXML.parseHTML(Array("<DIV CLASS=Story><P>One</P></DIV>".utf8))
        let div = try #require(tree.elements(named: "div").first)
        #expect(tree.nodes[div].attribute("class") == "Story")
        #expect(tree.elements(named: "p").count == 1)
    }

    @Test func keepsParagraphAfterVeryDeepNesting() {
        // Without XML_PARSE_HUGE, libxml2 2.9 stops at depth 256 and drops this paragraph.
        let depth = 300
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<p>After the deep block.</p></body></html>"
        let tree = LibXML.parseHTML(Array(html.utf8))
        let texts = tree.elements(named: "p").map { tree.textContent(of: $0) }
        #expect(texts == ["After the deep block."])
        let deepest = tree.nodes.map(\.depth).max()
        #expect(deepest == depth + 2)
    }

    @Test func reportsTruncationWhereLibXMLStopsAtItsDepthLimit() {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300)
            + "<p>After the deep block.</p></body></html>"
        let withoutHuge = LibXML.htmlOptions & ~LibXML.hugeOption
        let cut = LibXML.parseHTML(Array(html.utf8), encoding: "UTF-8", options: withoutHuge)
        #expect(cut.isTruncated)
        #expect(cut.elements(named: "p").isEmpty)
        let whole = LibXML.parseHTML(Array(html.utf8))
        #expect(!whole.isTruncated)
        #expect(!LibXML.parseHTML(Array("<p>a<b>b</p></i>".utf8)).isTruncated)
    }

    @Test func storesNodesInDocumentOrderWithParentsFirst() {
        let tree = LibXML.parseHTML(Array("<body><div><p>a<b>b</b></p>c</div><p>d</p></body>".utf8))
        for (index, node) in tree.nodes.enumerated() {
            if let parent = node.parent { #expect(parent < index) }
            #expect(node.children.allSatisfy { $0 > index })
        }
        #expect(tree.nodes.filter { $0.kind == .text }.map(\.text) == ["a", "b", "c", "d"])
    }

    @Test func parsesEmptyInputAsAnEmptyTree() {
        #expect(LibXML.parseHTML([]).nodes.isEmpty)
        #expect(throws: LibXML.ParseError.self) { try LibXML.parseXML([]) }
    }

    @Test func countsTheNodesLibXMLBuilds() {
        let bytes = Array("<html><body><p>a</p><p>b</p></body></html>".utf8)
        #expect(LibXML.countHTMLNodes(bytes) == LibXML.parseHTML(bytes).nodes.count)
    }

    @Test func knowsWhichEncodingsItCanDecode() {
        #expect(LibXML.supportsEncoding("EUC-KR"))
        #expect(LibXML.supportsEncoding("windows-1252"))
        #expect(!LibXML.supportsEncoding("no-such-charset"))
    }

    @Test func doesNotExpandEntitiesInXML() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE d [<!ENTITY boom "BOOM">]>
            <d title="x &boom; y">before &boom; after</d>
            """
        let tree = try LibXML.parseXML(Array(xml.utf8))
        let root = try #require(tree.elements(named: "d").first)
        #expect(tree.textContent(of: root) == "before  after")
        #expect(tree.nodes[root].attribute("title") == "x  y")
    }

    @Test func rejectsAnEntityBomb() {
        var declarations = "<!ENTITY l0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE b [\(declarations)]><b a=\"&l9;\">&l9;</b>"
        #expect(throws: LibXML.ParseError.self) { try LibXML.parseXML(Array(xml.utf8)) }
    }

    @Test func neverReadsExternalEntities() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <d>a &secret; b</d>
            """
        let tree = try LibXML.parseXML(Array(xml.utf8))
        let root = try #require(tree.elements(named: "d").first)
        #expect(tree.textContent(of: root) == "a  b")
    }

    @Test func reportsTheLineOfMalformedXML() {
        #expect(throws: LibXML.ParseError.self) {
            try LibXML.parseXML(Array("<a>\n<b></a>".utf8))
        }
        do {
            _ = try LibXML.parseXML(Array("<a>\n<b></a>".utf8))
        } catch {
            #expect(error.line == 2)
        }
    }
}
