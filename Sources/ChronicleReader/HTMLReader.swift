import ChronicleText
import ChronicleXML

/// Reads an HTML page: the visible text of its article with headings and paragraphs, its
/// title, and its published date (page metadata first, then the text's own dateline).
struct HTMLReader {
    /// Whether to look for the date; false when the caller gives one.
    var findsDates = true

    /// Reads UTF-8 bytes, or bytes in `encoding` when libxml2 must decode them itself.
    func read(bytes: [UInt8], encoding: String = "UTF-8", id: String) -> Document {
        let tree = LibXML.parseHTML(bytes, encoding: encoding)
        let page = HTMLPage(tree)
        let (title, detachedHeadline) = HTMLTitle(page: page).title()
        var walker = HTMLBlocks(page: page)
        let layout = walker.layout(openingWith: detachedHeadline)
        var document = Document(
            id: id, title: title, text: layout.text, paragraphs: layout.paragraphs, headings: layout.headings)
        document.sentences = SentenceSplitter().sentences(in: document)
        if tree.isTruncated {
            document.diagnostics.warn(
                "the page nests deeper than libxml2 reads; what follows the deepest part is missing", about: id)
        }
        guard findsDates else { return document }
        if let date = HTMLMetadata(page: page).publishedDate() {
            document.date = date
        } else {
            let found = DocumentDating(document: document).date(in: TextRange(0, document.text.utf8.count))
            document.date = found.date
            if let warning = found.warning { document.diagnostics.warn(warning, about: id) }
        }
        return document
    }
}
