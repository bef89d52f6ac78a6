import ChronicleText

/// A document (or one article of a multi-article file) that events cite.
public struct Source: Hashable, Sendable, Identifiable {
    /// The id used in citations: the file stem, or `stem § Section title` for a section.
    public var id: String
    /// The document's title.
    public var title: String?
    /// The path relative to the timeline file, for files.
    public var path: String?
    /// A link to the original, from the timeline file's `url:`.
    public var url: String?
    /// How the writer wants it named (`label:`), e.g. "US Trafficking in Persons Report 2020".
    public var label: String?
    /// The document date and how it was found.
    public var date: DocumentDate?

    public init(
        id: String, title: String? = nil, path: String? = nil, url: String? = nil, label: String? = nil,
        date: DocumentDate? = nil
    ) {
        self.id = id
        self.title = title
        self.path = path
        self.url = url
        self.label = label
        self.date = date
    }

    /// What to call the source in a footnote: the label, else the title, else the id.
    public var displayName: String { label ?? title ?? id }
}
