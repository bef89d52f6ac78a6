import ChronicleReader
import ChronicleTagger
import ChronicleText
import ChronicleTimeline

/// Finds the events a tagged document states: every date that says when something happened,
/// was decided, published or ordered, or is due — one event per such date, so a sentence can
/// hold several ("adopted in 2017 … by 22 December 2019" is two).
///
/// Dates that only measure time are left out: durations and frequencies (the tagger's DURATION
/// and SET), "since 2014" and "until 2015" (states), anniversaries, ages, and dates inside a
/// plan ("plans to open in December" stays in its announcement's title). Headings and
/// boilerplate lines (photo credits, donation appeals) yield nothing.
///
/// ```swift
/// let tagged = Tagger().tag(document)
/// let mentions = EventExtractor().extraction(of: document, tagged: tagged).mentions
/// let events = EventMerger().merge(mentions).events
/// ```
public struct EventExtractor: Sendable {
    /// The result of reading one document.
    public struct Extraction: Sendable {
        /// One mention per dated event, in text order.
        public var mentions: [Mention]
        /// Why each date did or did not become an event, one line each, for `--explain`.
        public var notes: [String]
    }

    /// The categories to classify with, in priority order (user categories first).
    public var categories: [Category]

    public init(categories: [Category] = Taxonomy.builtIn) {
        self.categories = categories
    }

    /// The events of a document, one per dated mention, in text order.
    public func events(in document: Document, tagged: Tagger.Result) -> [Event] {
        extraction(of: document, tagged: tagged).mentions.map(\.event)
    }

    /// The events of a document from its expressions alone (no intervals).
    public func events(in document: Document, expressions: [TimeExpression]) -> [Event] {
        extraction(of: document, expressions: expressions, intervals: []).mentions.map(\.event)
    }

    /// Reads a document: its mentions and a note on every date.
    public func extraction(of document: Document, tagged: Tagger.Result) -> Extraction {
        extraction(of: document, expressions: tagged.expressions, intervals: tagged.intervals)
    }

    /// Reads a document given its expressions and the intervals among them (indexes into
    /// `expressions`, as ``Tagger/Result/intervals``).
    public func extraction(of document: Document, expressions tagged: [TimeExpression], intervals: [Tagger.Interval])
        -> Extraction
    {
        let offsets = ScalarOffsets(document.text)
        let classifier = Classifier(categories: categories)
        let expressions = tagged.sorted { $0.range < $1.range }
        var intervalOf: [TextRange: (from: TimeExpression, to: TimeExpression)] = [:]
        for interval in intervals where interval.from < tagged.count && interval.to < tagged.count {
            let from = tagged[interval.from]
            intervalOf[from.range] = (from, tagged[interval.to])
        }
        var mentions: [Mention] = []
        var notes: [String] = []
        var next = 0
        var previous: (sentence: PreviousSentence, paragraph: Int)?
        var lines = LineCounter(document.text)
        var captionChecked = (paragraph: -1, isCaption: false)
        var sentencesIn: [Int: Int] = [:]
        for sentence in document.sentences { sentencesIn[sentence.paragraph, default: 0] += 1 }
        // Lines before the first paragraph that ends like a sentence are a page's headline and
        // teasers ("… troops, the agency said Friday"); a text without any such paragraph is all body.
        let bodyStart =
            document.paragraphs.firstIndex { paragraph in
                document.text(in: paragraph).last.map { ".!?\"\u{201D}".contains($0) } ?? false
            } ?? 0
        for sentence in document.sentences {
            while next < expressions.count, expressions[next].range.upperBound <= sentence.range.lowerBound {
                next += 1
            }
            var inSentence: [TimeExpression] = []
            var cursor = next
            while cursor < expressions.count, expressions[cursor].range.lowerBound < sentence.range.upperBound {
                inSentence.append(expressions[cursor])
                cursor += 1
            }
            let sentenceText = document.text(in: sentence.range)
            let location = "\(document.id):\(lines.line(of: sentence.range.lowerBound))"
            if captionChecked.paragraph != sentence.paragraph {
                let paragraph =
                    document.paragraphs.indices.contains(sentence.paragraph)
                    ? document.text(in: document.paragraphs[sentence.paragraph]) : sentenceText
                captionChecked = (sentence.paragraph, Self.isCaption(paragraph))
            }
            if document.headings.contains(sentence.paragraph) || Self.isBoilerplate(sentenceText)
                || captionChecked.isCaption || sentence.paragraph < bodyStart
            {
                for expression in inSentence {
                    let reason = document.headings.contains(sentence.paragraph) ? Rejection.heading : .boilerplate
                    notes.append("\(location): \(document.text(in: expression.range)) — skipped: \(reason.rawValue)")
                }
                previous = nil
                continue
            }
            guard !inSentence.isEmpty else {
                previous = (PreviousSentence(text: document.text, range: sentence.range), sentence.paragraph)
                continue
            }
            let words = WordScanner.words(in: document.text, range: sentence.range)
            var dateWords = Set<Int>()
            for expression in inSentence {
                if let span = DateMention.wordSpan(of: expression.range, in: words) { dateWords.formUnion(span) }
            }
            let parse = SentenceParse(words: words, dateWords: dateWords)
            if sentencesIn[sentence.paragraph] == 1, Self.readsLikeACaption(parse) {
                for expression in inSentence {
                    notes.append("\(location): \(document.text(in: expression.range)) — skipped: a photo caption")
                }
                previous = nil
                continue
            }
            let intervals = inSentence.compactMap { intervalOf[$0.range] }
                .filter { $0.to.range.upperBound <= sentence.range.upperBound }
            let (found, notDates) = DateMention.mentions(in: words, expressions: inSentence, intervals: intervals)
            let context = previous.flatMap { $0.paragraph == sentence.paragraph ? $0.sentence : nil }
            var reading = SentenceEvents(parse: parse, mentions: found, previous: context)
            reading.documentDate =
                document.section(containing: sentence.range.lowerBound)?.date?.point ?? document.date?.point
            let (drafts, rejected) = reading.drafts()
            for (expression, reason) in notDates {
                notes.append("\(location): \(document.text(in: expression.range)) — skipped: \(reason.rawValue)")
            }
            for (mention, reason) in rejected {
                notes.append("\(location): \(document.text(in: mention.expressionRange)) — skipped: \(reason.rawValue)")
            }
            for draft in drafts {
                let start = draft.citationStart ?? sentence.range.lowerBound
                let citedRange = TextRange(start, sentence.range.upperBound)
                let sourceID = Self.sourceID(of: document, at: sentence.range.lowerBound)
                let quote = document.text(in: citedRange)
                let citation = Citation(sourceID: sourceID, quote: quote, range: offsets.scalarRange(of: citedRange))
                let date = draft.mention.date
                let category = classifier.category(title: draft.title, scope: draft.scope)
                let event = Event(
                    id: EventID.make(date: date, title: draft.title), date: date, title: draft.title, summary: quote,
                    category: category,
                    importance: Importance.score(
                        precision: date.precision, sources: 1, kind: draft.kind, verb: draft.verb, title: draft.title),
                    citations: [citation])
                mentions.append(
                    Mention(
                        event: event, kind: draft.kind, scope: draft.scope, verb: draft.verb, reading: draft.reading))
                notes.append(
                    "\(location): \(document.text(in: draft.mention.expressionRange)) → \(date.timex) \(draft.kind.rawValue) "
                        + "(\(draft.reading)): \(draft.title)")
            }
            previous = (PreviousSentence(text: document.text, range: sentence.range, parse: parse), sentence.paragraph)
        }
        return Extraction(mentions: mentions, notes: notes)
    }

