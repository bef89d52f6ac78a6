import Testing

@testable import ChronicleRender

@Suite struct TextMeasureTests {
    @Test func tableCoversPrintableASCIIInOrder() {
        #expect(CharacterWidths.ascii.count == 95)
        for (offset, entry) in CharacterWidths.ascii.enumerated() {
            #expect(entry.character.asciiValue == UInt8(0x20 + offset))
            #expect(entry.regular > 0.2 && entry.regular < 1.1)
            // Bold is wider, but for a few symbols ("@" is wider in DejaVu Sans than in its bold).
            #expect(entry.bold >= entry.regular - 0.03)
        }
    }

    @Test func measuresWiderThanTheFontsWithAMargin() {
        // "W" is 0.989 em in DejaVu Sans; at 10 px with the margin it must be more than 9.89 px.
        #expect(TextMeasure.width("W", size: 10) > 9.89)
        #expect(TextMeasure.width("Wi", size: 10, bold: true) > TextMeasure.width("Wi", size: 10))
    }

    @Test func measuresAccentedLettersLikeTheirBaseAndWideCharactersAsOneEm() {
        #expect(TextMeasure.width("é", size: 12) == TextMeasure.width("e", size: 12))
        #expect(TextMeasure.width("北", size: 10) >= 10)
        #expect(TextMeasure.width("e\u{301}", size: 12) == TextMeasure.width("e", size: 12))
    }

    @Test func wrapsLabelsWithTheDateInBoldAndCutsWithAnEllipsis() {
        let label = LabelText.wrap(
            lead: "22 Dec 2019", text: "Deadline for repairing the northern dams passes without any repairs made",
            size: 12, maxWidth: 170, maxLines: 2)
        #expect(label.lines.count == 2)
        #expect(label.lines[0].bold == "22 Dec 2019")
        #expect(label.lines[0].regular.hasPrefix(" Deadline"))
        #expect(label.isTruncated)
        #expect(label.lines[1].regular.hasSuffix("\u{2026}"))
        for line in label.lines {
            let measured =
                TextMeasure.width(line.bold, size: 12, bold: true) + TextMeasure.width(line.regular, size: 12)
            #expect(abs(measured - line.width) < 0.001)
            #expect(line.width <= 170)
        }
    }

    @Test func cutsAWordWiderThanTheLine() {
        let label = LabelText.wrap(
            lead: "", text: String(repeating: "w", count: 60), size: 12, maxWidth: 100, maxLines: 3)
        #expect(label.lines.allSatisfy { $0.width <= 100 })
        #expect(label.lines.count == 3)
    }

    @Test func takesAWordDownRatherThanEndALabelOnOneWord() {
        let width = 190.0
        let lead = "Apr 2024"
        let text = "Chinese authorities send about 60 refugees back across the border"
        let label = LabelText.wrap(lead: lead, text: text, size: 12, maxWidth: width, maxLines: 4)
        #expect(!label.isTruncated)
        #expect(!label.hasLoneLastWord)
        #expect(label.lines.allSatisfy { $0.width <= width })
        let words = label.lines.map { ($0.bold + " " + $0.regular).split(separator: " ").joined(separator: " ") }
        #expect(words.joined(separator: " ") == "\(lead) \(text)")
    }
}
