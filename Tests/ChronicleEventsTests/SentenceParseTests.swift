import ChronicleText
import Testing

@testable import ChronicleEvents

@Suite struct SentenceParseTests {
    /// The segments of a sentence as "kind: words"; `dates` are words to mark as date words.
    func segments(_ text: String, dates: [String] = []) -> [String] {
        let words = WordScanner.words(in: text, range: TextRange(0, text.utf8.count))
        let dateWords = Set(words.indices.filter { dates.contains(words[$0].text) })
        let parse = SentenceParse(words: words, dateWords: dateWords)
        return parse.segments.map { segment in
            "\(segment.kind): " + segment.words.map { words[$0].text }.joined(separator: " ")
        }
    }

    @Test func separatesALeadingDateFromTheMainClause() {
        #expect(
            segments("In 2018, the council closed the old harbour.", dates: ["2018"])
                == ["intro: In 2018", "main: the council closed the old harbour ."])
    }

    @Test func separatesWhatAReportingVerbReports() {
        #expect(
            segments("The inspectors reported that the dam had cracked.")
                == ["main: The inspectors reported", "complement: that the dam had cracked ."])
    }

    @Test func takesAnAsideOutOfTheClauseItInterrupts() {
        #expect(
            segments("The charter, adopted in 2018, required cities to close coal plants.", dates: ["2018"]) == [
                "main: The charter", "participial: adopted in 2018", "main: required cities to close coal plants .",
            ])
        #expect(
            segments("The storm, which destroyed two bridges, reached the coast.") == [
                "main: The storm", "relative: which destroyed two bridges", "main: reached the coast .",
            ])
        #expect(
            segments("The network, launched in 2022, now has 48 stations.", dates: ["2022", "now"]) == [
                "main: The network", "participial: launched in 2022", "main: now has 48 stations .",
            ])
    }

    @Test func startsANewClauseAtAndWithANewSubject() {
        #expect(
            segments("Two ministers resigned in May and a new cabinet took office in June.", dates: ["May", "June"])
                == [
                    "main: Two ministers resigned in May", "coordinate: and a new cabinet took office in June .",
                ])
    }

    @Test func keepsAListOfNamesTogetherAsOneSubject() {
        #expect(
            segments("In March, France, Spain, and Italy signed the accord.", dates: ["March"])
                == ["intro: In March", "main: France , Spain , and Italy signed the accord ."])
    }

    @Test func findsComparisonsAndTrailingAttributions() {
        #expect(
            segments("Over 900 students enrolled in 2010 compared with 120 in 2021.", dates: ["2010", "2021"]) == [
                "main: Over 900 students enrolled in 2010", "comparison: compared with 120 in 2021 .",
            ])
        #expect(
            segments("The mine closed in 2012, the agency reported.", dates: ["2012"])
                == ["main: The mine closed in 2012", "attribution: the agency reported ."])
    }

    @Test func readsANameAfterAQuotationAsTheSpeakerOnlyWithoutAVerbAfterIt() {
        let speaker = segments("\u{201C}We are back,\u{201D} said Janos Martonyi in 1999.", dates: ["1999"])
        #expect(speaker.contains { $0.hasPrefix("attribution: said Janos Martonyi") })
        let subject = segments(
            "The paper, quoting \u{201C}secret reports,\u{201D} said Syria had indicated its interest in 1998.",
            dates: ["1998"])
        #expect(!subject.contains { $0.hasPrefix("attribution:") })
    }

    @Test func marksTheFiniteVerbOfEachClause() {
        let text = "The findings were based on interviews conducted in 2021."
        let words = WordScanner.words(in: text, range: TextRange(0, text.utf8.count))
        let parse = SentenceParse(words: words)
        let finite = words.indices.filter { parse.isFinite[$0] }.map { words[$0].text }
        #expect(finite == ["were"])
        #expect(parse.forms[words.firstIndex { $0.text == "conducted" }!] == .past)
    }
}