    /// Whether a sentence is a saved page's furniture: a photo credit, a navigation link, a
    /// donation appeal or a copyright line.
    static func isBoilerplate(_ sentence: String) -> Bool {
        let lower = sentence.prefix(40).lowercased()
        if Lexicon.boilerplateOpenings.contains(where: { lower.hasPrefix($0) }) { return true }
        return isCaption(sentence)
    }

    /// Whether a one-sentence paragraph reads like a photo caption: a scene told in the present
    /// tense, closed by its place and date ("People watch the news in Seoul, November 29, 2017.").
    static func readsLikeACaption(_ parse: SentenceParse) -> Bool {
        var last = parse.words.count - 1
        while last >= 0, parse.words[last].kind == .punctuation { last -= 1 }
        guard last > 0, parse.dateWords.contains(last) else { return false }
        var start = last
        while start > 0,
            parse.dateWords.contains(start - 1) || parse.words[start - 1].is(",") && parse.dateWords.contains(start - 2)
        {
            start -= 1
        }
        guard start > 0, parse.words[start - 1].is(",") else { return false }
        guard let verb = parse.words.indices.first(where: { parse.isFinite[$0] }) else { return false }
        return parse.forms[verb] == .present
    }

    /// Whether a paragraph is a photo caption or a credit line: it carries a copyright mark.
    static func isCaption(_ paragraph: String) -> Bool {
        let bytes = Array(paragraph.utf8)
        return Self.marks.contains { mark in Self.contains(bytes, mark) }
    }

    /// The boilerplate marks as bytes, each in lowercase and with a capital first letter.
    static let marks: [[UInt8]] = Lexicon.boilerplateMarks.flatMap { mark in
        [Array(mark.utf8), Array((mark.prefix(1).uppercased() + mark.dropFirst()).utf8)]
    }

    /// Whether `bytes` holds `needle` (a plain search: marks are short and rare).
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// The id a citation uses: the document id, or `id § section title` inside a section.
    public static func sourceID(of document: Document, at offset: Int) -> String {
        guard let section = document.section(containing: offset) else { return document.id }
        return "\(document.id) § \(section.title)"
    }
}

/// Line numbers of offsets met in increasing order, for notes, in one pass over the text.
struct LineCounter {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func line(of target: Int) -> Int {
        if target < offset {
            offset = 0
            line = 1
        }
        while offset < min(target, bytes.count) {
            if bytes[offset] == UInt8(ascii: "\n") { line += 1 }
            offset += 1
        }
        return line
    }
}

extension DateMention {
    /// The span of its expressions.
    var expressionRange: TextRange {
        TextRange(expressions.first?.range.lowerBound ?? 0, expressions.last?.range.upperBound ?? 0)
    }
}
