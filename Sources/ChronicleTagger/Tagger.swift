import ChronicleText

/// Finds and normalizes the time expressions of a document.
///
/// The tagger never throws on text: what it cannot read stays untagged, and what it cannot
/// resolve (a month with no document date) is reported in `diagnostics`.
///
/// ```swift
/// let tagged = Tagger().tag(document)
/// tagged.expressions.map(\.value)   // ["2017", "2019-12-22"]
/// ```
public struct Tagger: Sendable {
    /// The result of tagging one document.
    public struct Result: Sendable {
        /// The expressions in text order; they never overlap.
        public var expressions: [TimeExpression]
        /// Ranges the text states with two expressions ("from 2011 to 2015", "between January
        /// and March 2021"), as indexes into `expressions`.
        public var intervals: [Interval] = []
        /// Expressions found but not resolved, and similar notes.
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

        public init(from: Int, to: Int, range: TextRange) {
            self.from = from
            self.to = to
            self.range = range
        }
    }

    public init() {}

    /// Tags a document, resolving against its date (news) or the last date mentioned (narrative).
    public func tag(_ document: Document) -> Result {
        var scanner = Scanner(text: document.text, documentDate: document.date?.point, documentID: document.id)
        scanner.run()
        return Result(expressions: scanner.expressions, diagnostics: scanner.diagnostics)
    }
}
