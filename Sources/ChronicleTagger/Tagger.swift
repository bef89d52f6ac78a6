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
        /// Expressions found but not resolved, and similar notes.
        public var diagnostics: Diagnostics
    }

    public init() {}

    /// Tags a document, resolving against its date (news) or the last date mentioned (narrative).
    public func tag(_ document: Document) -> Result {
        var scanner = Scanner(text: document.text, documentDate: document.date?.point, documentID: document.id)
        scanner.run()
        return Result(expressions: scanner.expressions, diagnostics: scanner.diagnostics)
    }
}
