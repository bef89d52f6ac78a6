import Testing

@testable import ChronicleReader

@Suite struct MarkdownTextTests {
    @Test func keepsTheTextAReaderSees() {
        let cases: [(String, String)] = [
            ("**Bold** and *italic* and _under_ text", "Bold and italic and under text"),
            ("See [the report](https://x.example/r) and [notes][1].", "See the report and notes."),
            ("![A map](map.png)Before", "Before"),
            ("Use `snake_case` and 2*3 and a * b", "Use snake_case and 2*3 and a * b"),
            ("Escaped \\*stars\\* stay", "Escaped *stars* stay"),
            ("Line<br>break and <https://x.example>", "Linebreak and https://x.example"),
            ("[unclosed link and ]( stray", "[unclosed link and ]( stray"),
        ]
        for (markdown, text) in cases { #expect(MarkdownText.inlineText(markdown) == text, "\(markdown)") }
    }

    @Test func readsTableRowsRulesAndUnderlines() {
        #expect(MarkdownText.tableCells("| a | b |") == ["a", "b"])
        #expect(MarkdownText.tableCells("|---|:--:|") == [])
        #expect(MarkdownText.tableCells("a | b") == nil)
        #expect(MarkdownText.isRule("* * *") && MarkdownText.isRule("---") && !MarkdownText.isRule("--"))
        #expect(MarkdownText.isSetextUnderline("====") && !MarkdownText.isSetextUnderline("=-="))
        #expect(
            MarkdownText.isReferenceDefinition("[1]: https://x.example")
                && !MarkdownText.isReferenceDefinition("[1] note"))
    }
}
