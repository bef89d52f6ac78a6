import ChronicleText

/// Cuts paragraphs into sentences at `.`, `!` and `?` (with any closing quotes and brackets)
/// followed by a space and a capital, digit or quote, unless the period ends an abbreviation or
/// an initial ("U.S.", "Dec.", "J. Smith") or sits in a number ("1.5").
struct SentenceSplitter {
    func sentences(in document: Document) -> [Sentence] {
        var result: [Sentence] = []
        let bytes = Array(document.text.utf8)
        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            var start = paragraph.lowerBound
            var index = paragraph.lowerBound
            while index < paragraph.upperBound {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") && index + 1 < paragraph.upperBound
                    && bytes[index + 1] == UInt8(ascii: "\n")
                {
                    append(start, index, paragraphIndex, bytes, &result)
                    start = index + 1
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    var end = index + 1
                    while end < paragraph.upperBound, Self.isCloser(bytes, end) { end += Self.scalarLength(bytes[end]) }
                    if end < paragraph.upperBound, Self.isSpace(bytes[end]) {
                        var next = end
                        while next < paragraph.upperBound, Self.isSpace(bytes[next]) { next += 1 }
                        if next < paragraph.upperBound, Self.startsSentence(bytes, next),
                            byte != UInt8(ascii: ".") || !Self.isAbbreviation(bytes, before: index, from: start)
                        {
                            append(start, end, paragraphIndex, bytes, &result)
                            start = next
                            index = next
                            continue
                        }
                    }
                }
                index += 1
            }
            append(start, paragraph.upperBound, paragraphIndex, bytes, &result)
        }
        return result
    }

    private func append(_ start: Int, _ end: Int, _ paragraph: Int, _ bytes: [UInt8], _ result: inout [Sentence]) {
        var low = start
        var high = end
        while low < high, Self.isSpace(bytes[low]) { low += 1 }
        while high > low, Self.isSpace(bytes[high - 1]) { high -= 1 }
        if low < high { result.append(Sentence(range: TextRange(low, high), paragraph: paragraph)) }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    static func scalarLength(_ byte: UInt8) -> Int { byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4 }

    /// Closing quotes and brackets: `"`, `'`, `)`, `]`, `”` (E2 80 9D), `’` (E2 80 99).
    static func isCloser(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D { return true }
        return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
    }

    /// A capital letter, a digit, an opening quote or bracket, or any non-ASCII letter.
    static func startsSentence(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) { return true }
        if byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B { return true }
        if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 {
            return bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98
        }
        return byte >= 0xC0
    }

    /// Whether the word ending at the period `index` is an abbreviation or an initial.
    static func isAbbreviation(_ bytes: [UInt8], before index: Int, from start: Int) -> Bool {
        var wordStart = index
        while wordStart > start, !isSpace(bytes[wordStart - 1]), bytes[wordStart - 1] != 0x28 { wordStart -= 1 }
        let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
        if word.isEmpty { return false }
        // "U.S", "e.g", "a.m": dotted letters.
        if word.contains(".") && word.split(separator: ".").allSatisfy({ $0.count == 1 }) { return true }
        // An initial: one capital letter.
        if word.count == 1, word.first!.isUppercase { return true }
        return Abbreviations.words.contains(word.lowercased())
    }
}
