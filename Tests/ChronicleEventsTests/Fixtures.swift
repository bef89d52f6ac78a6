import ChronicleReader
import ChronicleTagger
import ChronicleText
import ChronicleTimeline

@testable import ChronicleEvents

/// Documents and extractions for tests, written by hand.
enum Fixtures {
    /// A plain-text document with a given date.
    static func document(_ text: String, id: String = "doc", date: TimePoint? = nil) throws -> Document {
        var document = try DocumentReader().read(bytes: Array(text.utf8), id: id, format: .text)
        document.date = date.map { DocumentDate($0, origin: .given) }
        return document
    }

    /// A hand-made expression: the first occurrence of `phrase` in the text, as a TIMEX3 of `kind`.
    struct Timex {
        var phrase: String
        var value: String
        var kind: TimeExpression.Kind = .date
        var modifier: String? = nil
        var occurrence = 1
    }

    /// The tagger's expressions, with hand-made ones laid over them (for phrases the tagger does
    /// not know yet), and intervals between hand-made pairs.
    static func tagged(_ document: Document, adding timexes: [Timex] = [], intervals: [(Int, Int)] = [])
        -> (expressions: [TimeExpression], intervals: [Tagger.Interval])
    {
        var made: [TimeExpression] = []
        for timex in timexes {
            guard let range = range(of: timex.phrase, in: document.text, occurrence: timex.occurrence) else {
                preconditionFailure("no \(timex.phrase) in the text")
            }
            made.append(
                TimeExpression(
                    range: range, kind: timex.kind, value: timex.value, modifier: timex.modifier, rule: "test"))
        }
        let kept = Tagger().tag(document).expressions.filter { expression in
            !made.contains { $0.range.overlaps(expression.range) }
        }
        let all = (kept + made).sorted { $0.range < $1.range }
        let pairs = intervals.compactMap { from, to -> Tagger.Interval? in
            guard let start = all.firstIndex(of: made[from]), let end = all.firstIndex(of: made[to]) else { return nil }
            return Tagger.Interval(
                from: start, to: end, range: TextRange(made[from].range.lowerBound, made[to].range.upperBound))
        }
        return (all, pairs)
    }

    /// The mentions of a text, one per event.
    static func mentions(
        _ text: String, id: String = "doc", date: TimePoint? = nil, adding timexes: [Timex] = [],
        intervals: [(Int, Int)] = []
    ) throws -> [Mention] {
        let document = try document(text, id: id, date: date)
        let tagged = tagged(document, adding: timexes, intervals: intervals)
        return EventExtractor().extraction(of: document, expressions: tagged.expressions, intervals: tagged.intervals)
            .mentions
    }

    /// The events of a text, one per mention.
    static func events(
        _ text: String, id: String = "doc", date: TimePoint? = nil, adding timexes: [Timex] = [],
        intervals: [(Int, Int)] = []
    ) throws -> [Event] {
        try mentions(text, id: id, date: date, adding: timexes, intervals: intervals).map(\.event)
    }

    static func range(of phrase: String, in text: String, occurrence: Int) -> TextRange? {
        let bytes = Array(text.utf8)
        let needle = Array(phrase.utf8)
        var found = 0
        guard needle.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == needle {
            found += 1
            if found == occurrence { return TextRange(start, start + needle.count) }
        }
        return nil
    }
}

extension Array where Element == Event {
    /// "date: title" lines, for comparing extractions at a glance.
    var summaries: [String] { map { "\($0.date.timex): \($0.title)" } }
}
