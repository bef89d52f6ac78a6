import ChronicleText

/// A word, number or punctuation mark, as a byte range of the text.
struct Token {
    enum Kind { case word, number, punctuation }
    var kind: Kind
    var range: TextRange
    /// Lowercased text of a word; the digits of a number; the mark itself.
    var text: String
    /// Whether whitespace precedes the token.
    var spaceBefore: Bool
}

/// Splits UTF-8 bytes into tokens: ASCII letters (with inner periods and apostrophes kept out),
/// digit runs, and single punctuation scalars. Non-ASCII letters are word bytes.
enum Tokenizer {
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var space = true
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                space = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if isDigit(byte) {
                while index < count, isDigit(bytes[index]) { index += 1 }
                kind = .number
            } else if isLetter(byte) || byte >= 0xC0 && !isPunctuationScalar(bytes, index) {
                while index < count,
                    isLetter(bytes[index]) || (bytes[index] >= 0x80 && !isPunctuationScalar(bytes, index))
                {
                    index += 1
                }
                kind = .word
            } else {
                index += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                index = min(index, count)
                kind = .punctuation
            }
            var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            if kind == .word { text = text.lowercased() }
            tokens.append(Token(kind: kind, range: TextRange(start, index), text: text, spaceBefore: space))
            space = false
        }
        return tokens
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// General punctuation (U+2000–U+206F: dashes, quotes) and no-break space count as punctuation.
    static func isPunctuationScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 { return true }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return true }
        return false
    }
}
