/// The date a document's relative expressions resolve against, and how Chronicle found it.
///
/// A year or month precision is a reference period: an annual report dated `2024` puts its
/// "In April" in April 2024.
public struct DocumentDate: Hashable, Sendable {
    /// Where the date came from, in the order Chronicle looks (first found wins).
    public enum Origin: String, Hashable, Sendable, Codable, CaseIterable {
        /// Given by the user: `--date`, or `date:` of a source in the timeline file.
        case given
        /// Page metadata: `article:published_time`, `<time datetime>`, JSON-LD, Dublin Core.
        case metadata
        /// A dateline or report-year header in the text.
        case dateline
        /// Inferred from the document's own explicit dates (reported as a warning).
        case inferred
        /// For TimeML files: the creation time in `<DCT>`.
        case creationTime = "creation-time"
    }

    /// The date, at the precision the evidence supports.
    public var point: TimePoint
    /// Where it came from.
    public var origin: Origin
    /// What was seen, for `--explain`: "meta article:published_time = 2020-06-25".
    public var evidence: String

    public init(_ point: TimePoint, origin: Origin, evidence: String = "") {
        self.point = point
        self.origin = origin
        self.evidence = evidence
    }
}
