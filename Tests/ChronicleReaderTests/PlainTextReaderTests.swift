import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct PlainTextReaderTests {
    func read(_ text: String, format: DocumentFormat = .text) throws -> Document {
        try DocumentReader().read(bytes: Array(text.utf8), id: "note", format: format)
    }

    @Test func joinsLinesWrappedInsideAParagraph() throws {
        let document = try read(
            "Report on harvests\n\nThe ministry said the harvest of that year was the\nworst in a decade, and officials\nblamed the floods.\n\nA second paragraph.\n"
        )
        let paragraphs = document.paragraphs.map { document.text(in: $0) }
        #expect(
            paragraphs == [
                "Report on harvests",
                "The ministry said the harvest of that year was the worst in a decade, and officials blamed the floods.",
                "A second paragraph.",
            ])
        #expect(document.headings == [0])
        #expect(document.title == "Report on harvests")
    }

    @Test func keepsLinesThatEndASentenceApart() throws {
        let document = try read("Freedom of Movement\nTravel is restricted.\nBorders are closed.")
        #expect(document.paragraphs.count == 3)
    }

    @Test func stripsMarkdownHeadingsAndLinks() throws {
        let document = try read("# The title\n\nSee [the report](https://example.org) for details.", format: .markdown)
        #expect(document.paragraphs.map { document.text(in: $0) } == ["The title", "See the report for details."])
        #expect(document.headings == [0])
    }

    @Test func rejectsBinaryInputNamingTheFile() {
        #expect(throws: ReadError.binary(path: "x.txt", offset: 3)) {
            try DocumentReader().read(bytes: [65, 66, 67, 0, 1], id: "x", path: "x.txt")
        }
    }

    @Test func decodesLatin1WhenNotUTF8() throws {
        let document = try DocumentReader().read(bytes: [0x63, 0x61, 0x66, 0xE9], id: "x", format: .text)
        #expect(document.text == "café")
    }
}
