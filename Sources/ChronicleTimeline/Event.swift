import ChronicleText

/// One dated happening on a timeline, with the sentences that support it.
public struct Event: Hashable, Sendable, Identifiable {
    /// Where the event came from.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// Found in the sources.
        case extracted
        /// Written by hand under `added:` in the timeline file.
        case added
    }

    /// A stable id, made once from the date and key words (`un-resolution-2397-2017`); curation
    /// in the timeline file is keyed by it.
    public var id: String
    /// When it happened, as precisely as the sources say.
    public var date: EventDate
    /// A headline of at most twelve words, taken from the sentence.
    public var title: String
    /// The sentence (or the writer's text) that says what happened.
    public var summary: String
    /// The id of its category (`sanctions`, `migration`, …).
    public var category: String
    /// From 0 (marginal) to 1 (essential); renderers label important events first.
    public var importance: Double
    /// The sentences that report it, one or more per source.
    public var citations: [Citation]
    /// Whether the writer pinned it: it survives `--max-events` and filters.
    public var isPinned: Bool
    /// Extracted or hand-written.
    public var origin: Origin
    /// A link for hand-written events (their `source:`).
    public var link: String?

    public init(
        id: String, date: EventDate, title: String, summary: String = "", category: String = "general",
        importance: Double = 0.5, citations: [Citation] = [], isPinned: Bool = false, origin: Origin = .extracted,
        link: String? = nil
    ) {
        self.id = id
        self.date = date
        self.title = title
        self.summary = summary
        self.category = category
        self.importance = importance
        self.citations = citations
        self.isPinned = isPinned
        self.origin = origin
        self.link = link
    }

    /// The ids of the sources it cites, in citation order, without repeats.
    public var sourceIDs: [String] {
        var seen = Set<String>()
        return citations.map(\.sourceID).filter { seen.insert($0).inserted }
    }
}
