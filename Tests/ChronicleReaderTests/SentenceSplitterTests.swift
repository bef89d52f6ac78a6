import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) throws -> [String] {
        let document = try DocumentReader().read(bytes: Array(text.utf8), id: "s", format: .text)
        return document.sentences.map { document.text(in: $0.range) }
    }

    @Test func survivesAbbreviationsAndInitials() throws {
        #expect(
            try sentences("The U.S. envoy met Mr. Kim on Dec. 3. He left. J. Smith wrote it, e.g. in No. 5.")
                == ["The U.S. envoy met Mr. Kim on Dec. 3.", "He left.", "J. Smith wrote it, e.g. in No. 5."])
    }

    @Test func keepsDecimalsAndAmountsInside() throws {
        #expect(
            try sentences("Exports rose 1.5 percent to $2.3 billion. Imports fell.") == [
                "Exports rose 1.5 percent to $2.3 billion.", "Imports fell.",
            ])
    }

    @Test func endsAfterClosingQuotes() throws {
        #expect(
            try sentences("He said “we will leave.” Then they left.") == [
                "He said “we will leave.”", "Then they left.",
            ])
    }
}
