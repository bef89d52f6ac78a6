import ChronicleText
import Testing

@testable import ChronicleReader

/// Inputs built to hurt: every one must be read in bounded time (the limits are generous, for
/// debug builds on a busy machine; `chronicle-bench hostile` measures the real times and memory).
@Suite(.timeLimit(.minutes(3))) struct HostileInputTests {
    static let megabytes = 10

    func read(_ bytes: [UInt8], format: DocumentFormat) throws -> Document {
        try DocumentReader().read(bytes: bytes, id: "hostile", format: format)
    }

    @Test func readsAPageNested100000Deep() throws {
        let depth = 100_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth) + "Deep text."
            + String(repeating: "</div>", count: depth) + "<p>After the deep block.</p></body></html>"
        #expect(try read(Array(html.utf8), format: .html).paragraphTexts == ["Deep text.", "After the deep block."])
    }

    @Test func readsAPageOf100000UnclosedElements() throws {
        for unit in ["<div>", "<b><i>", "<table><tr><td>", "<ul><li>", "<article><h1>x", "<a href=/x>y"] {
            let html = "<html><body>" + String(repeating: unit, count: 100_000) + "<p>The last paragraph.</p>"
            let document = try read(Array(html.utf8), format: .html)
            #expect(document.text.hasSuffix("The last paragraph.") || unit.contains("<a"), "\(unit)")
        }
    }

    @Test func readsATenMegabyteLineOfText() throws {
        let sentence = "The committee met on 3 March 2021 and the U.S. envoy spoke. "
        let line = String(repeating: sentence, count: Self.megabytes * 1_000_000 / sentence.utf8.count)
        let document = try read(Array(line.utf8), format: .text)
        #expect(document.paragraphs.count == 1)
        #expect(document.sentences.count == Self.megabytes * 1_000_000 / sentence.utf8.count)
    }

    @Test func readsATenMegabyteLineWithoutSpacesOrWithOnlyPeriods() throws {
        let letters = [UInt8](repeating: UInt8(ascii: "a"), count: Self.megabytes * 1_000_000)
        #expect(try read(letters, format: .text).text.utf8.count == letters.count)
        let periods = [UInt8](String(repeating: "a. ", count: Self.megabytes * 1_000_000 / 3).utf8)
        #expect(try read(periods, format: .text).paragraphs.count == 1)
    }

    @Test func readsATenMegabyteHTMLParagraph() throws {
        let words = String(repeating: "harbour workers strike again ", count: Self.megabytes * 1_000_000 / 29)
        let html = "<html><body><p>" + words + "</p></body></html>"
        let document = try read(Array(html.utf8), format: .html)
        #expect(document.paragraphs.count == 1)
        #expect(document.text.utf8.count == words.utf8.count - 1)
    }

    @Test func readsATenMegabyteLineOfMarkdownBrackets() throws {
        for unit in ["[", "[a](", "![", "<", "**_"] {
            let line = [UInt8](String(repeating: unit, count: Self.megabytes * 200_000 / unit.utf8.count).utf8)
            _ = try read(line, format: .markdown)
        }
    }

    @Test func readsInvalidUTF8WithoutNULBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<1_000_000).map { _ in UInt8.random(in: 0x20...0xFF, using: &generator) }
        _ = try read(bytes, format: .text)
        _ = try read(bytes, format: .html)
    }

    @Test func ignoresADeeplyNestedJSONLDScript() throws {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let html =
            "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><p>Text.</p></body></html>"
        let document = try read(Array(html.utf8), format: .html)
        #expect(document.text == "Text.")
        #expect(document.date == nil)
    }
}
