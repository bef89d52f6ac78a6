import ChronicleText

/// Reads the dated mentions of one sentence: which of them date an event, what kind of event,
/// and the words its title is made of.
struct SentenceEvents {
    let parse: SentenceParse
    let mentions: [DateMention]
    /// The sentence before, in the same paragraph: what "This directive …" points at.
    let previous: PreviousSentence?
    /// The date of the document (or of its section): a sentence that restates it as the
    /// document's own publication date is no event.
    var documentDate: TimePoint? = nil
    /// The words of frequencies ("every year", "daily"): a clause told in the present with one
    /// is a habit.
    var frequencyWords: Set<Int> = []
    /// The sentence before, in this paragraph or the one before it: whom "She" names when a
    /// news story gives each sentence its own paragraph.
    var speakerContext: PreviousSentence? = nil

    typealias Segment = SentenceParse.Segment

    func drafts() -> (drafts: [Draft], rejected: [(DateMention, Rejection)]) {
        // "Accede to the 2000 Protocol.": what someone should do has not happened.
        if isRecommendation { return ([], mentions.map { ($0, .recommendation) }) }
        var rejected: [(DateMention, Rejection)] = []
        var accepted: [Int] = []
        for (number, mention) in mentions.enumerated() {
            if let reason = rejection(of: mention) {
                rejected.append((mention, reason))
            } else {
                accepted.append(number)
            }
        }
        // Phrases of the other accepted dates leave every title; plans stay in theirs.
        var eventPhrases = Set<Int>()
        for number in accepted { eventPhrases.formUnion(mentions[number].phrase) }
        let changes = countChanges(accepted)
        var drafts: [Draft] = []
        for number in accepted where !changes.values.contains(number) {
            var mention = mentions[number]
            // "fell from 2,706 in 2011 to 1,127 in 2017": one change over the interval.
            if let end = changes[number] {
                mention.date = .interval(from: mention.date.start, to: mentions[end].date.end)
            }
            let others = eventPhrases.subtracting(mention.phrase)
            switch draft(for: mention, otherDates: others, allAccepted: accepted.map { mentions[$0] }) {
            case .success(let draft):
                if !draft.title.isEmpty { drafts.append(draft) } else { rejected.append((mention, .noEvent)) }
            case .failure(let reason):
                rejected.append((mention, reason))
            }
        }
        return (drafts, rejected)
    }

