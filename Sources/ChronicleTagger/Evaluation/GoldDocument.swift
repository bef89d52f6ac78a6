import ChronicleText

/// A document annotated by hand: its text, its creation date and its gold time expressions, as
/// TempEval-3 scores them.
///
/// Offsets are Unicode-scalar offsets into `text` (as Python counts characters), end exclusive.
public struct GoldDocument: Sendable {
    /// One hand-annotated time expression.
    public struct Timex: Hashable, Sendable {
        /// Where it starts in the text, in Unicode scalars.
        public var start: Int
        /// Where it ends, exclusive.
        public var end: Int
        /// The text it covers.
        public var text: String
        /// The TIMEX3 type as annotated: `DATE`, `TIME`, `DURATION` or `SET`.
        public var type: String
        /// The TIMEX3 value as annotated.
        public var value: String

        /// A gold expression; `end` must not be below `start`.
        public init(start: Int, end: Int, text: String, type: String, value: String) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.value = value
        }
    }

    /// A file that is not TimeML Chronicle can read.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        /// What is wrong, one line.
        public var reason: String
        /// The 1-based line of the file where it was noticed, when known.
        public var line: Int?

        /// "line 3: unclosed <TIMEX3>".
        public var description: String { line.map { "line \($0): \(reason)" } ?? reason }
    }

    /// The document's id: the file stem.
    public var id: String
    /// The text of `<TEXT>`, markup removed and entities decoded, line breaks as `\n`.
    public var text: String
    /// The document creation time, from `<DCT>`, to day precision.
    public var date: TimePoint?
    /// The gold expressions, in text order.
    public var timexes: [Timex]

    /// A gold document from its parts.
    public init(id: String, text: String, date: TimePoint?, timexes: [Timex]) {
        self.id = id
        self.text = text
        self.date = date
        self.timexes = timexes
    }

    /// The document as the tagger sees it: its text, dated by its creation time, anchored as news.
    public var document: Document {
        Document(
            id: id, text: text,
            date: date.map { DocumentDate($0, origin: .creationTime, evidence: "<DCT> \($0.timex)") }, kind: .news)
    }
}
