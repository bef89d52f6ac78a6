import ChronicleText

/// How much an event matters to a briefing, from 0 to 1: what a writer would label first.
///
/// The score adds up evidence, every weight of which is data in `Lexicon/Significance.swift`:
///
/// ```
/// 0.20 base
/// + act        the strongest act the title tells (`Lexicon.actionWeights`): 0.30 killing or an
///              order to shoot, 0.25 orders, laws, resolutions, deadlines, sanctions, vetoes and
///              forced returns, 0.20 findings, sentences, condemnations, tests, arrests,
///              deployments … down to 0 for visits and meetings; a dated document counts as the
///              act its noun stands for (`Lexicon.documentActs`: "the 2010 Act" is a law adopted)
/// + actor      who acts, read in the title's subject (`Lexicon.actorClasses`): 0.15 an
///              international body or court, 0.10 a government and its forces, 0.05 an
///              organization or the press
/// + severity   words of harm in the title or the clause (`Lexicon.severityWords`): 0.10 for
///              one, 0.15 for two or more
/// + sources    0.10 for each document after the first, at most 0.20
/// + lead       0.10 when a document states it in its lead paragraph, 0.05 in the second
/// + date       0.10 day or time, 0.08 week or month, 0.05 quarter, season or half, 0.03 year
/// + kind       0.05 for a deadline, −0.05 for a count
/// − 0.10 when the title starts with a pronoun (nothing tells the reader who acts)
/// ```
///
/// An event merged from several mentions takes the strongest act, actor and severity of any of
/// them and the earliest lead position, so the best-told mention speaks for the event.
enum Importance {
    /// What one mention (or a merged event) says about its importance, before the date and the
    /// number of sources are known.
    struct Evidence: Hashable, Sendable {
        /// The weight of the strongest act.
        var act: Double = 0
        /// The weight of the strongest actor.
        var actor: Double = 0
        /// How many distinct words of harm.
        var severity: Int = 0
        /// The paragraph's place among the body paragraphs of its document (or section): 0 is
        /// the lead; `Int.max` when unknown.
        var leadRank = Int.max
        var isDeadline = false
        var isCount = false
        var startsWithPronoun = false

        init() {}

        /// The evidence of a title and the clause it was read from.
        init(title: String, scope: String, verb: String?, kind: Draft.Kind, leadRank: Int = .max) {
            self.init(
                titleWords: Phrases.words(title), scopeWords: Phrases.words(scope), verb: verb, kind: kind,
                leadRank: leadRank)
        }

        /// The evidence of a title and clause already cut into words (`Phrases.words`).
        init(titleWords: [String], scopeWords: [String], verb: String?, kind: Draft.Kind, leadRank: Int = .max) {
            var acts = Actions.classes(in: titleWords + (verb.map { [$0] } ?? []))
            if kind == .document {
                for word in titleWords { if let act = Lexicon.documentActs[word] { acts.insert(act) } }
            }
            act = acts.map { Lexicon.actionWeights[$0] ?? 0 }.max() ?? 0
            actor = Self.actorWeight(ofSubject: Self.subject(ofTitle: titleWords))
            severity =
                Set(Self.severityIndex.tags(in: titleWords).keys)
                .union(Self.severityIndex.tags(in: scopeWords).keys).count
            self.leadRank = leadRank
            isDeadline = kind == .deadline
            isCount = kind == .statistic
            startsWithPronoun = titleWords.first.map { Lexicon.personalPronouns.contains($0) } ?? false
        }

        /// The evidence of two mentions of one event: the stronger of each.
        func combined(with other: Evidence) -> Evidence {
            var result = self
            result.act = max(act, other.act)
            result.actor = max(actor, other.actor)
            result.severity = max(severity, other.severity)
            result.leadRank = min(leadRank, other.leadRank)
            return result
        }

        static let severityIndex = PhraseIndex(Lexicon.severityWords.enumerated().map { ($1, $0) })
        static let actorIndex = PhraseIndex(
            Lexicon.actorClasses.enumerated().flatMap { tag, entry in entry.words.map { ($0, tag) } })

        /// The words of a title before its first verb: who acts.
        static func subject(ofTitle words: [String]) -> [String] {
            let verb = words.indices.first { isVerb(words[$0], after: $0 > 0 ? words[$0 - 1] : nil) }
            return Array(words[..<(verb ?? words.count)])
        }

        /// Whether a title word is its verb: "finds", "ordered", "return" after a plural.
        static func isVerb(_ word: String, after previous: String?) -> Bool {
            if Lexicon.auxiliaries.contains(word) { return previous != nil }
            // "reports", "orders" and "states" open subjects more often than verbs do.
            if SentenceParse.nounLikePlurals.contains(word) { return false }
            let base = VerbForms.base(ofPresent: word) ?? VerbForms.base(ofPast: word) ?? word
            guard
                Lexicon.commonVerbs.contains(base) || Lexicon.reportingVerbs.contains(base)
                    || Lexicon.obligationVerbs.contains(base)
            else { return false }
            // A base form is a verb after a plural subject: "diplomats return".
            return word != base || (previous?.hasSuffix("s") ?? false)
        }

        static func actorWeight(ofSubject words: [String]) -> Double {
            actorIndex.tags(in: words).keys.map { Lexicon.actorClasses[$0].weight }.max() ?? 0
        }
    }

    /// The score of an event: its evidence, its date's precision and how many documents tell it.
    static func score(_ evidence: Evidence, precision: TimePoint.Precision, sources: Int) -> Double {
        var score = 0.2
        score += evidence.act
        score += evidence.actor
        score += evidence.severity >= 2 ? 0.15 : evidence.severity == 1 ? 0.10 : 0
        score += min(Double(max(sources - 1, 0)) * 0.10, 0.20)
        score += evidence.leadRank == 0 ? 0.10 : evidence.leadRank == 1 ? 0.05 : 0
        switch precision {
        case .day, .time: score += 0.10
        case .week, .month: score += 0.08
        case .quarter, .season, .halfYear: score += 0.05
        case .year: score += 0.03
        case .decade, .century: break
        }
        if evidence.isDeadline { score += 0.05 }
        if evidence.isCount { score -= 0.05 }
        if evidence.startsWithPronoun { score -= 0.10 }
        return min(1, max(0, (score * 100).rounded() / 100))
    }
}

/// Finds the action classes of some words (`Lexicon.actionClasses`).
enum Actions {
    static let index = PhraseIndex(
        Lexicon.actionClasses.enumerated().flatMap { tag, entry in entry.words.map { ($0, tag) } })

    static func classes(in words: [String]) -> Set<String> {
        Set(index.tags(in: words).keys.map { Lexicon.actionClasses[$0].action })
    }
}
