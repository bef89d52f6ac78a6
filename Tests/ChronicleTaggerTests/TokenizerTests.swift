import Testing

@testable import ChronicleTagger

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [String] {
        var copy = text
        let grammar = Grammar.english
        return copy.withUTF8 { bytes in
            grammar.tokenizer.tokens(bytes).map { token in
                let piece = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                switch token.kind {
                case .word: return (token.spaceBefore ? " " : "") + piece + (token.code >= 0 ? "" : "?")
                case .number: return (token.spaceBefore ? " " : "") + "#" + String(token.value)
                case .punctuation: return (token.spaceBefore ? " " : "") + "<\(token.code)>"
                }
            }
        }
    }

    @Test func splitsWordsNumbersAndMarksKeepingGlue() {
        #expect(tokens("Sept. 30, 2019") == [" Sept", "<46>", " #30", "<44>", " #2019"])
        #expect(tokens("mid-1990s") == [" mid", "<45>", "#1990", "s"])
        #expect(tokens("10:35 a.m.") == [" #10", "<58>", "#35", " a", "<46>", "m", "<46>"])
    }

    @Test func foldsDashesAndQuotesAndReadsNoBreakSpaceAsSpace() {
        #expect(tokens("2019\u{2013}20") == [" #2019", "<150>", "#20"])
        #expect(tokens("\u{2019}90s") == [" <39>", "#90", "s"])
        #expect(tokens("12\u{00A0}May") == [" #12", " May"])
    }

    @Test func keepsWordsWithLettersOutsideASCIIOutOfTheLists() {
        #expect(tokens("Mayé Friday") == [" Mayé?", " Friday"])
    }

    @Test func wordTableFindsEveryWordItHoldsAndNoOther() {
        // Thousands of words force the table to grow several times; its presence bitset must
        // still admit every word, in any case, and turn away words it does not hold.
        var table = WordTable()
        let words = (0..<5000).map { number in
            var letters = "w"
            var rest = number
            repeat {
                letters.append(Character(UnicodeScalar(UInt8(97 + rest % 26))))
                rest /= 26
            } while rest > 0
            return letters
        }
        for (id, word) in words.enumerated() { table.insert(word, value: Int32(id)) }
        for (id, word) in words.enumerated() {
            #expect(table.value(of: word) == Int32(id))
            #expect(table.value(of: word.uppercased()) == Int32(id))
        }
        #expect(table.value(of: "x" + words[7]) == -1)
        #expect(table.value(of: words[4999] + "s") == -1)
        let english = Grammar.english.vocabulary
        for (id, spelling) in english.spellings.enumerated() { #expect(english.lookup(spelling) == Int32(id)) }
    }
}
