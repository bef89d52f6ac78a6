import ChronicleText

/// Cuts paragraphs into sentences, walking UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?`, `...` or `…` (with any closing quotes and brackets) that is
/// followed by white space and a capital, a digit or an opening quote — unless the period ends
/// an abbreviation (`Abbreviations`), an initial ("J. Smith"), dotted letters ("U.S.", "e.g.")
/// before a word that does not start sentences, or a list number at the start ("1. Exports").
/// Decimals and amounts ("1.5", "$2.3 billion") never contain a break because no space follows
/// their period. Sentences never cross paragraphs, and their ranges exclude white space.
struct SentenceSplitter {
    func sentences(in document: Document) -> [Sentence] {
        var result: [Sentence] = []
        var text = document.text
        text.withUTF8 { bytes in
            for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
                split(bytes, paragraph.lowerBound, min(paragraph.upperBound, bytes.count), paragraphIndex, &result)
            }
        }
        return result
    }

    private func split(
        _ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int, _ paragraph: Int, _ result: inout [Sentence]
    ) {
        var start = low
        var index = low
        while index < high {
            // Eight bytes at a time while none can end a sentence (".", "!", "?", the lead of "…").
            while index + 8 <= high {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                guard !Self.mayHoldTerminator(word) else { break }
                index += 8
            }
            guard index < high else { break }
            let byte = bytes[index]
            let isEllipsisCharacter =
                byte == 0xE2 && index + 2 < high && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F || isEllipsisCharacter else {
                index += 1
                continue
            }
            // The whole run of terminators: "?!", "...", "…".
            var end = index
            var periods = 0
            var isEllipsis = isEllipsisCharacter
            while end < high {
                if bytes[end] == 0x2E || bytes[end] == 0x21 || bytes[end] == 0x3F {
                    if bytes[end] == 0x2E { periods += 1 }
                    end += 1
                } else if bytes[end] == 0xE2, end + 2 < high, bytes[end + 1] == 0x80, bytes[end + 2] == 0xA6 {
                    isEllipsis = true
                    end += 3
                } else {
                    break
                }
            }
            if periods >= 2 { isEllipsis = true }
            var closedQuote = false
            while end < high, let width = Self.closerWidth(bytes, end, high) {
                closedQuote = true
                end += width
            }
            guard end < high, Self.isSpace(bytes[end]) else {
                index = max(end, index + 1)
                continue
            }
            var next = end
            while next < high, Self.isSpace(bytes[next]) { next += 1 }
            guard next < high, Self.startsSentence(bytes, next, high) else {
                index = next
                continue
            }
            let ends: Bool
            if isEllipsis {
                ends = closedQuote || Self.isStarter(bytes, next, high)
            } else if byte == 0x2E && periods == 1 && !closedQuote {
                ends = Self.periodEndsSentence(bytes, period: index, sentenceStart: start, next: next, high: high)
            } else {
                ends = true
            }
            if ends {
                append(bytes, start, end, paragraph, &result)
                start = next
            }
            index = next
        }
        append(bytes, start, high, paragraph, &result)
    }

    /// Whether one of the eight bytes may be ".", "!", "?" or 0xE2 (false positives allowed).
    @inline(__always)
    static func mayHoldTerminator(_ word: UInt64) -> Bool {
        func hasByte(_ byte: UInt64) -> Bool {
            let x = word ^ (byte &* 0x0101_0101_0101_0101)
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
        }
        return hasByte(0x2E) || hasByte(0x21) || hasByte(0x3F) || hasByte(0xE2)
    }

    private func append(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ paragraph: Int, _ result: inout [Sentence]
    ) {
        var low = start
        var high = end
        while low < high, Self.isSpace(bytes[low]) { low += 1 }
        while high > low, Self.isSpace(bytes[high - 1]) { high -= 1 }
        if low < high { result.append(Sentence(range: TextRange(low, high), paragraph: paragraph)) }
    }

    /// Whether the period at `period`, followed by white space and a sentence-like start at
    /// `next`, ends the sentence.
    static func periodEndsSentence(
        _ bytes: UnsafeBufferPointer<UInt8>, period: Int, sentenceStart: Int, next: Int, high: Int
    ) -> Bool {
        var wordStart = period
        while wordStart > sentenceStart, period - wordStart < 40, !isWordBoundary(bytes[wordStart - 1]) {
            wordStart -= 1
        }
        guard wordStart < period else { return true }
        let word = bytes[wordStart..<period]
        // "1. Exports rose": a list number opens the sentence.
        if wordStart == sentenceStart, word.count <= 3,
            word.allSatisfy({ isDigit($0) }) || word.allSatisfy({ "IVXivx".utf8.contains($0) })
        {
            return false
        }
        // "J. Smith": an initial.
        if word.count == 1, isUppercase(word.first!) { return false }
        // "U.S.", "e.g.", "a.m.": letters between periods.
        if isDottedLetters(word) { return isStarter(bytes, next, high) }
        // No abbreviation is longer than six letters.
        guard word.count <= 6, word.allSatisfy({ isLetter($0) }) else { return true }
        let lowered = String(decoding: word.map { $0 | 0x20 }, as: UTF8.self)
        switch Abbreviations.policies[lowered] {
        case nil: return true
        case .never: return false
        case .unlessNumber: return !isDigit(bytes[next])
        case .beforeStarter: return isStarter(bytes, next, high)
        }
    }

    static func isDottedLetters(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var letters = 0
        var previousWasLetter = false
        for byte in word {
            if isLetter(byte) {
                if previousWasLetter { return false }
                previousWasLetter = true
                letters += 1
            } else if byte == 0x2E {
                guard previousWasLetter else { return false }
                previousWasLetter = false
            } else {
                return false
            }
        }
        return letters >= 2
    }

    /// Whether the word at `index` (after an opening quote) is one of `Abbreviations.starters`.
    static func isStarter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ high: Int) -> Bool {
        var start = index
        if let width = openerWidth(bytes, start, high) { start += width }
        var end = start
        while end < high, end - start < 16, isLetter(bytes[end]) { end += 1 }
        guard end > start, end == high || !isLetter(bytes[end]) else { return false }
        let word = String(decoding: bytes[start..<end].map { $0 | 0x20 }, as: UTF8.self)
        return Abbreviations.starters.contains(word)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isUppercase(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    static func isWordBoundary(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == 0x28 || byte == 0x5B || byte == 0x22 || byte == 0x27 || byte == 0x2F
            || byte == 0x9C || byte == 0x98  // the last byte of “ and ‘
    }

    /// The width of a closing quote or bracket at `index`: `"` `'` `)` `]` `”` `’` `»`.
    static func closerWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ high: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D { return 1 }
        if byte == 0xE2, index + 2 < high, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99
        {
            return 3
        }
        if byte == 0xC2, index + 1 < high, bytes[index + 1] == 0xBB { return 2 }
        return nil
    }

    /// The width of an opening quote or bracket at `index`: `"` `'` `(` `[` `“` `‘` `«`.
    static func openerWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ high: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0x22 || byte == 0x27 || byte == 0x28 || byte == 0x5B { return 1 }
        if byte == 0xE2, index + 2 < high, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98
        {
            return 3
        }
        if byte == 0xC2, index + 1 < high, bytes[index + 1] == 0xAB { return 2 }
        return nil
    }

    /// A capital letter, a digit, an opening quote or bracket, or a letter outside ASCII that is
    /// not a lowercase Latin-1 letter.
    static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ high: Int) -> Bool {
        let byte = bytes[index]
        if isUppercase(byte) || isDigit(byte) { return true }
        if openerWidth(bytes, index, high) != nil { return true }
        if byte == 0xC3, index + 1 < high { return (0x80...0x9E).contains(bytes[index + 1]) }
        return byte >= 0xC4 && byte != 0xE2
    }
}
