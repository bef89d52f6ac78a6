import ChronicleText
import ChronicleXML

/// Reads a TimeML file: the text content of `<TEXT>` exactly as annotated, and the creation time
/// in `<DCT>` as the document date. Its gold tags are ignored here.
struct TimeMLReader {
    func read(bytes: [UInt8], id: String, path: String) throws(ReadError) -> Document {
        let tree: MarkupTree
        do {
            tree = try LibXML.parseXML(bytes)
        } catch {
            throw .malformed(path: path, line: error.line, reason: error.message)
        }
        guard let textElement = tree.elements(named: "TEXT").first else {
            throw .malformed(path: path, line: nil, reason: "no <TEXT> element")
        }
        let text = tree.textContent(of: textElement)
        var document = Document(id: id, text: text)
        document.paragraphs = Self.paragraphs(in: text)
        document.sentences = SentenceSplitter().sentences(in: document)
        if let dct = tree.elements(named: "DCT").first,
            let timex = tree.nodes[dct].children.first(where: { tree.nodes[$0].name == "TIMEX3" }),
            let value = tree.nodes[timex].attribute("value"),
            let point = TimePoint(timex: String(value.prefix(10)))
        {
            document.date = DocumentDate(point, origin: .creationTime, evidence: "<DCT> TIMEX3 value=\(value)")
        }
        return document
    }

    /// Paragraphs of raw text: runs of non-blank lines, ranges trimmed of whitespace.
    static func paragraphs(in text: String) -> [TextRange] {
        var result: [TextRange] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            var end = index
            while index < bytes.count {
                if bytes[index] == 0x0A {
                    var look = index + 1
                    while look < bytes.count, bytes[look] == 0x20 || bytes[look] == 0x09 || bytes[look] == 0x0D {
                        look += 1
                    }
                    if look >= bytes.count || bytes[look] == 0x0A { break }
                }
                if !isSpace(bytes[index]) { end = index + 1 }
                index += 1
            }
            result.append(TextRange(start, end))
        }
        return result
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
}
