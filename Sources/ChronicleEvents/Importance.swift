import ChronicleText

/// How much an event matters to a briefing, from 0 to 1: a precise date, several sources, a
/// decisive act (adopted, sentenced, returned, ordered) with named actors score high; a
/// year-only count that one source mentions in passing scores low.
///
/// ```
/// 0.10 base
/// + date: 0.30 day or time, 0.25 week or month, 0.20 quarter, season or half, 0.15 year, 0.05 coarser
/// + sources: 0.12 for each source after the first, at most 0.36
/// + kind: 0.15 deadline, 0.10 occurrence or document, 0.05 report or count
/// + act: 0.15 for a decisive act (`Lexicon.decisiveActions`)
/// + actors: 0.05 for one name in the title, 0.10 for two or more
/// − 0.10 when the title starts with a pronoun
/// ```
enum Importance {
    static func score(
        precision: TimePoint.Precision, sources: Int, kind: Draft.Kind, verb: String?, title: String
    ) -> Double {
        var score = 0.1
        switch precision {
        case .day, .time: score += 0.30
        case .week, .month: score += 0.25
        case .quarter, .season, .halfYear: score += 0.20
        case .year: score += 0.15
        case .decade, .century: score += 0.05
        }
        score += min(Double(max(sources - 1, 0)) * 0.12, 0.36)
        switch kind {
        case .deadline: score += 0.15
        case .occurrence, .document: score += 0.10
        case .report, .statistic: score += 0.05
        }
        let words = Phrases.words(title)
        let actions = Actions.classes(in: words + (verb.map { [$0] } ?? []))
        if !actions.isDisjoint(with: Lexicon.decisiveActions) { score += 0.15 }
        let names = title.split(separator: " ").dropFirst().filter { $0.first?.isUppercase ?? false }.count
        score += names >= 2 ? 0.10 : names == 1 ? 0.05 : 0
        if let first = words.first, Lexicon.personalPronouns.contains(first) { score -= 0.10 }
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
