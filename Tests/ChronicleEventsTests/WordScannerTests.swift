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

    @Test func readsWireQuotationMarksAsCurlyQuotes() {
        #expect(
            words("He called it ``a new start'' today.") == [
                "He", "called", "it", "\u{201C}", "a", "new", "start", "\u{201D}", "today", ".",
            ])
    }

    @Test func dropsAWireDatelineThatOpensASentence() {
        func body(_ text: String) -> [String] {
            WordScanner.droppingDateline(WordScanner.words(in: text, range: TextRange(0, text.utf8.count))).map(\.text)
        }
        #expect(body("HAVANA (AP) -- Castro spoke.") == ["Castro", "spoke", "."])
        #expect(body("WASHINGTON, August 11 (Xinhua) -- Talks began.") == ["Talks", "began", "."])
        #expect(
            body("BELFAST, Northern Ireland (AP)_ Police seized a bomb.") == ["Police", "seized", "a", "bomb", "."])
        #expect(body("NATO leaders met - and agreed.").first == "NATO")
        #expect(body("The UN - in a rare move - agreed.").first == "The")
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
