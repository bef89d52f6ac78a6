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
        let captions = document.paragraphs.map { Self.isCaption(document.text, in: $0) }
        var sentencesIn: [Int: Int] = [:]
        for sentence in document.sentences { sentencesIn[sentence.paragraph, default: 0] += 1 }
        // Lines before the first paragraph that ends like a sentence are a page's headline and
        // teasers ("… troops, the agency said Friday"); a text without any such paragraph is all body.
        let bodyStart =
            document.paragraphs.firstIndex { paragraph in
                document.text(in: paragraph).last.map { ".!?\"\u{201D}".contains($0) } ?? false
            } ?? 0
        let leadRanks = Self.leadRanks(of: document, bodyStart: bodyStart, captions: captions)
        let recommending = Self.recommendationParagraphs(of: document)
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
            // Sentences without a date need nothing more.
            // A sentence without a date is only the one before the next: no text, no words.
            if inSentence.isEmpty {
                let skipped =
                    document.headings.contains(sentence.paragraph) || sentence.paragraph < bodyStart
                    || (captions[safe: sentence.paragraph] ?? Self.isCaption(document.text, in: sentence.range))
                    || Self.opensLikeBoilerplate(document.text, at: sentence.range)
                previous =
                    skipped ? nil : (PreviousSentence(text: document.text, range: sentence.range), sentence.paragraph)
                continue
            }
            let sentenceText = document.text(in: sentence.range)
            let location = "\(document.id):\(lines.line(of: sentence.range.lowerBound))"
            if document.headings.contains(sentence.paragraph) || Self.isBoilerplate(sentenceText)
                || (captions[safe: sentence.paragraph] ?? Self.isCaption(sentenceText))
                || sentence.paragraph < bodyStart
            {
                for expression in inSentence {
                    let reason = document.headings.contains(sentence.paragraph) ? Rejection.heading : .boilerplate
                    notes.append("\(location): \(document.text(in: expression.range)) — skipped: \(reason.rawValue)")
                }
                previous = nil
                continue
            }
            // "Recommendations: the government should release …", or any paragraph under a
            // "Recommendations" heading: what someone should do, not what happened.
            if recommending.contains(sentence.paragraph) {
                for expression in inSentence {
                    let reason = Rejection.recommendation.rawValue
                    notes.append("\(location): \(document.text(in: expression.range)) — skipped: \(reason)")
                }
                continue
            }
            let words = Array(WordScanner.droppingDateline(WordScanner.words(in: document.text, range: sentence.range)))
            var dateWords = Set<Int>()
            var frequencyWords = Set<Int>()
            for expression in inSentence {
                guard let span = DateMention.wordSpan(of: expression.range, in: words) else { continue }
                dateWords.formUnion(span)
                if expression.kind == .set { frequencyWords.formUnion(span) }
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
            reading.frequencyWords = frequencyWords
            reading.speakerContext = previous?.sentence
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
                mentions.append(
                    Self.mention(
                        draft, date: draft.mention.date, cited: TextRange(start, sentence.range.upperBound),
                        in: document, offsets: offsets, classifier: classifier,
                        leadRank: leadRanks[safe: sentence.paragraph] ?? .max))
                let date = draft.mention.date
                notes.append(
                    "\(location): \(document.text(in: draft.mention.expressionRange)) → \(date.timex) \(draft.kind.rawValue) "
                        + "(\(draft.reading)): \(draft.title)")
            }
            previous = (PreviousSentence(text: document.text, range: sentence.range, parse: parse), sentence.paragraph)
        }
        if !mentions.contains(where: { $0.reading == SentenceEvents.publicationReading }),
            let (draft, date, heading) = Self.titledPublication(of: document)
        {
            mentions.insert(
                Self.mention(
                    draft, date: date, cited: heading, in: document, offsets: offsets, classifier: classifier,
                    leadRank: 0), at: 0)
            notes.append("\(document.id):1: \(date.timex) \(draft.kind.rawValue) (\(draft.reading)): \(draft.title)")
        }
        return Extraction(mentions: mentions, notes: notes)
    }

    /// The mention a draft makes, citing `cited`.
    static func mention(
        _ draft: Draft, date: EventDate, cited: TextRange, in document: Document, offsets: ScalarOffsets,
        classifier: Classifier, leadRank: Int
    ) -> Mention {
        let sourceID = Self.sourceID(of: document, at: cited.lowerBound)
        let quote = document.text(in: cited)
        let citation = Citation(sourceID: sourceID, quote: quote, range: offsets.scalarRange(of: cited))
        let titleWords = Phrases.words(draft.title)
        let scopeWords = Phrases.words(draft.scope)
        let evidence = Importance.Evidence(
            titleWords: titleWords, scopeWords: scopeWords, verb: draft.verb, kind: draft.kind, leadRank: leadRank)
        let event = Event(
            id: EventID.make(date: date, title: draft.title), date: date, title: draft.title, summary: quote,
            category: classifier.category(titleWords: titleWords, scopeWords: scopeWords),
            importance: Importance.score(evidence, precision: date.precision, sources: 1), citations: [citation])
        return Mention(
            event: event, kind: draft.kind, scope: draft.scope, verb: draft.verb, reading: draft.reading,
            evidence: evidence)
    }

    /// Each paragraph's place among the body paragraphs of its document, or of its section in a
    /// file of several articles: 0 is the lead. Headings, captions and boilerplate lines have
    /// no place (`Int.max`).
    static func leadRanks(of document: Document, bodyStart: Int, captions: [Bool]) -> [Int] {
        var ranks = Array(repeating: Int.max, count: document.paragraphs.count)
        var rank = 0
        var section: Int?
        for (index, paragraph) in document.paragraphs.enumerated() where index >= bodyStart {
            let owner = document.sections.firstIndex { $0.range.contains(paragraph) }
            if owner != section {
                section = owner
                rank = 0
            }
            guard !document.headings.contains(index), !captions[index],
                !opensLikeBoilerplate(document.text, at: paragraph)
            else { continue }
            ranks[index] = rank
            rank += 1
        }
        return ranks
    }

    /// Whether a sentence is a saved page's furniture: a photo credit, a navigation link, a
    /// donation appeal or a copyright line.
    static func isBoilerplate(_ sentence: String) -> Bool {
        let lower = sentence.prefix(40).lowercased()
        if Lexicon.boilerplateOpenings.contains(where: { lower.hasPrefix($0) }) { return true }
        return isCaption(sentence)
    }

    /// Whether the text at a range opens like a line of boilerplate (`Lexicon.boilerplateOpenings`).
    static func opensLikeBoilerplate(_ text: String, at range: TextRange) -> Bool {
        let lower = text[bytes: TextRange(range.lowerBound, min(range.upperBound, range.lowerBound + 60))]
            .prefix(40).lowercased()
        return Lexicon.boilerplateOpenings.contains(where: { lower.hasPrefix($0) })
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
        isCaption(paragraph, in: TextRange(0, paragraph.utf8.count))
    }

    /// Whether the text at a range carries a copyright mark, in one pass over its bytes.
    static func isCaption(_ text: String, in range: TextRange) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let end = min(range.upperBound, bytes.count)
            var index = range.lowerBound
            while index < end {
                if let candidates = Self.marksByFirstByte[bytes[index]] {
                    for mark in candidates where index + mark.count <= end {
                        if bytes[index..<(index + mark.count)].elementsEqual(mark) { return true }
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// The marks by their first byte.
    static let marksByFirstByte: [UInt8: [[UInt8]]] = Dictionary(grouping: marks) { $0[0] }

    /// The boilerplate marks as bytes, each in lowercase and with a capital first letter.
    static let marks: [[UInt8]] = Lexicon.boilerplateMarks.flatMap { mark in
        [Array(mark.utf8), Array((mark.prefix(1).uppercased() + mark.dropFirst()).utf8)]
    }

    /// The id a citation uses: the document id, or `id § section title` inside a section.
    public static func sourceID(of document: Document, at offset: Int) -> String {
        guard let section = document.section(containing: offset) else { return document.id }
        return "\(document.id) § \(section.title)"
    }

    /// Paragraphs under a "Recommendations" heading (to the next heading), and paragraphs that
    /// open with a "Recommendation(s):" label.
    static func recommendationParagraphs(of document: Document) -> Set<Int> {
        var result = Set<Int>()
        var underHeading = false
        for (index, range) in document.paragraphs.enumerated() {
            // The label is at the start: 40 bytes are read, not the whole paragraph.
            let head = TextRange(range.lowerBound, min(range.upperBound, range.lowerBound + 40))
            let lower = document.text(in: head).lowercased()
            if document.headings.contains(index) {
                underHeading = lower.hasPrefix("recommendation") || lower.hasPrefix("key recommendation")
            } else if underHeading || lower.hasPrefix("recommendation:") || lower.hasPrefix("recommendations:") {
                result.insert(index)
            }
        }
        return result
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
