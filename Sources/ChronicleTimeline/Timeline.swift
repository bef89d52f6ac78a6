import ChronicleText

/// A briefing timeline: its events in chronological order, the sources they cite, and how to
/// present it. This is what `chronicle render` draws and what `NAME.json` holds.
public struct Timeline: Hashable, Sendable {
    /// The version of the JSON schema this model writes (docs/timeline-json.md).
    public static let schemaVersion = 1

    /// The headline: "North Korea: forced labor and human rights, 2014–2024".
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// Every source an event cites, in the order the timeline file lists them.
    public var sources: [Source]
    /// The categories in use, in legend order.
    public var categories: [Category]
    /// The events, in chronological order.
    public var events: [Event]
    /// Page, orientation, scale and lanes for the renderers.
    public var presentation: Presentation
    /// What the build noticed and a writer should read: unresolved dates, stale curation edits.
    public var warnings: [String]

    public init(
        title: String, subtitle: String? = nil, sources: [Source] = [], categories: [Category] = [],
        events: [Event] = [], presentation: Presentation = Presentation(), warnings: [String] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.sources = sources
        self.categories = categories
        self.events = events
        self.presentation = presentation
        self.warnings = warnings
    }

    /// The source with an id.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

    /// The category with an id.
    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }

    /// The same timeline with at most `count` events: the pinned and most important ones,
    /// still in chronological order.
    public func limited(to count: Int) -> Timeline {
        guard events.count > count else { return self }
        let kept = Set(
            events.enumerated()
                .sorted {
                    ($0.element.isPinned ? 1 : 0, $0.element.importance, -$0.offset) > (
                        $1.element.isPinned ? 1 : 0, $1.element.importance, -$1.offset
                    )
                }
                .prefix(max(count, 0)).map(\.offset))
        var copy = self
        copy.events = events.enumerated().filter { kept.contains($0.offset) }.map(\.element)
        let cited = Set(copy.events.flatMap { $0.citations.map(\.sourceID) })
        copy.sources = sources.filter { cited.contains($0.id) }
        return copy
    }
}
