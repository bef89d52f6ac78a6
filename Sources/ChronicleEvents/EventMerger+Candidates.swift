import ChronicleText

// Finding the pairs worth merging without comparing every mention with every other: mentions
// are indexed by their terms, and a mention's candidates are those that share a term (or a
// count, or are deadlines as well) and whose dates overlap. Terms used by more than
// `EventMerger.commonTermLimit` mentions weigh less than 0.05 and are not followed.

extension EventMerger {
    /// The most mentions a term may have and still lead to candidates.
    static let commonTermLimit = 64

    /// A mention's features in compact form.
    struct Compact {
        var firstDay: Int
        var lastDay: Int
        var sentence: Int
        var isDeadline: Bool
        var isDocument: Bool
        var terms: [(id: Int, isName: Bool)]
        var termSet: Set<Int>
        var titleNames: Set<Int>
        var actions: Set<String>
        var numbers: Set<Int>
    }

    /// Candidate pairs that pass the vetoes and reach the threshold, with their scores.
    func scoredPairs(_ mentions: [Mention], _ features: [MentionFeatures]) -> [(score: Double, a: Int, b: Int)] {
        var termIDs: [String: Int] = [:]
        var sentenceIDs: [String: Int] = [:]
        var compact: [Compact] = []
        for (mention, feature) in zip(mentions, features) {
            let terms = feature.terms.sorted().map { term -> (id: Int, isName: Bool) in
                let id = termIDs[term] ?? termIDs.count
                termIDs[term] = id
                return (id, feature.names.contains(term))
            }
            let titleNames = Set(feature.titleNames.compactMap { termIDs[$0] })
            let key = mention.event.citations.first.map { "\($0.sourceID)\u{0}\($0.range.lowerBound)" } ?? ""
            let sentence = sentenceIDs[key] ?? sentenceIDs.count
            sentenceIDs[key] = sentence
            compact.append(
                Compact(
                    firstDay: mention.event.date.firstDay, lastDay: mention.event.date.lastDay, sentence: sentence,
                    isDeadline: mention.kind == .deadline, isDocument: mention.kind == .document, terms: terms,
                    termSet: Set(terms.map(\.id)),
                    titleNames: feature.titleNames.count == titleNames.count ? titleNames : [-1],
                    actions: feature.actions, numbers: feature.numbers))
        }
        var postings = Array(repeating: [(mention: Int, isName: Bool)](), count: termIDs.count)
        var byNumber: [Int: [Int]] = [:]
        var deadlines: [Int] = []
        for (index, mention) in compact.enumerated() {
            for term in mention.terms { postings[term.id].append((index, term.isName)) }
            for number in mention.numbers { byNumber[number, default: []].append(index) }
            if mention.isDeadline { deadlines.append(index) }
        }
        let weight = postings.map { min(1.0, 3.0 / Double(max($0.count, 1))) }

        var pairs: [(score: Double, a: Int, b: Int)] = []
        var termScore = Array(repeating: 0.0, count: compact.count)
        var touched: [Int] = []
        var seen = Array(repeating: false, count: compact.count)
        for a in compact.indices {
            let mine = compact[a]
            func touch(_ b: Int) {
                if b > a, !seen[b] {
                    seen[b] = true
                    touched.append(b)
                }
            }
            for term in mine.terms where postings[term.id].count <= Self.commonTermLimit {
                for posting in postings[term.id] where posting.mention > a {
                    termScore[posting.mention] += weight[term.id] * (term.isName && posting.isName ? 2 : 1)
                    touch(posting.mention)
                }
            }
            for number in mine.numbers { byNumber[number]?.forEach(touch) }
            if mine.isDeadline { deadlines.forEach(touch) }
            for b in touched.sorted() {
                let other = compact[b]
                defer {
                    termScore[b] = 0
                    seen[b] = false
                }
                guard other.firstDay <= mine.lastDay, mine.firstDay <= other.lastDay,
                    mentions[a].event.date.isCompatible(with: mentions[b].event.date),
                    veto(mine, other) == nil
                else { continue }
                let score = termScore[b] + bonus(mine, other)
                if score >= threshold { pairs.append((score, a, b)) }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return pairs
    }

    /// Why two mentions cannot be one event (their dates already compatible), or nil.
    func veto(_ a: Compact, _ b: Compact) -> String? {
        if a.sentence == b.sentence { return "one sentence" }
        if a.isDeadline != b.isDeadline { return "deadline and event" }
        if !a.numbers.isEmpty, !b.numbers.isEmpty, a.numbers.isDisjoint(with: b.numbers) { return "counts" }
        if !a.isDocument, !b.isDocument, !a.actions.isEmpty, !b.actions.isEmpty, a.actions.isDisjoint(with: b.actions) {
            return "actions"
        }
        return nil
    }

    /// The evidence beyond shared words: actions, counts, a document named in full; minus 1.5
    /// without a shared act; a deadline pair with a shared act reaches the threshold.
    func bonus(_ a: Compact, _ b: Compact) -> Double {
        let sharesAction = !a.actions.isDisjoint(with: b.actions)
        var score = sharesAction ? 1.0 : -1.5
        score += Double(a.numbers.intersection(b.numbers).count)
        if a.isDocument, a.titleNames.count >= 2, a.titleNames.isSubset(of: b.termSet) { score += 1 }
        if b.isDocument, b.titleNames.count >= 2, b.titleNames.isSubset(of: a.termSet) { score += 1 }
        if a.isDeadline, b.isDeadline, sharesAction { score = max(score, threshold) }
        return score
    }
}
