import ChronicleTagger
import ChronicleText
import ChronicleTimeline

/// The events stage of the pipeline in one call: extracts the events of tagged documents,
/// merges the mentions of each happening, gives the events their lasting ids, and applies the
/// writer's curation.
///
/// ```swift
/// let tagged = documents.map { ($0, Tagger().tag($0)) }
/// let assembly = EventAssembler(curation: Curation(edits: file.edits, added: file.added)).assemble(tagged)
/// assembly.events      // curated, chronological
/// assembly.warnings    // edits whose event is gone
/// ```
public struct EventAssembler: Sendable {
    /// What came out.
    public struct Assembly: Sendable {
        /// The curated events, in chronological order.
        public var events: [Event]
        /// Edits that found no event, one line each (`file:line: …`).
        public var warnings: [String]
        /// How each date was read, each event merged and each id kept, for `--explain`.
        public var notes: [String]
    }

    /// The categories to classify with (``Taxonomy/categories(adding:)``).
    public var categories: [Category]
    /// The writer's edits and hand-written events.
    public var curation: Curation
    /// The previous build of the same timeline, whose ids to keep.
    public var previous: Timeline?
    /// The timeline file's path, for warnings.
    public var file: String

    public init(
        categories: [Category] = Taxonomy.builtIn, curation: Curation = Curation(), previous: Timeline? = nil,
        file: String = ""
    ) {
        self.categories = categories
        self.curation = curation
        self.previous = previous
        self.file = file
    }

    /// Runs the stage over documents and their tags, in source order.
    public func assemble(_ documents: [(document: Document, tagged: Tagger.Result)]) -> Assembly {
        let extractor = EventExtractor(categories: categories)
        var mentions: [Mention] = []
        var notes: [String] = []
        for (document, tagged) in documents {
            let extraction = extractor.extraction(of: document, tagged: tagged)
            mentions += extraction.mentions
            notes += extraction.notes
        }
        let merge = EventMerger().merge(mentions)
        notes += merge.notes.map { "merged: \($0)" }
        let identity = EventIdentity(previous: previous, editedIDs: curation.editedIDs).assign(merge)
        notes += identity.notes
        let curated = curation.applied(to: identity.events, file: file, aliases: identity.aliases)
        return Assembly(events: curated.events, warnings: curated.warnings, notes: notes)
    }
}
