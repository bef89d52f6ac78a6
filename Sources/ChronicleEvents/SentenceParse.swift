import ChronicleText

/// A sentence cut into words and clause segments, the shallow structure the extractor needs to
/// tie each date to what happened at that date.
///
/// No grammar is parsed: commas, conjunctions, relative pronouns, reporting verbs and a verb
/// detector made of word lists find the clauses. Words inside parentheses or quotation marks
/// never start a segment.
struct SentenceParse {
    enum SegmentKind: Hashable {
        /// The main clause.
        case main
        /// A leading adverbial before its comma: "In 2017,", "Still,", "in Musan county,".
        case intro
        /// An independent clause joined by "and", "but" or ";".
        case coordinate
        /// A second verb phrase of the same subject: "… and required States to …".
        case coordinateVerb
        /// "While …", "although …".
        case subordinate
        /// What a reporting verb reports: "that …".
        case complement
        /// ", which …", ", who …".
        case relative
        /// ", adopted in 2017,", ", constituting …", ", purportedly to …".
        case participial
        /// ", including …", ", subject to …", ": …".
        case appendix
        /// "According to …," or ", the agency said."
        case attribution
        /// "compared to …", "compared with …".
        case comparison

        /// Segments that interrupt the clause around them.
        var isInterruption: Bool { [.relative, .participial, .appendix, .attribution].contains(self) }
    }

    struct Segment: Hashable {
        var words: Range<Int>
        var kind: SegmentKind
        /// For a complement, the segment whose verb reports it.
        var parent: Int?
    }

    enum VerbForm: Hashable { case auxiliary, past, present, base, gerund }

    let words: [Word]
    /// The indexes of words inside a date expression.
    let dateWords: Set<Int>
    /// How deep each word sits in parentheses and quotation marks; 0 is the sentence itself.
    let depth: [Int]
    /// The verb form each word may have, from the word lists and its neighbours.
    let forms: [VerbForm?]
    var segments: [Segment] = []
    /// Whether each word is the finite verb of its segment.
    var isFinite: [Bool]

    init(words: [Word], dateWords: Set<Int> = []) {
        self.words = words
        self.dateWords = dateWords
        depth = Self.depths(of: words)
        var forms: [VerbForm?] = []
        // Words of a date are never verbs: "4 May 2018".
        for index in words.indices { forms.append(dateWords.contains(index) ? nil : Self.form(of: words, at: index)) }
        self.forms = forms
        isFinite = Array(repeating: false, count: words.count)
        segments = cut()
    }

    // MARK: - Reading words

    func lower(_ index: Int) -> String { index >= 0 && index < words.count ? words[index].lower : "" }

    func isComma(_ index: Int) -> Bool { index < words.count && words[index].is(",") }

    /// The verb form of the word at `index`; nil outside the sentence.
    func form(_ index: Int) -> VerbForm? { index >= 0 && index < forms.count ? forms[index] : nil }

    /// Whether a verb candidate here can be a finite verb: something like a subject precedes it.
    func followsSubject(_ index: Int, from start: Int) -> Bool {
        var cursor = Self.skipAdverbs(words, before: index)
        if cursor < start { cursor = start - 1 }
        guard cursor >= start else { return false }
        let word = words[cursor]
        if word.kind == .number || word.isQuote || word.is(")") { return true }
        if word.kind == .punctuation { return false }
        if Lexicon.personalPronouns.contains(word.lower) || word.lower == "that" || word.lower == "which"
            || word.lower == "who"
        {
            return true
        }
        if Lexicon.determiners.contains(word.lower) || Lexicon.prepositions.contains(word.lower)
            || Lexicon.coordinators.contains(word.lower) || Lexicon.auxiliaries.contains(word.lower)
            || word.lower == "to"
        {
            return false
        }
        return true
    }

    /// Whether a verb form that a clause could be built on appears in `range` after a subject.
    func hasFiniteCandidate(in range: Range<Int>) -> Bool {
        for index in range where depth[index] == 0 {
            guard let form = forms[index] else { continue }
            switch form {
            case .auxiliary:
                if !["be", "been", "being", "having"].contains(lower(index)) { return true }
            case .past, .present:
                if followsSubject(index, from: range.lowerBound) { return true }
            case .base, .gerund:
                continue
            }
        }
        return false
    }

