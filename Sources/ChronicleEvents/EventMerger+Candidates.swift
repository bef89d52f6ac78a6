import ChronicleText

// Finding the pairs worth merging without comparing every mention with every other: mentions
// are indexed by their terms, and a mention's candidates are those that share a term (or a
// count, or are deadlines as well) and whose dates overlap. Terms used by more than
// `EventMerger.commonTermLimit` mentions weigh less than 0.05 and are not followed.

extension EventMerger {
    /// The most mentions a term may have and still lead to candidates.
    static let commonTermLimit = 64

    /// A mention's features in compact form. A class: candidate pairs read two of them at a
    /// time, and a reference costs one retain where a copy of the struct would cost one per set.
    final class Compact {
        let firstDay: Int
        let lastDay: Int
        let sentence: Int
        let isDeadline: Bool
        let isDocument: Bool
        let terms: [(id: Int, isName: Bool)]
        let termSet: Set<Int>
        let titleNames: Set<Int>
        /// The action classes as bits (`actionBits`).
        let actions: UInt64
        let numbers: Set<Int>
        let dates: EventDate.Bounds

        init(
            firstDay: Int, lastDay: Int, sentence: Int, isDeadline: Bool, isDocument: Bool,
            terms: [(id: Int, isName: Bool)], termSet: Set<Int>, titleNames: Set<Int>, actions: UInt64,
            numbers: Set<Int>, dates: EventDate.Bounds
        ) {
            self.firstDay = firstDay
            self.lastDay = lastDay
            self.sentence = sentence
            self.isDeadline = isDeadline
            self.isDocument = isDocument
            self.terms = terms
            self.termSet = termSet
            self.titleNames = titleNames
            self.actions = actions
            self.numbers = numbers
            self.dates = dates
        }
    }

    /// One bit per action class, and the bits of the weak ones.
    static let actionBits: [String: UInt64] = Dictionary(
        uniqueKeysWithValues: Set(Lexicon.actionClasses.map(\.action)).sorted().enumerated().map {
            ($1, UInt64(1) << UInt64($0))
        })
    static let weakActionBits: UInt64 = Lexicon.weakActions.reduce(0) { $0 | (actionBits[$1] ?? 0) }

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
                    actions: feature.actions.reduce(0) { $0 | (Self.actionBits[$1] ?? 0) }, numbers: feature.numbers,
                    dates: EventDate.Bounds(mention.event.date)))
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
        compact.withUnsafeBufferPointer { compact in
            for a in compact.indices {
                func touch(_ b: Int) {
                    if b > a, !seen[b] {
                        seen[b] = true
                        touched.append(b)
                    }
                }
                for term in compact[a].terms where postings[term.id].count <= Self.commonTermLimit {
                    for posting in postings[term.id] where posting.mention > a {
                        termScore[posting.mention] += weight[term.id] * (term.isName && posting.isName ? 2 : 1)
                        touch(posting.mention)
                    }
                }
                for number in compact[a].numbers { byNumber[number]?.forEach(touch) }
                if compact[a].isDeadline { deadlines.forEach(touch) }
                touched.sort()
                for b in touched {
                    defer {
                        termScore[b] = 0
                        seen[b] = false
                    }
                    guard compact[b].firstDay <= compact[a].lastDay, compact[a].firstDay <= compact[b].lastDay,
                        compact[a].dates.isCompatible(with: compact[b].dates),
                        veto(compact[a], compact[b]) == nil
                    else { continue }
                    let score = termScore[b] + bonus(compact[a], compact[b])
                    if score >= threshold { pairs.append((score, a, b)) }
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
        return pairs
    }

    /// Why two mentions cannot be one event (their dates already compatible), or nil.
    func veto(_ a: Compact, _ b: Compact) -> String? {
        if a.sentence == b.sentence { return "one sentence" }
        if a.isDeadline != b.isDeadline { return "deadline and event" }
        if !a.numbers.isEmpty, !b.numbers.isEmpty, a.numbers.isDisjoint(with: b.numbers) { return "counts" }
        if !a.isDocument, !b.isDocument, a.actions != 0, b.actions != 0, a.actions & b.actions == 0 {
            return "actions"
        }
        return nil
    }

    /// The evidence beyond shared words: actions, counts, a document named in full; minus 1.5
    /// without a shared act; a deadline pair with a shared act reaches the threshold.
    func bonus(_ a: Compact, _ b: Compact) -> Double {
        // Working or reporting is what most sentences of a briefing tell: sharing only such an
        // act is no evidence (`Lexicon.weakActions`).
        let sharesAction = a.actions & b.actions & ~Self.weakActionBits != 0
        var score = sharesAction ? 1.0 : -1.5
        if !a.numbers.isEmpty, !b.numbers.isEmpty { score += Double(a.numbers.intersection(b.numbers).count) }
        if a.isDocument, a.titleNames.count >= 2, a.titleNames.isSubset(of: b.termSet) { score += 1 }
        if b.isDocument, b.titleNames.count >= 2, b.titleNames.isSubset(of: a.termSet) { score += 1 }
        if a.isDeadline, b.isDeadline, sharesAction { score = max(score, threshold) }
        return score
    }
}
