import ChronicleText

/// Finds and normalizes the time expressions of a document (TIMEX3, TempEval-3 conventions).
///
/// Relative expressions resolve against the document date (news) or the last date the text
/// mentioned (narrative); a section with its own date resolves against that. A document date of
/// year or month precision is a reference period: dated `2024`, "in April" is `2024-04` and "last
/// year" is `2023`. Without a date nothing is guessed: such values keep `X`s (`XXXX-04`) and each
/// one is reported in `diagnostics`. The tagger never throws on text.
///
/// ```swift
/// let tagged = Tagger().tag(document)
/// tagged.expressions.map(\.value)   // ["2017", "2019-12-22", "P3Y"]
/// ```
public struct Tagger: Sendable {
    /// The result of tagging one document.
    public struct Result: Sendable {
        /// The expressions in text order; they never overlap.
        public var expressions: [TimeExpression]
        /// Ranges the text states with two expressions ("from 2011 to 2015", "between January
        /// and March 2021", "2019–20"), as indexes into `expressions`, in text order.
        public var intervals: [Interval] = []
        /// Expressions found but not resolved (no document date), and similar notes.
        public var diagnostics: Diagnostics
    }

    /// Two expressions that bound one period, and the span of the whole phrase.
    public struct Interval: Hashable, Sendable {
        /// The index of the expression that starts the period.
        public var from: Int
        /// The index of the expression that ends it.
        public var to: Int
        /// The whole phrase: "from 2011 to 2015".
        public var range: TextRange

        /// An interval between `expressions[from]` and `expressions[to]`.
        public init(from: Int, to: Int, range: TextRange) {
            self.from = from
            self.to = to
            self.range = range
        }
    }

    /// A tagger with the English rules, compiled once per process.
    public init() {}

    /// Tags a document, resolving against its date (news) or the last date mentioned (narrative).
    public func tag(_ document: Document) -> Result {
        TaggingRun(grammar: Grammar.english, document: document).run()
    }

    /// The ids of every rule, in the order they are tried; `TimeExpression.rule` is one of them.
    public static var ruleIDs: [String] { Grammar.english.rules.map(\.id) }
}
