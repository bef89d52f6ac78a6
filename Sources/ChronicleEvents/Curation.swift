import ChronicleText
import ChronicleTimeline

/// Applies a timeline file's edits to freshly extracted events.
public struct Curation: Sendable {
    public var edits: [TimelineFile.Edit]
    public var added: [TimelineFile.AddedEvent]

    public init(edits: [TimelineFile.Edit] = [], added: [TimelineFile.AddedEvent] = []) {
        self.edits = edits
        self.added = added
    }

    /// The curated events in chronological order, and a warning for every edit whose event
    /// no longer exists.
    public func applied(to events: [Event], file: String = "") -> (events: [Event], warnings: [String]) {
        var events = events
        var warnings: [String] = []
        let prefix = file.isEmpty ? "" : "\(file):"
        for edit in edits {
            guard let index = events.firstIndex(where: { $0.id == edit.id }) else {
                warnings.append(
                    "\(prefix)\(edit.line): event `\(edit.id)` is not in this build; its edit was not applied")
                continue
            }
            for other in edit.merge {
                guard let otherIndex = events.firstIndex(where: { $0.id == other }), otherIndex != index else {
                    warnings.append("\(prefix)\(edit.line): `\(edit.id)` merges `\(other)`, which is not in this build")
                    continue
                }
                let absorbed = events[otherIndex]
                for citation in absorbed.citations where !events[index].citations.contains(citation) {
                    events[index].citations.append(citation)
                }
                if absorbed.date.precision > events[index].date.precision,
                    absorbed.date.isCompatible(with: events[index].date)
                {
                    events[index].date = absorbed.date
                }
                events.remove(at: otherIndex)
            }
            guard let index = events.firstIndex(where: { $0.id == edit.id }) else { continue }
            if edit.drop {
                events.remove(at: index)
                continue
            }
            if let title = edit.title { events[index].title = title }
            if let summary = edit.summary { events[index].summary = summary }
            if let date = edit.date { events[index].date = date }
            if let category = edit.category { events[index].category = category }
            if let importance = edit.importance { events[index].importance = importance }
            if edit.pin { events[index].isPinned = true }
        }
        for entry in added {
            let id = entry.id ?? EventID.make(date: entry.date, title: entry.title)
            events.append(
                Event(
                    id: id, date: entry.date, title: entry.title, summary: entry.summary ?? entry.title,
                    category: entry.category ?? Category.general.id, importance: entry.importance ?? 0.8,
                    isPinned: true, origin: .added, link: entry.source))
        }
        events.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return (events, warnings)
    }
}
