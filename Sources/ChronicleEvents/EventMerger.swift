import ChronicleText
import ChronicleTimeline

/// Folds the mentions of one happening into one event: the same event told by several
/// documents (or twice by one) becomes one event with every citation and the most precise date.
///
/// Two mentions are the same event when their dates are compatible (one contains the other)
/// and the evidence adds up to at least ``threshold``: shared words weighted by how rare they
/// are among all mentions (names count double), one point for sharing an action class
/// ("repatriate" and "sent back" are both *return*), one for each count both state, one when a
/// dated document's full name appears in the other mention; 1.5 points less without a shared
/// action. Deadlines with compatible dates and a shared action are the same deadline. Only
/// mentions sharing a term used by at most 64 mentions, a count, or deadlines are compared
/// (rarer terms weigh under 0.05). Evidence never overrides a
/// veto: mentions from one sentence, a deadline and a non-deadline, different counts, or
/// disjoint actions stay apart. Clusters grow from the strongest pair down, and every pair
/// across two clusters must pass the vetoes before they join, so the result does not depend on
/// the order of the input.
///
/// The merged event takes its id, title and summary from the mention whose title best says who
/// did what, and the most precise date of any of its mentions.
public struct EventMerger: Sendable {
    /// The result of merging.
    public struct Merge: Sendable {
        /// The events, in chronological order.
        public var events: [Event]
        /// For each event, the ids of the mentions folded into it, the one that gave the id and
        /// title first.
        public var members: [[String]]
        /// How each event with several mentions was put together, for `--explain`.
        public var notes: [String]
    }

    /// The evidence two mentions need to be one event.
    public var threshold: Double

    public init(threshold: Double = 2.0) {
        self.threshold = threshold
    }

    /// Merges events read back from JSON or made by hand (their titles and summaries are the
    /// evidence), in chronological order.
    public func merged(_ events: [Event]) -> [Event] {
        merge(events.map(Mention.init(event:))).events
    }

    /// Merges the mentions of one or more documents.
    public func merge(_ mentions: [Mention]) -> Merge {
        let acronyms = MentionFeatures.acronyms(in: mentions.map(\.scope) + mentions.map(\.event.summary))
        let features = mentions.map { MentionFeatures($0, acronyms: acronyms) }
        var frequency: [String: Int] = [:]
        for feature in features { for term in feature.terms { frequency[term, default: 0] += 1 } }
        let weigh = { (term: String) in min(1.0, 3.0 / Double(frequency[term] ?? 1)) }

        var pairs = scoredPairs(mentions, features)
        pairs.sort { ($0.score, -$0.a, -$0.b) > ($1.score, -$1.a, -$1.b) }

        var cluster = Array(mentions.indices)
        var clusters: [Int: [Int]] = Dictionary(uniqueKeysWithValues: mentions.indices.map { ($0, [$0]) })
        var reasons: [Int: [String]] = [:]
        for pair in pairs {
            let left = cluster[pair.a]
            let right = cluster[pair.b]
            guard left != right, let leftMembers = clusters[left], let rightMembers = clusters[right] else { continue }
            let compatible = leftMembers.allSatisfy { x in
                rightMembers.allSatisfy { y in
                    mentions[x].event.date.isCompatible(with: mentions[y].event.date)
                        && vetoes(mentions[x], mentions[y], features[x], features[y]) == nil
                }
            }
            guard compatible else { continue }
            let (keep, drop) = left < right ? (left, right) : (right, left)
            clusters[keep] = (leftMembers + rightMembers).sorted()
            clusters[drop] = nil
            for member in clusters[keep]! { cluster[member] = keep }
            let why = evidence(mentions[pair.a], mentions[pair.b], features[pair.a], features[pair.b], weigh).1
            reasons[keep, default: []] +=
                (reasons[drop] ?? []) + ["\(mentions[pair.a].event.id) + \(mentions[pair.b].event.id): \(why)"]
        }

        var built: [(event: Event, members: [String], note: String?)] = []
        for key in clusters.keys.sorted() {
            let members = clusters[key]!
            let (event, ids) = combine(members.map { mentions[$0] })
            var note: String?
            if members.count > 1 {
                note = "\(event.id) ← \(ids.joined(separator: ", ")) — " + (reasons[key] ?? []).joined(separator: "; ")
            }
            built.append((event, ids, note))
        }
        built = built.map(\.event).chronologicalOrder().map { built[$0] }
        return Merge(events: built.map(\.event), members: built.map(\.members), notes: built.compactMap(\.note))
    }

    // MARK: - Evidence

