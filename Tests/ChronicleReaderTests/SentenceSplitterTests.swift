import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) throws -> [String] {
        try DocumentReader().read(bytes: Array(text.utf8), id: "s", format: .text).sentenceTexts
    }

    @Test func survivesAbbreviationsAndInitials() throws {
        #expect(
            try sentences("The U.S. envoy met Mr. Kim on Dec. 3. He left. J. Smith wrote it, e.g. in No. 5.")
                == ["The U.S. envoy met Mr. Kim on Dec. 3.", "He left.", "J. Smith wrote it, e.g. in No. 5."])
    }

    @Test func keepsTitlesAndInitialsWithTheirNames() throws {
        #expect(
            try sentences("Gen. Ortiz and Dr. A. B. Lee spoke first. Sen. Moreau replied. George W. Hale agreed.")
                == ["Gen. Ortiz and Dr. A. B. Lee spoke first.", "Sen. Moreau replied.", "George W. Hale agreed."])
    }

    @Test func endsAfterDottedLettersBeforeAWordThatStartsSentences() throws {
        #expect(
            try sentences("The sanctions were lifted by the U.N. The talks resumed. The U.N. Security Council met.")
                == ["The sanctions were lifted by the U.N.", "The talks resumed.", "The U.N. Security Council met."])
        #expect(
            try sentences("The session began at 9 a.m. The minister spoke first, i.e. before the vote.")
                == ["The session began at 9 a.m.", "The minister spoke first, i.e. before the vote."])
    }

    @Test func keepsNumberAbbreviationsOnlyBeforeNumbers() throws {
        #expect(
            try sentences("Resolution No. 12 passed. The answer was no. Then the vote was held on p. 4 of the record.")
                == ["Resolution No. 12 passed.", "The answer was no.", "Then the vote was held on p. 4 of the record."])
        #expect(
            try sentences("It opened in Sept. 2019. He sat. Then he left.") == [
                "It opened in Sept. 2019.", "He sat.", "Then he left.",
            ])
    }

    @Test func keepsDecimalsAndAmountsInside() throws {
        #expect(
            try sentences(
                "Exports rose 1.5 percent to $2.3 billion. Imports fell to KRW1.6 million. Prices were 3.25% higher.")
                == [
                    "Exports rose 1.5 percent to $2.3 billion.", "Imports fell to KRW1.6 million.",
                    "Prices were 3.25% higher.",
                ])
    }

    @Test func endsAfterClosingQuotes() throws {
        #expect(
            try sentences("He said “we will leave.” Then they left.") == [
                "He said “we will leave.”", "Then they left.",
            ])
        #expect(
            try sentences("\"Is it over?\" she asked. \"Yes.\" He nodded.") == [
                "\"Is it over?\" she asked.", "\"Yes.\"", "He nodded.",
            ])
    }

    @Test func endsAtAnEllipsisOnlyBeforeAQuoteOrAStarter() throws {
        #expect(
            try sentences(
                "The plan … Marta said it would work. He waited... Then he called. “We tried…” Nobody answered.")
                == [
                    "The plan … Marta said it would work.", "He waited...", "Then he called.", "“We tried…”",
                    "Nobody answered.",
                ])
    }

    @Test func keepsAListNumberWithItsItem() throws {
        #expect(
            try sentences("1. Exports rose sharply. 2. Imports fell.") == [
                "1. Exports rose sharply.", "2. Imports fell.",
            ])
    }

    @Test func endsAtQuestionAndExclamationMarks() throws {
        #expect(try sentences("Why now? Nobody knows! It happened.") == ["Why now?", "Nobody knows!", "It happened."])
    }

    @Test func neverCrossesParagraphsAndTrimsWhiteSpace() throws {
        let document = try DocumentReader().read(
            bytes: Array("One paragraph without an end\n\nAnother one. And more.".utf8), id: "s", format: .text)
        #expect(document.sentenceTexts == ["One paragraph without an end", "Another one.", "And more."])
        for sentence in document.sentences {
            #expect(document.paragraphs[sentence.paragraph].contains(sentence.range))
        }
    }
}