    /// The first finite verb of a segment, if any.
    func finiteVerb(in range: Range<Int>) -> Int? {
        range.first { isFinite[$0] }
    }

    // MARK: - Verb forms

    static let nounsInIng: Set<String> = [
        "during", "thing", "nothing", "something", "anything", "everything", "king", "ring", "spring", "string",
        "morning", "evening", "ceiling", "building", "buildings", "meeting", "hearing", "briefing", "funding",
        "wedding", "sibling", "darling", "ping", "bring", "sing", "wing", "sting", "swing", "cling", "fling", "sling",
        "beijing", "nanjing", "chongqing", "kunming", "harbin", "ying", "being", "feeling", "earnings",
        "findings", "holdings", "warning", "warnings", "offering", "rating", "ruling", "shooting", "killing",
        "killings", "training", "housing", "clothing", "spending", "planning", "beginning",
    ]

    /// Irregular pasts that are as often nouns, adjectives or presents: they count as verbs only
    /// right after something like a subject.
    static let ambiguousPasts: Set<String> = [
        "ground", "wound", "left", "set", "cut", "put", "hit", "spread", "cast", "lay", "read", "bound", "fit", "cost",
        "bid", "bet", "shed", "shut", "split", "quit", "beat", "hurt", "burst", "thrust", "upset", "let",
        "broadcast", "forecast", "offset", "reset", "bore", "rose", "saw", "lit", "fell", "bit", "sat", "won", "met",
        "ate", "found", "felt", "led", "fled", "lost", "paid", "sent", "held", "made", "kept",
    ]

    /// Plurals that are far more often nouns than present-tense verbs.
    static let nounLikePlurals: Set<String> = [
        "sanctions", "reports", "tests", "plans", "orders", "visits", "talks", "attacks", "claims", "demands",
        "costs", "works", "needs", "ends", "funds", "forces", "charges", "changes", "records", "protests", "arrests",
        "returns", "exports", "imports", "transfers", "trades", "limits", "controls", "rules", "votes", "shares",
        "states", "issues", "rights", "goods", "means", "camps", "crossings", "documents", "interviews", "resources",
        "targets", "supports", "threats", "sells", "estimates", "restrictions", "increases", "releases", "aims",
        "hopes", "fears", "signs", "marks", "points", "forms", "acts", "calls", "offers", "promises", "jobs",
        "works", "services", "efforts", "meetings", "trains", "uses", "walks", "runs", "moves", "turns",
    ]