    /// Why two mentions cannot be one event, or nil.
    func vetoes(_ a: Mention, _ b: Mention, _ fa: MentionFeatures, _ fb: MentionFeatures) -> String? {
        guard a.event.date.isCompatible(with: b.event.date) else { return "dates" }
        if let ca = a.event.citations.first, let cb = b.event.citations.first, ca.sourceID == cb.sourceID,
            ca.range == cb.range
        {
            return "one sentence"
        }
        if (a.kind == .deadline) != (b.kind == .deadline) { return "deadline and event" }
        if !fa.numbers.isEmpty, !fb.numbers.isEmpty, fa.numbers.isDisjoint(with: fb.numbers) { return "counts" }
        if a.kind != .document, b.kind != .document, !fa.actions.isEmpty, !fb.actions.isEmpty,
            fa.actions.isDisjoint(with: fb.actions)
        {
            return "actions"
        }
        return nil
    }

    /// How strongly two mentions tell the same event, and why.
    func evidence(
        _ a: Mention, _ b: Mention, _ fa: MentionFeatures, _ fb: MentionFeatures, _ weigh: (String) -> Double
    ) -> (Double, String) {
        let shared = fa.terms.intersection(fb.terms).sorted()
        var score = shared.reduce(0.0) { total, term in
            total + weigh(term) * (fa.names.contains(term) && fb.names.contains(term) ? 2 : 1)
        }
        let actions = fa.actions.intersection(fb.actions).sorted()
        if !actions.isEmpty { score += 1 }
        let counts = fa.numbers.intersection(fb.numbers).sorted()
        score += Double(counts.count)
        // A dated document named in full by the other mention: "the 2014 UN Commission of Inquiry report".
        if a.kind == .document, fa.titleNames.count >= 2, fa.titleNames.isSubset(of: fb.terms) { score += 1 }
        if b.kind == .document, fb.titleNames.count >= 2, fb.titleNames.isSubset(of: fa.terms) { score += 1 }
        // Without a shared act, only many shared words tell the same event.
        if actions.isEmpty { score -= 1.5 }
        if a.kind == .deadline, b.kind == .deadline, !actions.isEmpty { score = max(score, threshold) }
        var why = "dates \(a.event.date.timex) ~ \(b.event.date.timex)"
        if !actions.isEmpty { why += ", actions \(actions.joined(separator: "/"))" }
        if !counts.isEmpty { why += ", counts \(counts.map(String.init).joined(separator: "/"))" }
        if !shared.isEmpty { why += ", words \(shared.prefix(8).joined(separator: " "))" }
        return (score, why + String(format: ", evidence %.2f", score))
    }

    // MARK: - Building the merged event

    /// The merged event: the lead mention's id, title and summary, the most precise date, every
    /// citation in source order.
    func combine(_ members: [Mention]) -> (Event, [String]) {
        // The title that best says who did what leads; the most precise date wins.
        let ranked = members.enumerated().sorted { x, y in
            let (a, b) = (x.element, y.element)
            let qa = Self.titleQuality(a)
            let qb = Self.titleQuality(b)
            if qa != qb { return qa > qb }
            if a.event.date.precision != b.event.date.precision {
                return a.event.date.precision > b.event.date.precision
            }
            return x.offset < y.offset
        }.map(\.element)
        let lead = ranked[0]
        var event = lead.event
        if let precise = members.enumerated().max(by: { x, y in
            (x.element.event.date.precision, -x.offset) < (y.element.event.date.precision, -y.offset)
        }) {
            event.date = precise.element.event.date
        }
        var citations: [Citation] = []
        for member in members {
            for citation in member.event.citations where !citations.contains(citation) { citations.append(citation) }
        }
        event.citations = citations
        var categories: [String: Int] = [:]
        for member in members { categories[member.event.category, default: 0] += 1 }
        let best = categories.values.max() ?? 0
        if categories[lead.event.category] != best {
            event.category = categories.filter { $0.value == best }.keys.sorted().first ?? lead.event.category
        }
        let documents = Set(citations.map { $0.sourceID.components(separatedBy: " \u{00A7} ")[0] })
        event.importance = Importance.score(
            precision: event.date.precision, sources: documents.count, kind: lead.kind, verb: lead.verb,
            title: event.title)
        return (event, ranked.map(\.event.id))
    }

    /// Titles that say who did what rank first: a verb, no pronoun, four words or more.
    static func titleQuality(_ mention: Mention) -> Int {
        let words = Phrases.words(mention.event.title)
        var quality = 0
        if mention.verb != nil && mention.kind != .document || mention.kind == .deadline { quality += 2 }
        if mention.kind == .document, mention.verb != nil { quality += 1 }
        if !words.contains(where: { Lexicon.personalPronouns.contains($0) }) { quality += 1 }
        if words.count >= 4 { quality += 1 }
        return quality
    }
}
