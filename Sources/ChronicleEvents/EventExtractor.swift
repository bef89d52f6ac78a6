import ChronicleReader
import ChronicleTagger
import ChronicleText
import ChronicleTimeline

/// Turns one tagged document into candidate events: one per dated clause.
///
/// ```swift
/// let tagged = Tagger().tag(document)
/// let events = EventExtractor().events(in: document, expressions: tagged.expressions)
/// ```
public struct EventExtractor: Sendable {
    /// Category taxonomy to classify with; user categories come first.
    public var categories: [Category]

    public init(categories: [Category] = Taxonomy.builtIn) {
        self.categories = categories
    }

    /// The events a document states, each citing its sentence, in text order.
    public func events(in document: Document, expressions: [TimeExpression]) -> [Event] {
        let offsets = ScalarOffsets(document.text)
        var result: [Event] = []
        var next = 0
        for sentence in document.sentences {
            if document.headings.contains(sentence.paragraph) { continue }
            while next < expressions.count, expressions[next].range.upperBound <= sentence.range.lowerBound {
                next += 1
            }
            var inSentence: [TimeExpression] = []
            var index = next
            while index < expressions.count, expressions[index].range.lowerBound < sentence.range.upperBound {
                inSentence.append(expressions[index])
                index += 1
            }
            let dated = inSentence.compactMap { expression in expression.point.map { (expression, $0) } }
            guard !dated.isEmpty else { continue }
            let sentenceText = document.text(in: sentence.range)
            let sourceID = Self.sourceID(of: document, at: sentence.range.lowerBound)
            let citation = Citation(
                sourceID: sourceID, quote: sentenceText, range: offsets.scalarRange(of: sentence.range))
            for (position, (expression, point)) in dated.enumerated() {
                let clause = Clauses.clause(
                    around: expression.range, in: document.text, sentence: sentence.range,
                    neighbours: dated.map(\.0.range), index: position)
                let title = Headline.title(from: clause, removing: expression.range, in: document.text)
                guard !title.isEmpty else { continue }
                let category = Classifier(categories: categories).category(for: sentenceText)
                result.append(
                    Event(
                        id: EventID.make(date: .point(point), title: title), date: .point(point), title: title,
                        summary: sentenceText, category: category,
                        importance: Importance.score(precision: point.precision, sources: 1),
                        citations: [citation]))
            }
        }
        return result
    }

    /// The id a citation uses: the document id, or `id § section title` inside a section.
    public static func sourceID(of document: Document, at offset: Int) -> String {
        guard let section = document.section(containing: offset) else { return document.id }
        return "\(document.id) § \(section.title)"
    }
}
