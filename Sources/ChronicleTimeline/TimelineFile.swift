import ChronicleText

/// A timeline file (`timelines/NAME.yml`), as a writer edits it: what to read, what to keep,
/// how to correct the draft, and how to present it. docs/timeline-file.md describes every key.
public struct TimelineFile: Hashable, Sendable {
    /// One `sources:` entry.
    public struct SourceEntry: Hashable, Sendable {
        /// A path or glob, relative to the timeline file (or absolute).
        public var path: String
        /// The document date to use, overriding anything found in the document.
        public var date: TimePoint?
        /// How to name the source in citations.
        public var label: String?
        /// A link to the original.
        public var url: String?
        /// How to anchor relative expressions in it.
        public var kind: Document.Kind?
        /// Where the entry is written, for messages.
        public var line: Int

        public init(
            path: String, date: TimePoint? = nil, label: String? = nil, url: String? = nil,
            kind: Document.Kind? = nil, line: Int = 0
        ) {
            self.path = path
            self.date = date
            self.label = label
            self.url = url
            self.kind = kind
            self.line = line
        }
    }

    /// `extract:` — which extracted events to keep.
    public struct ExtractOptions: Hashable, Sendable {
        /// Keep events that end on or after this date.
        public var from: TimePoint?
        /// Keep events that start on or before this date.
        public var to: TimePoint?
        /// Keep only these categories (ids); nil keeps all.
        public var categories: [String]?
        /// Keep events at least this important (0–1).
        public var minImportance: Double
        /// How to anchor relative expressions in every source without its own `kind:`.
        public var kind: Document.Kind?

        public init(
            from: TimePoint? = nil, to: TimePoint? = nil, categories: [String]? = nil, minImportance: Double = 0,
            kind: Document.Kind? = nil
        ) {
            self.from = from
            self.to = to
            self.categories = categories
            self.minImportance = minImportance
            self.kind = kind
        }
    }

    /// One entry under `events:`: the writer's edits to an extracted event, keyed by its id.
    public struct Edit: Hashable, Sendable {
        /// The id of the event the edit applies to.
        public var id: String
        /// Remove the event.
        public var drop: Bool = false
        /// Replace the headline.
        public var title: String?
        /// Replace the summary.
        public var summary: String?
        /// Replace the date.
        public var date: EventDate?
        /// Move it to another category.
        public var category: String?
        /// Replace the importance (0–1).
        public var importance: Double?
        /// Keep it whatever the filters and `--max-events` say.
        public var pin: Bool = false
        /// Ids of other events that report the same happening: they are folded into this one.
        public var merge: [String] = []
        /// Where the edit is written, for messages about it.
        public var line: Int = 0

        public init(id: String, line: Int = 0) {
            self.id = id
            self.line = line
        }
    }

    /// One entry under `added:`: an event the writer adds by hand.
    public struct AddedEvent: Hashable, Sendable {
        public var id: String?
        public var date: EventDate
        public var title: String
        public var summary: String?
        public var category: String?
        public var importance: Double?
        /// A URL or a citation in words.
        public var source: String?
        public var line: Int

        public init(
            id: String? = nil, date: EventDate, title: String, summary: String? = nil, category: String? = nil,
            importance: Double? = nil, source: String? = nil, line: Int = 0
        ) {
            self.id = id
            self.date = date
            self.title = title
            self.summary = summary
            self.category = category
            self.importance = importance
            self.source = source
            self.line = line
        }
    }

    /// The file's path as given, for messages; sources resolve relative to its folder.
    public var path: String
    public var title: String
    public var subtitle: String?
    public var sources: [SourceEntry]
    public var extract: ExtractOptions
    /// Categories the writer defines or renames (`categories:`), with their keywords.
    public var categories: [Category]
    /// Edits keyed by event id, in file order.
    public var edits: [Edit]
    /// Hand-written events.
    public var added: [AddedEvent]
    public var presentation: Presentation
    /// `present: max-events:` — how many events renderers show at most.
    public var maxEvents: Int?

    public init(
        path: String, title: String, subtitle: String? = nil, sources: [SourceEntry] = [],
        extract: ExtractOptions = ExtractOptions(), categories: [Category] = [], edits: [Edit] = [],
        added: [AddedEvent] = [], presentation: Presentation = Presentation(), maxEvents: Int? = nil
    ) {
        self.path = path
        self.title = title
        self.subtitle = subtitle
        self.sources = sources
        self.extract = extract
        self.categories = categories
        self.edits = edits
        self.added = added
        self.presentation = presentation
        self.maxEvents = maxEvents
    }

    /// The file's folder, against which source paths resolve.
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
