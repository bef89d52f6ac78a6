import ChronicleTimeline

/// One dated statement of one document before merging: an event with a single citation, and
/// what the extractor read in its sentence.
///
/// ``EventExtractor`` makes them; ``EventMerger`` folds the mentions of one happening into one
/// event. A mention's event id is made from its own date and title, so it stays the same
/// whatever else a later build merges with it (docs/event-ids.md).
public struct Mention: Sendable, Hashable {
    /// The event as this one sentence tells it.
    public var event: Event
    /// What kind of statement it is.
    var kind: Draft.Kind
    /// The words that describe it: its clause, with the reporter and the attribution.
    var scope: String
    /// The base form of the verb it is built on.
    var verb: String?
    /// How the extractor read it, for `--explain`.
    var reading: String

    /// A mention made from an event alone (events read back from JSON): its title and summary
    /// stand for the clause.
    public init(event: Event) {
        self.event = event
        kind = .occurrence
        scope = event.title + " " + event.summary
        verb = nil
        reading = "event"
    }

    init(event: Event, kind: Draft.Kind, scope: String, verb: String?, reading: String) {
        self.event = event
        self.kind = kind
        self.scope = scope
        self.verb = verb
        self.reading = reading
    }
}