    /// Pairs of dates that bound one change of a count: "from 2,706 in 2011 to 1,127 in 2017"
    /// (the first date's index → the second's).
    private func countChanges(_ accepted: [Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (position, first) in accepted.enumerated() {
            guard position + 1 < accepted.count else { break }
            let second = accepted[position + 1]
            let a = mentions[first]
            let b = mentions[second]
            guard a.role == .plain, b.role == .plain,
                segmentIndex(of: a.words.lowerBound) == segmentIndex(of: b.words.lowerBound),
                parse.lower(a.phraseStart - 2) == "from", parse.words[safe: a.phraseStart - 1]?.kind == .number,
                parse.lower(b.phraseStart - 2) == "to", parse.words[safe: b.phraseStart - 1]?.kind == .number,
                a.date.end.lastDay < b.date.start.firstDay
            else { continue }
            result[first] = second
        }
        return result
    }

    // MARK: - Which dates date an event

    private func rejection(of mention: DateMention) -> Rejection? {
        switch mention.role {
        case .since: return .startOfState
        case .until: return .endOfState
        case .for: return .span
        case .before, .after: return .span
        // "from August 2020" dates a thing ("a decree from August 2020"), else starts a span.
        case .from where documentHead(followedBy: mention) == nil: return .startOfState
        default: break
        }
        let before = parse.lower(mention.words.lowerBound - 1)
        if Lexicon.frequencyWords.contains(before) && before != "a" && before != "an" { return .frequency }
        if closesAName(mention) { return .partOfName }
        if Lexicon.ageWords.contains(parse.lower(mention.phraseStart - 1)) { return .age }
        guard let segment = segmentIndex(of: mention.words.lowerBound) else { return .noEvent }
        let chunkStart = parse.segments[segment].words.lowerBound
        let beforeDate = chunkStart..<mention.phraseStart
        if beforeDate.contains(where: { Lexicon.anniversaryWords.contains(parse.lower($0)) }),
            documentHead(premodifiedBy: mention) == nil
        {
            return .anniversary
        }
        let isDeadline =
            mention.role == .deadline
            || (mention.role == .by
                && parse.segments[segment].words.contains { Lexicon.obligationCues.contains(parse.lower($0)) })
        if !isDeadline, isPlanned(mention, in: segment) { return .plan }
        if isComparisonBaseline(mention, in: segment) { return .baseline }
        // The document's own publication said again is folded into the source; it is an event
        // only when what came out is a report (see SentenceEvents+Publication.swift).
        if restatesPublication(mention), publishedReport(mention) == nil { return .ownPublication }
        return nil
    }

    /// Whether the sentence tells someone what to do: it opens with a verb in its base form
    /// ("End the practice …", "Accede to the 2000 Protocol.") and has no subject and verb of its
    /// own after it. A noun that looks like a verb opens a phrase instead ("Trade with China
    /// reached …", "Work on the dam began …").
    var isRecommendation: Bool {
        guard let first = parse.words.indices.first(where: { parse.words[$0].kind == .word }),
            parse.words[first].isCapitalized, parse.form(first) == nil,
            let next = parse.words[safe: first + 1], next.kind == .word || next.kind == .number
        else { return false }
        // A verb of the lists, or any word right before an article: "Ratify the …".
        let isVerb =
            Lexicon.commonVerbs.contains(parse.lower(first)) || Lexicon.obligationVerbs.contains(parse.lower(first))
        guard isVerb || ["the", "a", "an", "all", "every", "its", "their"].contains(next.lower),
            !Lexicon.determiners.contains(parse.lower(first)), !Lexicon.prepositions.contains(parse.lower(first)),
            !Lexicon.personalPronouns.contains(parse.lower(first))
        else { return false }
        if Lexicon.prepositions.contains(next.lower), next.lower != "to" { return false }
        let main = mainClause().flatMap { Array(parse.segments[$0].words) }
        return !main.contains { parse.isFinite[$0] && $0 != first }
    }

    /// Whether some words tell a habit: a frequency ("every year") in a clause whose verb is in
    /// the present ("more than 1,000 people defect every year").
    func isHabit(_ words: [Int]) -> Bool {
        for word in words where frequencyWords.contains(word) {
            // The verb of the frequency's own clause: "Surveys showed that 300 fishermen leave
            // the island every year" is about leaving, not showing.
            let segment = segmentIndex(of: word).map { Array(parse.segments[$0].words) } ?? words
            guard let verb = mainVerb(in: segment) else { return true }
            if isPresent(verb.index) { return true }
        }
        return false
    }

    /// Whether a verb is in the present tense: "defect", "holds", "does not meet".
    func isPresent(_ verb: Int) -> Bool {
        let form = parse.form(verb)
        if form == .present || form == .base { return true }
        return ["is", "are", "am", "has", "have", "do", "does"].contains(parse.lower(verb))
    }

    /// "Human Rights Watch's World Report 2025, which …": a year that ends a title is part of
    /// the name, not a date (a year before a name, "the DPRK 1946 Law", still dates it).
    private func closesAName(_ mention: DateMention) -> Bool {
        guard mention.phraseStart == mention.words.lowerBound, mention.words.count == 1,
            mention.date.precision == .year, mention.words.lowerBound >= 2
        else { return false }
        let previous = parse.words[mention.words.lowerBound - 1]
        let next = parse.words[safe: mention.words.upperBound + 1]
        return previous.kind == .word && previous.isCapitalized && !Lexicon.prepositions.contains(previous.lower)
            && !(next.map { $0.kind == .word && $0.isCapitalized } ?? false)
    }

    /// "five times as many visas as it did during the previous year", "more than in 2019": the
    /// date something is compared with.
    private func isComparisonBaseline(_ mention: DateMention, in segment: Int) -> Bool {
        let start = max(parse.segments[segment].words.lowerBound, mention.phraseStart - 4)
        let before = (start..<mention.phraseStart).map { parse.lower($0) }
        if before.last == "than"
            || before.contains("than") && !before.contains(where: { Self.quantityWords.contains($0) })
        {
            return true
        }
        // "412 discharges, up from 305 in 2022": the figure the event's own is measured against.
        if zip(before, before.dropFirst()).contains(where: { ($0 == "up" || $0 == "down") && $1 == "from" }) {
            return true
        }
        for (position, word) in before.enumerated() where word == "as" && position + 2 < before.count {
            let subject = before[position + 1]
            if Lexicon.personalPronouns.contains(subject) || Lexicon.determiners.contains(subject),
                ["did", "was", "were", "had", "does", "do", "is", "are"].contains(before[position + 2])
            {
                return true
            }
        }
        return false
    }

    /// "announced plans to open the country … in December": a plan word, then "to", before the date.
    private func isPlanned(_ mention: DateMention, in segment: Int) -> Bool {
        let range = parse.segments[segment].words
        var index = mention.phraseStart - 1
        var sawTo = false
        while index >= range.lowerBound {
            let word = parse.lower(index)
            if word == "to" || word == "for" { sawTo = true }
            if sawTo, Lexicon.planWords.contains(word) { return true }
            if parse.isFinite[index] && !Lexicon.planWords.contains(word) && word != "announced" { return false }
            index -= 1
        }
        return false
    }

    // MARK: - Segments

    func segmentIndex(of word: Int) -> Int? {
        parse.segments.firstIndex { $0.words.contains(word) }
            ?? parse.segments.lastIndex { $0.words.lowerBound <= word }
    }

    /// Whether a segment holds a date of its own.
    func hasOwnDate(_ segment: Int) -> Bool { parse.segments[segment].words.contains(where: parse.dateWords.contains) }

    /// The segments of the clause a segment belongs to, with the complements they report.
    func clause(of segment: Int) -> [Int] {
        let segments = parse.segments
        var members: [Int]
        switch segments[segment].kind {
        case .main, .intro, .coordinateVerb:
            let end = segments.firstIndex { $0.kind == .coordinate } ?? segments.count
            members = (0..<end).filter { [.main, .intro, .coordinateVerb].contains(segments[$0].kind) }
            if !members.contains(segment) { members.append(segment) }
            // "met officials on Monday and travelled to the port on Wednesday": a second verb with
            // a date of its own tells another event; each date keeps its own verb.
            if hasOwnDate(segment) {
                let dated = members.filter { $0 != segment && segments[$0].kind == .coordinateVerb && hasOwnDate($0) }
                members.removeAll { dated.contains($0) }
                if segments[segment].kind == .coordinateVerb {
                    members.removeAll { $0 != segment && segments[$0].kind == .coordinateVerb }
                }
            }
            // "June 25, 1950: troops invaded the South." — no main clause; what follows the date is.
            if !members.contains(where: { segments[$0].kind == .main }),
                let told = segments.indices.first(where: {
                    $0 > segment && parse.hasFiniteCandidate(in: segments[$0].words)
                })
            {
                members.append(told)
            }
        case .coordinate:
            members = [segment]
            var next = segment + 1
            while next < segments.count, segments[next].kind == .coordinateVerb || segments[next].kind.isInterruption {
                if segments[next].kind == .coordinateVerb { members.append(next) }
                next += 1
            }
        default:
            members = [segment]
        }
        var index = 0
        while index < members.count {
            for (child, candidate) in segments.enumerated()
            where candidate.parent == members[index] && candidate.kind == .complement && !members.contains(child) {
                members.append(child)
            }
            index += 1
        }
        return members.sorted()
    }

    /// The words of some segments that a title may use: no intros, asides or attributions.
    /// `keeping` names an aside that is the clause itself (": at the end of 2019, thousands …").
    func words(of members: [Int], excluding excluded: Set<Int>, keeping own: Int? = nil) -> [Int] {
        members.flatMap { number -> [Int] in
            let segment = parse.segments[number]
            if segment.kind == .intro || (segment.kind.isInterruption && number != own) { return [] }
            return segment.words.filter { !excluded.contains($0) }
        }
    }

    /// The first finite verb among some words.
    func finiteVerb(in words: [Int]) -> Int? { words.first { parse.isFinite[$0] } }

    /// The base form of the verb a clause is built on, looking through a passive auxiliary.
    /// Adverbs of time between an auxiliary and its participle: "was last inspected".
    static let timeAdverbs: Set<String> = ["last", "first", "never", "ever", "once", "twice", "only", "not"]

    func mainVerb(in words: [Int]) -> (index: Int, base: String, isPassive: Bool)? {
        guard let verb = finiteVerb(in: words) else { return nil }
        let lower = parse.lower(verb)
        if ["was", "were", "is", "are", "be", "been", "has", "have", "had"].contains(lower) {
            var next = verb + 1
            while next < parse.words.count,
                Lexicon.droppableAdverbs.contains(parse.lower(next)) || Self.timeAdverbs.contains(parse.lower(next))
                    || parse.lower(next).hasSuffix("ly") || parse.lower(next) == "been"
            {
                next += 1
            }
            if parse.form(next) == .past, let base = VerbForms.base(ofPast: parse.lower(next)) {
                let passive = !["has", "have", "had"].contains(lower) || parse.lower(next - 1) == "been"
                return (next, base, passive)
            }
            return (verb, ["has", "have", "had"].contains(lower) ? "have" : "be", false)
        }
        if Lexicon.modals.contains(lower) || ["do", "does", "did"].contains(lower) {
            var next = verb + 1
            while next < parse.words.count, parse.lower(next) == "not" || parse.lower(next).hasSuffix("ly") {
                next += 1
            }
            // "must be sent back": the participle tells the act.
            if ["be", "have"].contains(parse.lower(next)) {
                var participle = next + 1
                if parse.lower(participle) == "been" { participle += 1 }
                if let base = VerbForms.base(ofPast: parse.lower(participle)) { return (participle, base, true) }
            }
            return (verb, parse.verbBase(at: next) ?? parse.lower(next), false)
        }
        return (verb, parse.verbBase(at: verb) ?? lower, false)
    }

    // MARK: - Text

    func text(_ indexes: [Int]) -> String {
        var result = ""
        for index in indexes {
            let word = parse.words[index]
            if !result.isEmpty, !(word.kind == .punctuation && [",", ".", ";", ":", ")"].contains(word.text)) {
                result += " "
            }
            result += word.text
        }
        return result
    }

    func tokens(_ indexes: [Int]) -> [Headline.Token] { Headline.tokens(indexes, of: parse) }
}

/// The sentence before, read only when a title needs it ("This order …" points back at it).
final class PreviousSentence {
    let range: TextRange
    private let text: String
    private var cached: SentenceParse?

    init(text: String, range: TextRange, parse: SentenceParse? = nil) {
        self.text = text
        self.range = range
        cached = parse
    }

    var parse: SentenceParse {
        if let cached { return cached }
        let parse = SentenceParse(words: WordScanner.words(in: text, range: range))
        cached = parse
        return parse
    }
}

extension SentenceEvents {
    /// Whether "not" or "never" follows a verb or its auxiliary: "is not a party", "did not sign".
    func isNegated(_ verb: Int) -> Bool {
        let start = max(0, verb - 2)
        return (start...min(parse.words.count - 1, verb + 1)).contains {
            ["not", "never", "n't"].contains(parse.lower($0))
        }
    }
}
