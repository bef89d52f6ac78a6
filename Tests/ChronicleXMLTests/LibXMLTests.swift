import Testing

@testable import ChronicleXML

@Suite struct LibXMLTests {
    @Test func parsesForgivingHTMLAndDecodesEntities() {
        let tree = LibXML.parseHTML(Array("<html><body><p>Fish &amp; chips<p>caf&eacute;</body>".utf8))
        let paragraphs = tree.elements(named: "p").map { tree.textContent(of: $0) }
        #expect(paragraphs == ["Fish & chips", "café"])
    }

    @Test func keepsParagraphAfterVeryDeepNesting() {
        let depth = 300
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<p>After the deep block.</p></body></html>"
        let tree = LibXML.parseHTML(Array(html.utf8))
        let texts = tree.elements(named: "p").map { tree.textContent(of: $0) }
        #expect(texts == ["After the deep block."])
    }

    @Test func doesNotExpandEntitiesInXML() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE d [<!ENTITY boom "BOOM">]>
            <d>before &boom; after</d>
            """
        let tree = try LibXML.parseXML(Array(xml.utf8))
        let root = try #require(tree.elements(named: "d").first)
        #expect(!tree.textContent(of: root).contains("BOOM"))
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
