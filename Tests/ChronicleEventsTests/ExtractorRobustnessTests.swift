import ChronicleReader
import ChronicleTagger
import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

/// The extractor never crashes and keeps its promises on any text: thousands of sentences made
/// of random words, marks and dates, with hand-made expressions laid on random words.
@Suite struct ExtractorRobustnessTests {
    /// SplitMix64: the same sentences on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let vocabulary = [
        "the", "a", "council", "Council", "adopted", "required", "must", "by", "in", "on", "since", "until", "that",
        "which", "who", "said", "reported", "and", "but", "while", "compared", "to", "with", "this", "number",
        "rose", "fell", "from", "of", "it", "they", "were", "was", "had", "been", "deadline", "anniversary", "every",
        "plans", "announced", "The", "United", "Nations", "(", ")", "“", "”", "\"", ",", ",", ";", ":", "—", "-", "’s",
        "1,127", "40", "$3", "billion", "percent", "workers", "refugees", "sent", "back", "home", "led", "titled",
        "forced", "labor", "According", "as", "it", "did", "than", "This", "order", "decree", "report", "2014", "May",
        "June", "Monday", "North", "Korea", "People’s", "Republic", "of", "Korea", "there", "were", "many", "them",
        "due", "no", "later", "Democratic", "USA", "(USA)", "ICBM", "(ICBM)", "'", "?", "!", ".", "...",
    ]

    static let values = ["2014", "2019-12-22", "2020-08", "2024-04", "2020-Q1", "1948", "18", "2017-11-28"]

    @Test func survivesRandomSentences() throws {
        var random = Random(state: 2024)
        var text = ""
        for paragraph in 0..<120 {
            var sentences: [String] = []
            for _ in 0..<(1 + random.below(4)) {
                let words = (0..<(1 + random.below(40))).map { _ in random.pick(Self.vocabulary) }
                sentences.append(words.joined(separator: random.below(5) == 0 ? "" : " ") + ".")
            }
            text += (paragraph % 7 == 0 ? "Heading \(paragraph)\n\n" : "") + sentences.joined(separator: " ") + "\n\n"
        }
        var document = try DocumentReader().read(bytes: Array(text.utf8), id: "random", format: .text)
        document.date = DocumentDate(.year(2024), origin: .given)
        let words = WordScanner.words(in: document.text, range: TextRange(0, document.text.utf8.count))
        var expressions = Tagger().tag(document).expressions
        // Hand-made expressions on random single words not already tagged.
        for word in words where word.kind != .punctuation && random.below(6) == 0 {
            guard !expressions.contains(where: { $0.range.overlaps(word.range) }) else { continue }
            let kind: TimeExpression.Kind = random.below(10) == 0 ? .duration : .date
            expressions.append(
                TimeExpression(range: word.range, kind: kind, value: random.pick(Self.values), rule: "test"))
        }
        expressions.sort { $0.range < $1.range }
        var intervals: [Tagger.Interval] = []
        for index in stride(from: 0, to: expressions.count - 1, by: 9) {
            intervals.append(
                Tagger.Interval(
                    from: index, to: index + 1,
                    range: TextRange(expressions[index].range.lowerBound, expressions[index + 1].range.upperBound)))
        }
        let extraction = EventExtractor().extraction(of: document, expressions: expressions, intervals: intervals)
        #expect(extraction.mentions.count > 40)
        for mention in extraction.mentions {
            #expect(mention.event.title.split(separator: " ").count <= Headline.maximumWords, "\(mention.event.title)")
            #expect(!mention.event.title.isEmpty)
        }
        let merged = EventIdentity().assign(EventMerger().merge(extraction.mentions))
        #expect(!merged.events.isEmpty)
        #expect(Set(merged.events.map(\.id)).count == merged.events.count)
    }
}
