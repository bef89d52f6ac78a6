import ChronicleText

/// A paragraph, heading, list item or table row, before it is placed into a document's text.
struct Block {
    var text: String
    var isHeading: Bool = false
}

/// One article of a file, as its blocks, before the file's text is laid out.
struct Article {
    var blocks: [Block] = []
    /// The article's title, when the reader found one.
    var title: String?
    /// Lines removed from the text that state when the article was published.
    var datelines: [String] = []
}

extension Document {
    /// Lays articles out one after the other; two or more become the document's sections, each
    /// titled by its article's title ("Part 2" without one, "Title (2)" for a repeated one).
    ///
    /// Returns the document and the range of each article in its text, in order (an article
    /// with no text has an empty range where it would start).
    static func assemble(id: String, title: String?, articles: [Article]) -> (document: Document, ranges: [TextRange]) {
        var text = ""
        var paragraphs: [TextRange] = []
        var headings: Set<Int> = []
        var ranges: [TextRange] = []
        for article in articles {
            var start: Int?
            for block in article.blocks where !block.text.isEmpty {
                if !text.isEmpty { text += "\n\n" }
                let blockStart = text.utf8.count
                start = start ?? blockStart
                text += block.text
                if block.isHeading { headings.insert(paragraphs.count) }
                paragraphs.append(TextRange(blockStart, text.utf8.count))
            }
            let end = text.utf8.count
            ranges.append(TextRange(start ?? end, end))
        }
        var document = Document(id: id, title: title, text: text, paragraphs: paragraphs, headings: headings)
        if articles.count >= 2 {
            // Titles name sections in citations ("file § title"), so each is distinct and none empty.
            var seen: [String: Int] = [:]
            document.sections = zip(articles, ranges).enumerated().map { number, pair in
                var title = pair.0.title ?? "Part \(number + 1)"
                seen[title, default: 0] += 1
                if let count = seen[title], count > 1 { title += " (\(count))" }
                return Document.Section(title: title, range: pair.1)
            }
        }
        document.sentences = SentenceSplitter().sentences(in: document)
        return (document, ranges)
    }
}
