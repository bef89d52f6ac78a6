import ChronicleText
import ChronicleTimeline

/// Gives merged events ids that last from one build to the next, so that a writer's edits,
/// keyed by id, keep finding their event (docs/event-ids.md).
///
/// An id is made once, from the date and key words of the mention that leads the event
/// (``EventID``). Later builds keep it even when more mentions join the event and change its
/// date or title, through two memories:
///
/// 1. the timeline file's own edits: an event takes an edited id when one of its mentions
///    still has that id, or when the previous build gave it that id;
/// 2. the previous build's timeline (its JSON): an event takes the id of the previous event
///    that cited one of the same sentences.
///
/// Only then does an event take its lead mention's id, with `-2`, `-3` … when another event
/// already holds it.
public struct EventIdentity: Sendable {
    /// The previous build of the same timeline, if there is one.
    public var previous: Timeline?
    /// The ids the timeline file's edits name (their keys, then their `merge:` lists), in file order.
    public var editedIDs: [String]

    public init(previous: Timeline? = nil, editedIDs: [String] = []) {
        self.previous = previous
        self.editedIDs = editedIDs
    }

    /// The events with their lasting ids.
    public struct Assignment: Sendable {
        /// The merged events, ids replaced, in chronological order.
        public var events: [Event]
        /// Every id that names an event of this build — its own, its mentions' ids, and the
        /// ids earlier builds gave it — mapped to the event's id.
        public var aliases: [String: String]
        /// Decisions worth telling: ids kept from an earlier build, two edited ids that now
        /// name one event.
        public var notes: [String]
    }

    public func assign(_ merge: EventMerger.Merge) -> Assignment {
        var events = merge.events
        let remembered = events.map(rememberedIDs)
        var candidates: [[String]] = []
        for (index, event) in events.enumerated() {
            let members = index < merge.members.count ? merge.members[index] : [event.id]
            candidates.append(members + remembered[index].filter { !members.contains($0) })
        }
        var assigned: [String?] = Array(repeating: nil, count: events.count)
        var taken = Set<String>()
        var notes: [String] = []

        // 1. Edited ids, in file order.
        var seenEdits = Set<String>()
        for id in editedIDs where seenEdits.insert(id).inserted && !taken.contains(id) {
            let holders = candidates.indices.filter { candidates[$0].contains(id) && assigned[$0] == nil }
            guard !holders.isEmpty else { continue }
            let holder =
                holders.first { merge.members[safe: $0]?.first == id }
                ?? holders.first { remembered[$0].contains(id) } ?? holders[0]
            assigned[holder] = id
            taken.insert(id)
        }
        // 2. Ids of the previous build. When an earlier event has split, its id goes to the part
        // whose own mention it was, else to the part with the same date, else the first.
        for index in events.indices where assigned[index] == nil {
            for id in remembered[index] where !taken.contains(id) {
                let rivals = events.indices.filter { assigned[$0] == nil && remembered[$0].contains(id) }
                let members = { (event: Int) in event < merge.members.count ? merge.members[event] : [] }
                let holder =
                    rivals.first { members($0).contains(id) }
                    ?? rivals.first { EventID.datePart(of: id) == EventID.datePart(of: events[$0].id) } ?? rivals[0]
                assigned[holder] = id
                taken.insert(id)
                if holder == index { break }
            }
        }
        // 3. The lead mention's id, made unique.
        for index in events.indices where assigned[index] == nil {
            var id = events[index].id
            var suffix = 2
            while taken.contains(id) {
                id = "\(events[index].id)-\(suffix)"
                suffix += 1
            }
            assigned[index] = id
            taken.insert(id)
        }

        var aliases: [String: String] = [:]
        for index in events.indices {
            let id = assigned[index]!
            if events[index].id != id, remembered[index].contains(id) {
                notes.append("\(id): kept from the previous build (now led by \(events[index].id))")
            }
            events[index].id = id
            aliases[id] = id
        }
        for index in events.indices {
            for other in candidates[index] where aliases[other] == nil {
                aliases[other] = events[index].id
            }
        }
        for id in Set(editedIDs).sorted() {
            if let target = aliases[id], target != id, editedIDs.contains(target) {
                notes.append("`\(id)` and `\(target)` now name the same event; both edits apply to it")
            }
        }
        events = events.chronological()
        return Assignment(events: events, aliases: aliases, notes: notes)
    }

    /// The ids the previous build gave events that cite one of this event's sentences, most
    /// shared sentences first.
    private func rememberedIDs(_ event: Event) -> [String] {
        guard let previous else { return [] }
        let cited = Set(event.citations.map { Key(source: $0.sourceID, quote: $0.quote) })
        var matches: [(id: String, shared: Int, compatible: Bool)] = []
        for old in previous.events where old.origin == .extracted {
            let shared = old.citations.filter { cited.contains(Key(source: $0.sourceID, quote: $0.quote)) }.count
            guard shared > 0 else { continue }
            matches.append((old.id, shared, old.date.isCompatible(with: event.date)))
        }
        return matches.sorted {
            ($0.compatible ? 1 : 0, $0.shared, $1.id) > ($1.compatible ? 1 : 0, $1.shared, $0.id)
        }.map(\.id)
    }

    private struct Key: Hashable {
        var source: String
        var quote: String
    }
}
