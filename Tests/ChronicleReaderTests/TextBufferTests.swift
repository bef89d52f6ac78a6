import Testing

@testable import ChronicleReader

@Suite struct TextBufferTests {
    @Test func collapsesEveryKindOfSpaceAndDropsInvisibleCharacters() {
        let text = "  a\u{A0}\u{A0}b\u{2003}c\u{3000}d \t\n e\u{AD}f\u{200B}g\u{200D}h\u{2060}i\u{FEFF}j\u{200E}k  "
        #expect(text.collapsingWhiteSpace == "a b c d efghijk")
    }

    @Test func keepsLineBreaksInsideABlockWithoutSpacesAroundThem() {
        var buffer = TextBuffer()
        buffer.append("Lowen ")
        buffer.lineBreak()
        buffer.append(" 47 ")
        buffer.lineBreak()
        buffer.lineBreak()
        #expect(buffer.take() == "Lowen\n47")
        #expect(buffer.isEmpty)
    }

    @Test func dropsControlCharacters() {
        #expect("a\u{1}b\u{7F}c".collapsingWhiteSpace == "abc")
    }
}

extension TextBufferTests {
    /// The rule `TextBuffer` follows, written the slow way.
    static func reference(_ text: String) -> String {
        let invisible: Set<Unicode.Scalar> = ["\u{AD}", "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{200E}"]
        let space: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0C}", "\u{A0}", "\u{2003}", "\u{3000}"]
        var result = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if space.contains(scalar) {
                pending = true
            } else if invisible.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F {
                continue
            } else {
                if pending && !result.isEmpty { result.append(" ") }
                pending = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    @Test func collapsesLikeTheSlowRuleOnRandomText() {
        let alphabet: [String] = [
            "a", "b", "Z", "1", ".", " ", " ", "  ", "\t", "\n", "\u{A0}", "\u{AD}", "\u{200B}", "é", "—", "\u{2003}",
            "\u{7F}", "\u{1}", "word ", "longer words here ", "x",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            .joined()
            var buffer = TextBuffer()
            // Appended in two pieces, as text nodes are.
            let cut = text.index(text.startIndex, offsetBy: text.count / 2)
            buffer.append(String(text[..<cut]))
            buffer.append(String(text[cut...]))
            #expect(buffer.take() == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
