/// Splits UTF-8 bytes into tokens with an integer cursor: runs of letters (hashed as they are read,
/// then looked up in the vocabulary's table), runs of digits, and single punctuation marks.
/// Curly quotes fold to ASCII quotes, dashes to `Punctuation.dash`; no-break spaces are spaces.
struct Tokenizer {
    let vocabulary: Vocabulary

    func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        let table = vocabulary.table
        var tokens: [Token] = []
        // News text averages about five bytes a token; room for four spares the regrowth.
        tokens.reserveCapacity(bytes.count / 4 + 16)
        var index = 0
        var space = true
        var newlines = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x0B || byte == 0x0C {
                if byte == 0x0A { newlines += 1 }
                space = true
                index += 1
                continue
            }
            let start = index
            var kind = Token.Kind.punctuation
            var code: Int32 = 0
            var value = 0
            if byte &- 0x30 < 10 {
                var digits: Int32 = 0
                while index < count, bytes[index] &- 0x30 < 10 {
                    if digits < 18 { value = value &* 10 &+ Int(bytes[index] &- 0x30) }
                    digits += 1
                    index += 1
                }
                kind = .number
                code = digits
            } else if (byte | 0x20) &- 0x61 < 26 || (byte >= 0xC0 && !Self.isMark(bytes, index)) {
                // Letters outside ASCII continue a word but keep it out of every list.
                var hash = WordTable.seed
                var known = true
                while index < count {
                    let next = bytes[index]
                    if (next | 0x20) &- 0x61 < 26 {
                        hash = WordTable.step(hash, next)
                        index += 1
                    } else if next >= 0xC0, !Self.isMark(bytes, index) {
                        known = false
                        index += Self.scalarWidth(next)
                    } else if next >= 0x80, next < 0xC0 {
                        known = false
                        index += 1
                    } else {
                        break
                    }
                }
                index = min(index, count)
                kind = .word
                code = known ? table.value(bytes, start, index, hash: hash) : -1
                value = Int(bytes[index - 1] | 0x20) | (index - start > 1 ? Int(bytes[index - 2] | 0x20) << 8 : 0)
            } else if byte < 0x80 {
                index += 1
                code = Int32(byte)
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                // No-break space.
                space = true
                index += 2
                continue
            } else {
                index = min(index + Self.scalarWidth(byte), count)
                code = Int32(Self.markCode(bytes, start))
            }
            let capitalized = kind == .word && byte &- 0x41 < 26
            tokens.append(
                Token(
                    start: start, end: index, kind: kind, spaceBefore: space, isCapitalized: capitalized,
                    endsCapitalized: capitalized && bytes[index - 1] &- 0x41 < 26,
                    paragraphBreakBefore: newlines >= 2, code: code, value: value))
            space = false
            newlines = 0
        }
        return tokens
    }

    @inline(__always)
    static func scalarWidth(_ byte: UInt8) -> Int { byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4 }

    /// Whether the scalar at `index` is punctuation or a symbol rather than a letter: general
    /// punctuation, currency signs and other symbols (U+2000–U+2FFF), the Latin-1 symbols, `×`, `÷`
    /// and the full-width forms.
    static func isMark(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0xE2 { return true }
        if byte == 0xC2 { return true }
        if byte == 0xC3, index + 1 < bytes.count { return bytes[index + 1] == 0x97 || bytes[index + 1] == 0xB7 }
        if byte == 0xEF, index + 1 < bytes.count { return bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBF }
        return false
    }

    /// The code of a non-ASCII mark.
    static func markCode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt8 {
        let first = bytes[index]
        let second = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch (first, second) {
        case (0xE2, 0x80):
            switch third {
            case 0x90, 0x91: return 0x2D
            case 0x92...0x95: return Punctuation.dash
            case 0x98, 0x99, 0x9B: return 0x27
            case 0x9C, 0x9D, 0x9F: return 0x22
            default: return Punctuation.other
            }
        case (0xE2, 0x88) where third == 0x92: return Punctuation.dash
        case (0xE2, 0x82), (0xC2, 0xA3), (0xC2, 0xA5): return Punctuation.currency
        case (0xC2, 0xBD): return Punctuation.half
        default: return Punctuation.other
        }
    }
}
