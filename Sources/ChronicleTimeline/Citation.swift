/// A quoted sentence that supports an event, and where it stands in its source.
public struct Citation: Hashable, Sendable {
    /// The id of the cited source (``Source/id``).
    public var sourceID: String
    /// The sentence, exactly as `chronicle read` prints it.
    public var quote: String
    /// Unicode-scalar offsets of the sentence in the source's text (end exclusive).
    public var range: Range<Int>

    public init(sourceID: String, quote: String, range: Range<Int>) {
        self.sourceID = sourceID
        self.quote = quote
        self.range = range
    }
}
