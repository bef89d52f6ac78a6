import ChronicleTagger
import ChronicleText

/// What the words before a date make of it.
enum DateRole: Hashable {
    /// "in April", "on 22 December", "at the end of 2019": when something happened.
    case plain
    /// "no later than …", "deadline of …": when something is due.
    case deadline
    /// "by 2019": a deadline when the clause obliges someone, else a state reached by then.
    case by
    /// "until 2015": the end of a state.
    case until
    /// "as of 2017": a state observed at a time.
    case asOf
    /// "since 2014": the start of a state that goes on.
    case since
    /// "before 2010", "after the war in 2003".
    case before, after
    /// "from August 2020": the start of something, or the date of a thing ("a decree from …").
    case from
    /// "of 2019": a date that belongs to a noun.
    case of
    /// "for 2019", "over 2019", "within 2020": a span, not an event date.
    case `for`
}

/// A date in a sentence: one tagged expression, or two that bound an interval, with the words
/// that introduce it.
struct DateMention {
    /// The date, as a point or an interval.
    var date: EventDate
    /// The words of the expression(s), as indexes into the sentence's words.
    var words: ClosedRange<Int>
    /// The first word of the phrase, the introducing words included ("no later than …").
    var phraseStart: Int
    /// What the introducing words make of the date.
    var role: DateRole
    /// The TIMEX3 modifier of the expression (`START`, `END`, `APPROX`, …).
    var modifier: String?
    /// The expressions it was made of, for `--explain`.
    var expressions: [TimeExpression]

    /// The whole phrase, introducing words included.
    var phrase: ClosedRange<Int> { phraseStart...words.upperBound }
}

/// Why a tagged expression yields no event, for `--explain`.
enum Rejection: String, Error {
    case notADate = "not a calendar date (duration, set or unresolved)"
    case frequency = "a frequency (every, each, per)"
    case span = "a span of time (for, over, within)"
    case anniversary = "an anniversary"
    case age = "an age"
    case startOfState = "the start of a state (since)"
    case endOfState = "the end of a state (until)"
    case boilerplate = "a boilerplate line"
    case heading = "a heading"
    case plan = "inside a plan; stays in its event's title"
    case noEvent = "no event in its clause (a description, not a happening)"
    case duplicate = "the same event as another date of the sentence"
    case vagueReport = "a report date whose content has a date of its own"
    case ownPublication = "the document's own publication, restated"
    case baseline = "the date something is compared with"
    case partOfName = "a year that ends a name (World Report 2025)"
    case habitual = "a season or month without a year, in a clause about what usually happens"
    case habit = "a clause about what happens every so often (every year, daily), told in the present"
    case recommendation = "a recommendation: the sentence tells someone what to do"
    case reference = "a dated name cited by a clause about something else, in the present or negated"
    case restatedFinding = "a report's year, cited for what the report finds, told in the present"
}

extension DateMention {
    /// The dates of a sentence: the tagger's intervals first, then every other expression that
    /// names a calendar date; the rest come back as rejections.
    static func mentions(
        in words: [Word], expressions: [TimeExpression], intervals: [(from: TimeExpression, to: TimeExpression)]
    ) -> (mentions: [DateMention], rejected: [(TimeExpression, Rejection)]) {
        var mentions: [DateMention] = []
        var rejected: [(TimeExpression, Rejection)] = []
        var used = Set<TextRange>()
        for interval in intervals {
            guard let from = interval.from.point, let to = interval.to.point, from.firstDay <= to.lastDay,
                let span = wordSpan(
                    of: TextRange(interval.from.range.lowerBound, interval.to.range.upperBound), in: words)
            else { continue }
            used.insert(interval.from.range)
            used.insert(interval.to.range)
            var mention = DateMention(
                date: .interval(from: from, to: to), words: span, phraseStart: span.lowerBound, role: .plain,
                modifier: interval.from.modifier, expressions: [interval.from, interval.to])
            mention.introduce(in: words)
            if mention.role == .from || mention.role == .plain { mention.role = .plain }
            mentions.append(mention)
        }
        for expression in expressions where !used.contains(expression.range) {
            // "Two years later": a duration that leads to a date dates its clause like one.
            guard let point = expression.point ?? expression.reachedPoint,
                expression.kind == .date || expression.kind == .time || expression.reachedPoint != nil
            else {
                rejected.append((expression, .notADate))
                continue
            }
            guard var span = wordSpan(of: expression.range, in: words) else { continue }
            if expression.reachedPoint != nil, span.upperBound + 1 < words.count,
                ["later", "afterwards", "afterward"].contains(words[span.upperBound + 1].lower)
            {
                span = span.lowerBound...(span.upperBound + 1)
            }
            var mention = DateMention(
                date: .point(point), words: span, phraseStart: span.lowerBound, role: .plain,
                modifier: expression.modifier, expressions: [expression])
            mention.introduce(in: words)
            mentions.append(mention)
        }
        mentions.sort { $0.words.lowerBound < $1.words.lowerBound }
        return (mentions, rejected)
    }

    /// The words an expression covers.
    static func wordSpan(of range: TextRange, in words: [Word]) -> ClosedRange<Int>? {
        guard let first = words.firstIndex(where: { $0.range.upperBound > range.lowerBound }),
            let last = words.lastIndex(where: { $0.range.lowerBound < range.upperBound }), first <= last
        else { return nil }
        return first...last
    }

    /// Words that name a part of a period: "the first quarter of", "the end of".
    static let periodWords: Set<String> = [
        "the", "first", "second", "third", "fourth", "last", "final", "quarter", "half", "end", "beginning", "start",
        "middle", "part", "course", "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid", "rest",
        "remainder",
    ]

    /// Takes the longest introducing phrase that ends right before the expression.
    mutating func introduce(in words: [Word]) {
        let start = words.startIndex
        // The tagger may take the phrase into the expression ("no later than June 2025" with
        // ON_OR_BEFORE): read it the same as a phrase before the date.
        for entry in Lexicon.datePrepositions where entry.role == .deadline && entry.phrase.count < self.words.count {
            let lower = self.words.lowerBound
            if zip(lower..., entry.phrase).allSatisfy({ words[$0.0].lower == $0.1 }) {
                phraseStart = lower
                role = entry.role
                self.words = (lower + entry.phrase.count)...self.words.upperBound
                return
            }
        }
        var best: DatePreposition?
        for entry in Lexicon.datePrepositions {
            let count = entry.phrase.count
            guard self.words.lowerBound - count >= start else { continue }
            let candidate = (self.words.lowerBound - count)..<self.words.lowerBound
            if zip(candidate, entry.phrase).allSatisfy({ words[$0.0].lower == $0.1 }),
                count > best?.phrase.count ?? 0
            {
                best = entry
            }
        }
        guard let best else { return }
        phraseStart = self.words.lowerBound - best.phrase.count
        role = best.role
        // "during the first quarter of 2020", "at the end of 2019": the period words and their
        // preposition belong to the date phrase too.
        if best.phrase == ["of"] {
            var cursor = phraseStart - 1
            while cursor >= start, Self.periodWords.contains(words[cursor].lower) { cursor -= 1 }
            if cursor < phraseStart - 1 {
                if cursor >= start, Lexicon.prepositions.contains(words[cursor].lower) { cursor -= 1 }
                phraseStart = cursor + 1
                role = .plain
            }
        }
    }
}
