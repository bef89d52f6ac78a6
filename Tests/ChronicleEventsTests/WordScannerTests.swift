import ChronicleText
import Testing

@testable import ChronicleEvents

@Suite struct WordScannerTests {
    func words(_ text: String) -> [String] {
        WordScanner.words(in: text, range: TextRange(0, text.utf8.count)).map(\.text)
    }

    @Test func keepsDottedInitialsNumbersAndHyphenatedWordsWhole() {
        #expect(
            words("The U.N. counted 1,127 asylum-seekers and 2.5 percent.")
                == ["The", "U.N.", "counted", "1,127", "asylum-seekers", "and", "2.5", "percent", "."])
    }

    @Test func splitsPossessivesAndPunctuation() {
        #expect(
            words("Ukraine’s port (Odesa) reopened, officials said.") == [
                "Ukraine", "’s", "port", "(", "Odesa", ")", "reopened", ",", "officials", "said", ".",
            ])
    }

    @Test func keepsCurrencyMarksApartFromAmounts() {
        #expect(
            words("It cost $40 billion, or KRW1.6 million each.") == [
                "It", "cost", "$", "40", "billion", ",", "or", "KRW1.6", "million", "each", ".",
            ])
    }

    @Test func rangesAreUTF8ByteOffsetsIntoTheText() {
        let text = "Café closed in 2020."
        let found = WordScanner.words(in: text, range: TextRange(0, text.utf8.count))
        #expect(found[1].text == "closed")
        #expect(found[1].range == TextRange(6, 12))
        #expect(text[bytes: found[3].range] == "2020")
    }
}