    /// Words after which a past form is an adjective: "the forced labor", "their detained relatives".
    static let articles: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "every", "each", "no", "another",
    ]

    /// "Norway and the EU [fail]": two names joined by "and", a plural subject.
    static func endsJoinedNames(_ words: [Word], before index: Int) -> Bool {
        guard index >= 3, words[index - 1].isCapitalized else { return false }
        var cursor = index - 2
        while cursor >= max(1, index - 4), words[cursor].isCapitalized || words[cursor].lower == "the" { cursor -= 1 }
        return cursor >= 1 && words[cursor].lower == "and" && words[cursor - 1].isCapitalized
    }

    static func form(of words: [Word], at index: Int) -> VerbForm? {
        let word = words[index]
        guard word.kind == .word else { return nil }
        let lower = word.lower
        let previous = index > 0 ? words[index - 1].lower : ""
        if Lexicon.auxiliaries.contains(lower) { return .auxiliary }
        // A capital inside the sentence is a name, not a verb.
        if word.isCapitalized, index > 0, !words[index - 1].isQuote, !words[index - 1].is("(") { return nil }
        if lower.hasSuffix("ing"), lower.count >= 5, !nounsInIng.contains(lower) { return .gerund }
        if articles.contains(previous) || previous == "'s" { return nil }
        // "forced labor", "armed forces": a participle that names a kind of thing.
        if index + 1 < words.count, Lexicon.participleAdjectives[lower]?.contains(words[index + 1].lower) == true {
            return nil
        }
        if let base = VerbForms.base(ofPast: lower) {
            // After "having", "had", "was": a participle, whatever else the word can be.
            let afterAuxiliary = ["have", "has", "had", "having", "was", "were", "been", "be", "being", "is", "are"]
                .contains(previous)
            if ambiguousPasts.contains(lower) {
                return isSubjectLike(words, before: index) || afterAuxiliary ? .past : nil
            }
            if base.isEmpty { return nil }
            if (Lexicon.prepositions.contains(previous) || previous == "as") && previous != "that" { return nil }
            return .past
        }
        let infinitiveMarkers: Set<String> = ["to", "not", "did", "does", "do", "n't", "will", "would", "could", "can"]
        if Lexicon.commonVerbs.contains(lower) || Lexicon.reportingVerbs.contains(lower)
            || Lexicon.obligationVerbs.contains(lower)
        {
            if infinitiveMarkers.contains(previous) || Lexicon.modals.contains(previous) { return .base }
            if isSubjectLike(words, before: index), index > 0,
                words[index - 1].lower.hasSuffix("s")
                    || Lexicon.irregularPlurals.contains(previous) || ["they", "we", "i", "you"].contains(previous)
                    || endsJoinedNames(words, before: index)
            {
                return .present
            }
            return nil
        }
        if let base = VerbForms.base(ofPresent: lower),
            Lexicon.commonVerbs.contains(base) || Lexicon.reportingVerbs.contains(base)
                || Lexicon.obligationVerbs.contains(base)
        {
            if nounLikePlurals.contains(lower) {
                let next = index + 1 < words.count ? words[index + 1].lower : ""
                // "the port authority offers a raise": an object after it makes it the verb.
                guard
                    ["it", "he", "she", "this"].contains(previous)
                        || (index > 0 && words[index - 1].kind == .word
                            && (Lexicon.determiners.contains(next) || next == "that"))
                else { return nil }
            }
            return isSubjectLike(words, before: index) ? .present : nil
        }
        return nil
    }

    /// The index of the last word before `index` that is not an adverb ("systematically and
    /// egregiously", "reportedly", "not"), or -1.
    static func skipAdverbs(_ words: [Word], before index: Int) -> Int {
        var cursor = index - 1
        while cursor >= 0 {
            let lower = words[cursor].lower
            if lower.hasSuffix("ly") && lower.count > 3 || Lexicon.droppableAdverbs.contains(lower) || lower == "not" {
                cursor -= 1
            } else if Lexicon.coordinators.contains(lower), cursor > 0, words[cursor - 1].lower.hasSuffix("ly"),
                words[cursor + 1].lower.hasSuffix("ly")
            {
                cursor -= 1
            } else {
                break
            }
        }
        return cursor
    }

    private static func isSubjectLike(_ words: [Word], before index: Int) -> Bool {
        let cursor = skipAdverbs(words, before: index)
        guard cursor >= 0 else { return false }
        let word = words[cursor]
        if word.kind == .number || word.is(")") || word.isQuote { return true }
        if word.kind == .punctuation { return false }
        let lower = word.lower
        if Lexicon.personalPronouns.contains(lower) || ["that", "which", "who"].contains(lower) { return true }
        return
            !(Lexicon.determiners.contains(lower) || Lexicon.prepositions.contains(lower)
            || Lexicon.coordinators.contains(lower) || Lexicon.auxiliaries.contains(lower) || lower == "to")
    }

    // MARK: - Nesting

    private static func depths(of words: [Word]) -> [Int] {
        func compute(quotes: Bool) -> ([Int], Bool) {
            var result: [Int] = []
            var parens = 0
            var inStraight = false
            var curly = 0
            for word in words {
                var before = parens + curly + (inStraight ? 1 : 0)
                if word.is("(") || word.is("[") {
                    result.append(before)
                    parens += 1
                    continue
                }
                if word.is(")") || word.is("]") {
                    parens = max(0, parens - 1)
                    before = parens + curly + (inStraight ? 1 : 0)
                    result.append(before)
                    continue
                }
                if quotes {
                    if word.is("\u{201C}") {
                        result.append(before)
                        curly += 1
                        continue
                    }
                    if word.is("\u{201D}") {
                        curly = max(0, curly - 1)
                        result.append(parens + curly + (inStraight ? 1 : 0))
                        continue
                    }
                    if word.is("\"") {
                        if inStraight {
                            inStraight = false
                            result.append(parens + curly)
                        } else {
                            result.append(before)
                            inStraight = true
                        }
                        continue
                    }
                }
                result.append(before)
            }
            return (result, curly == 0 && !inStraight)
        }
        let (withQuotes, balanced) = compute(quotes: true)
        // An unclosed quotation mark would swallow the rest of the sentence.
        return balanced ? withQuotes : compute(quotes: false).0
    }
}
