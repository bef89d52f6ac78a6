/// One sentence of a document: the unit an event cites.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence lies in ``Document/text``, without surrounding whitespace.
    public var range: TextRange
    /// The index of the paragraph (block) that holds it, into ``Document/paragraphs``.
    public var paragraph: Int

    public init(range: TextRange, paragraph: Int) {
        self.range = range
        self.paragraph = paragraph
    }
}
