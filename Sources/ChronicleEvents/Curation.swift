import ChronicleText
import ChronicleTimeline

/// Applies a timeline file's edits to freshly extracted events: drop, retitle, rewrite the
/// summary, redate, recategorize, set the importance, pin, merge; and adds the hand-written
/// events.
///
/// Edits are keyed by event id. An id resolves through `aliases` (``EventIdentity``) as well,
/// so an edit keyed by the id of a mention that has since been merged into another event still
/// applies. An edit whose event is not in the build is reported, never silently lost.
public struct Curation: Sendable {
    public var edits: [TimelineFile.Edit]
    public var added: [TimelineFile.AddedEvent]

    public init(edits: [TimelineFile.Edit] = [], added: [TimelineFile.AddedEvent] = []) {
        self.edits = edits
        self.added = added
    }

    /// Every id the edits name: their keys, then their `merge:` lists, in file order.
    public var editedIDs: [String] { edits.map(\.id) + edits.flatMap(\.merge) }

    /// The curated events in chronological order, and a warning (`file:line: …`) for every edit
    /// whose event is not in this build.
    public func applied(to events: [Event], file: String = "", aliases: [String: String] = [:])
        -> (events: [Event], warnings: [String])
    {
        var events = events
        var warnings: [String] = []
        let prefix = file.isEmpty ? "" : "\(file):"
        // An event merged into another sends later edits on to it.
        var redirect: [Int: Int] = [:]
        func index(of id: String) -> Int? {
            let target = aliases[id] ?? id
            guard var found = events.firstIndex(where: { $0.id == target }) else { return nil }
            while let next = redirect[found] { found = next }
            return found
        }
        var dropped: [Int] = []
        for edit in edits {
            guard let found = index(of: edit.id) else {
                warnings.append(
                    "\(prefix)\(edit.line): event `\(edit.id)` is not in this build; its edit was not applied")
                continue
            }
            for other in edit.merge {
                guard let otherIndex = index(of: other), otherIndex != found, !dropped.contains(otherIndex) else {
                    if index(of: other) == nil {
                        warnings.append(
                            "\(prefix)\(edit.line): `\(edit.id)` merges `\(other)`, which is not in this build")
                    }
                    continue
                }
                let absorbed = events[otherIndex]
                for citation in absorbed.citations where !events[found].citations.contains(citation) {
                    events[found].citations.append(citation)
                }
                if absorbed.date.precision > events[found].date.precision,
                    absorbed.date.isCompatible(with: events[found].date)
                {
                    events[found].date = absorbed.date
                }
                events[found].isPinned = events[found].isPinned || absorbed.isPinned
                dropped.append(otherIndex)
                redirect[otherIndex] = found
            }
            if edit.drop {
                dropped.append(found)
                continue
            }
            if let title = edit.title { events[found].title = title }
            if let summary = edit.summary { events[found].summary = summary }
            if let date = edit.date { events[found].date = date }
            if let category = edit.category { events[found].category = category }
            if let importance = edit.importance { events[found].importance = importance }
            if edit.pin { events[found].isPinned = true }
        }
        let removed = Set(dropped)
        events = events.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        for entry in added {
            let id = entry.id ?? EventID.make(date: entry.date, title: entry.title)
            events.append(
                Event(
                    id: id, date: entry.date, title: entry.title, summary: entry.summary ?? entry.title,
                    category: entry.category ?? Category.general.id, importance: entry.importance ?? 0.8,
                    isPinned: true, origin: .added, link: entry.source))
        }
        events = events.chronological()
        return (events, warnings)
    }
}
