import ChronicleText

/// A paragraph, heading or list item, before it is placed into a document's text.
struct Block {
    var text: String
    var isHeading: Bool = false
}

extension Document {
    /// Lays blocks out as the document text (blank line between blocks) and cuts sentences.
    static func assemble(id: String, title: String?, blocks: [Block]) -> Document {
        var text = ""
        var paragraphs: [TextRange] = []
        var headings: Set<Int> = []
        for block in blocks where !block.text.isEmpty {
            if !text.isEmpty { text += "\n\n" }
            let start = text.utf8.count
            text += block.text
            if block.isHeading { headings.insert(paragraphs.count) }
            paragraphs.append(TextRange(start, text.utf8.count))
        }
        var document = Document(id: id, title: title, text: text, paragraphs: paragraphs, headings: headings)
        document.sentences = SentenceSplitter().sentences(in: document)
        return document
    }
}
