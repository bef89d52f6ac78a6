/// A document as Chronicle reads it: its visible text, cut into paragraphs and sentences,
/// with a title and the date that relative expressions resolve against.
///
/// `text` is exactly what `chronicle read` prints for the document; every range points into it.
public struct Document: Sendable {
    /// How relative expressions ("the next day", "in April") are anchored.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Against the document date (news, reports).
        case news
        /// Against the last date the text mentioned (histories, biographies).
        case narrative
    }

    /// A part of a file that is an article of its own (several articles saved in one file).
    public struct Section: Hashable, Sendable {
        /// The section's heading, which citations show as `file § title`.
        public var title: String
        /// Where the section lies in ``Document/text``.
        public var range: TextRange
        /// The section's own date, when it states one.
        public var date: DocumentDate?

        public init(title: String, range: TextRange, date: DocumentDate? = nil) {
            self.title = title
            self.range = range
            self.date = date
        }
    }

    /// The document's id in outputs: its file stem, or `-` for standard input.
    public var id: String
    /// The path it was read from, as given (relative paths stay relative).
    public var path: String?
    /// The title: from the page's metadata or headline, else the first line.
    public var title: String?
    /// The visible text, paragraphs separated by blank lines.
    public var text: String
    /// The blocks of text (headings, paragraphs, list items), in order.
    public var paragraphs: [TextRange]
    /// Paragraphs that are headings.
    public var headings: Set<Int>
    /// The sentences, in order; they never cross a paragraph boundary.
    public var sentences: [Sentence]
    /// Articles within the file; empty when the file is one article.
    public var sections: [Section]
    /// The anchor for relative expressions, with how it was found.
    public var date: DocumentDate?
    /// How relative expressions are anchored.
    public var kind: Kind
    /// What the reader noticed and the user should know.
    public var diagnostics: Diagnostics

    public init(
        id: String, path: String? = nil, title: String? = nil, text: String,
        paragraphs: [TextRange] = [], headings: Set<Int> = [], sentences: [Sentence] = [],
        sections: [Section] = [], date: DocumentDate? = nil, kind: Kind = .news,
        diagnostics: Diagnostics = Diagnostics()
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.text = text
        self.paragraphs = paragraphs
        self.headings = headings
        self.sentences = sentences
        self.sections = sections
        self.date = date
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// The text a range covers.
    public func text(in range: TextRange) -> String { text[bytes: range] }

    /// The section that holds a byte offset, if the document has sections.
    public func section(containing offset: Int) -> Section? {
        sections.last { $0.range.lowerBound <= offset && offset < max($0.range.upperBound, $0.range.lowerBound + 1) }
    }

    /// The 1-based line and column of a byte offset, for messages.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
