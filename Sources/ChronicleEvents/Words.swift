import ChronicleText

/// A word, number or punctuation mark of a sentence, as the extractor sees it.
struct Word: Hashable {
    enum Kind: Hashable { case word, number, punctuation }

    var kind: Kind
    /// Where it lies in the document text (UTF-8 bytes).
    var range: TextRange
    /// As written.
    var text: String
    /// Lowercased, with typographic apostrophes made plain (`korea’s` → `korea's`).
    var lower: String

    /// Whether it starts with a capital letter or is all digits glued to capitals ("KRW1.6").
    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }

    /// Whether it is a word (letters) rather than a number or a mark.
    var isWord: Bool { kind == .word }

    /// Whether it is this punctuation mark.
    func `is`(_ mark: String) -> Bool { kind == .punctuation && text == mark }

    /// Opening and closing quotation marks of every style.
    var isQuote: Bool {
        kind == .punctuation
            && ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{AB}", "\u{BB}"].contains(text)
    }
}

/// Cuts a span of text into ``Word``s: letters with inner hyphens, apostrophes and dotted
/// initials stay one word ("Covid-19-related", "asylum-seekers", "U.N."), a possessive `’s` is
/// a word of its own, digits with inner commas and periods are one number ("1,127", "1.6"),
/// and every other mark is a token of its own.
enum WordScanner {
    static func words(in text: String, range: TextRange) -> [Word] {
        let span = text[bytes: range]
        let scalars = Array(span.unicodeScalars)
        let utf8 = Array(span.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = range.lowerBound
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        var words: [Word] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}"
                || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
            {
                index += 1
                continue
            }
            let start = index
            var kind = Word.Kind.punctuation
            if isAlphanumeric(scalar) {
                kind = isDigit(scalar) ? .number : .word
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isAlphanumeric(current) {
                        if !isDigit(current) { kind = .word }
                        index += 1
                        continue
                    }
                    guard index + 1 < scalars.count, isAlphanumeric(scalars[index + 1]) else { break }
                    let next = scalars[index + 1]
                    if current == "-" || current == "\u{2010}" || current == "\u{2011}" || current == "/" {
                        // "Covid-19", "asylum-seekers"; a year range "2019-20" stays a number token.
                        index += 1
                    } else if current == "," || current == ".", isDigit(scalars[index - 1]), isDigit(next) {
                        // "1,127", "1.6": a comma needs three digits after it.
                        if current == ",", !threeDigits(scalars, from: index + 1) { break }
                        index += 1
                    } else if current == "." && isLetter(next) && isSingleLetterRun(scalars, start: start, end: index) {
                        // "U.N", "U.S": dotted initials.
                        index += 1
                    } else if (current == "'" || current == "\u{2019}") && isLetter(next) {
                        // A possessive or contraction ends the word: "Korea’s" → "Korea", "’s".
                        let rest = lowercaseLetters(scalars, from: index + 1)
                        if rest == "s" || rest == "t" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d" {
                            break
                        }
                        index += 1
                    } else {
                        break
                    }
                }
                // The period that closes dotted initials: "U.N." (not a sentence end inside a sentence).
                if index < scalars.count, scalars[index] == ".", index - start >= 3,
                    isSingleLetterRun(scalars, start: start, end: index), index + 1 < scalars.count
                {
                    index += 1
                }
            } else if (scalar == "'" || scalar == "\u{2019}"), index + 1 < scalars.count, isLetter(scalars[index + 1]),
                !words.isEmpty, words[words.count - 1].range.upperBound == offsets[index]
            {
                // "’s" after a word.
                index += 1
                while index < scalars.count, isLetter(scalars[index]) { index += 1 }
                kind = .word
            } else if (scalar == "`" || scalar == "'"), index + 1 < scalars.count, scalars[index + 1] == scalar {
                // Wire copy's quotation marks, ``like this'': read as curly quotes, one mark each.
                index += 2
                let quote = scalar == "`" ? "\u{201C}" : "\u{201D}"
                words.append(
                    Word(
                        kind: .punctuation, range: TextRange(offsets[start], offsets[index]), text: quote, lower: quote)
                )
                continue
            } else {
                index += 1
            }
            let text = String(
                decoding: utf8[(offsets[start] - range.lowerBound)..<(offsets[index] - range.lowerBound)], as: UTF8.self
            )
            let lower = Self.lowercased(text)
            words.append(Word(kind: kind, range: TextRange(offsets[start], offsets[index]), text: text, lower: lower))
        }
        return words
    }

    /// The marks a wire dateline ends with.
    static let datelineDashes: Set<String> = ["-", "--", "\u{2013}", "\u{2014}", "_"]

    /// The words after a wire dateline that opens a sentence: "HAVANA (AP) --", "BELFAST, Northern
    /// Ireland (AP)_", "WASHINGTON, August 11 (Xinhua) --" say where (and when) the story was
    /// filed, not what happened. A dateline opens with a word in capitals and ends in dashes or an
    /// underscore within eight words.
    static func droppingDateline(_ words: [Word]) -> ArraySlice<Word> {
        let dashes = datelineDashes
        guard let first = words.first, first.kind == .word, first.text.count >= 2,
            first.text.allSatisfy({ $0.isUppercase || $0 == "." })
        else { return words[...] }
        var index = 1
        while index < min(words.count, 9) {
            let word = words[index]
            if word.kind == .punctuation, dashes.contains(word.text) {
                var end = index
                while end < words.count, words[end].kind == .punctuation, dashes.contains(words[end].text) { end += 1 }
                return end < words.count ? words[end...] : words[...]
            }
            guard word.isCapitalized || word.kind == .number || [",", "(", ")"].contains(word.text) else {
                return words[...]
            }
            index += 1
        }
        return words[...]
    }

    /// Lowercase, with typographic apostrophes made plain; ASCII words without capitals are
    /// returned as they are.
    static func lowercased(_ text: String) -> String {
        var isPlain = true
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            isPlain = false
            break
        }
        if isPlain { return text }
        var lower = text.lowercased()
        if lower.unicodeScalars.contains("\u{2019}") {
            lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return lower
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A) : scalar.properties.isAlphabetic
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isDigit(scalar) || isLetter(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func threeDigits(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        guard index + 2 < scalars.count || index + 3 == scalars.count else { return false }
        let digits = scalars[index...].prefix { isDigit($0) }.count
        return digits == 3
    }

    /// Whether `scalars[start..<end]` is single letters separated by periods: "U", "U.N", "U.S".
    private static func isSingleLetterRun(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        var index = start
        while index < end {
            guard isLetter(scalars[index]) else { return false }
            index += 1
            if index < end {
                guard scalars[index] == "." else { return false }
                index += 1
            }
        }
        return true
    }

    private static func lowercaseLetters(_ scalars: [Unicode.Scalar], from index: Int) -> String {
        var result = ""
        var cursor = index
        while cursor < scalars.count, isLetter(scalars[cursor]) {
            result.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        return result.lowercased()
    }
}
