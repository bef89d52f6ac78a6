import Testing

@testable import ChronicleRender

@Suite struct MarkupWriterTests {
    @Test func escapesAllFiveMarkupCharactersInTextAndAttributes() {
        var writer = MarkupWriter()
        writer.open("p", [("title", #"a "b" 'c' <d> & e"#)])
        writer.text(#"<script>alert("x") & 'y'</script>"#)
        writer.close("p")
        #expect(
            writer.output
                == "<p title=\"a &quot;b&quot; &#39;c&#39; &lt;d&gt; &amp; e\">&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</p>"
        )
    }

    @Test func escapesTextForXMLKeepingLineBreaks() {
        #expect(xmlEscaped("a < b & 'c'\nd") == "a &lt; b &amp; &#39;c&#39;\nd")
    }

    @Test func escapesEntitiesAgainSoTheyStayText() {
        #expect(MarkupWriter.escaped("&amp; &#60;") == "&amp;amp; &amp;#60;")
    }

    @Test func writesTrustedConstantsUnchanged() {
        var writer = MarkupWriter()
        writer.trusted("<style>a>b{}</style>")
        #expect(writer.output == "<style>a>b{}</style>")
    }

    @Test func dropsControlsAndBidiOverridesFromDocumentText() {
        let text = "safe\u{0}\u{1B}[31m red\u{202E}txt.exe\u{2066}x\u{2069}\u{7F}\u{85}end"
        #expect(DocumentText.clean(text) == "safe[31m redtxt.exex end")
    }

    @Test func keepsMarksThatReorderNothingAndTurnsBreaksIntoSpaces() {
        #expect(DocumentText.clean("a\u{200F}b\nc\td") == "a\u{200F}b c d")
    }

    @Test func formatsNumbersWithAtMostTwoDecimals() {
        #expect(Decimal.format(12) == "12")
        #expect(Decimal.format(12.5) == "12.5")
        #expect(Decimal.format(0.25) == "0.25")
        #expect(Decimal.format(-3.104) == "-3.1")
        #expect(Decimal.format(-0.001) == "0")
        #expect(Decimal.format(1122.52) == "1122.52")
        #expect(Decimal.format(.nan) == "0")
        #expect(Decimal.format(0.05) == "0.05")
    }

    @Test func hashesWithSHA256() {
        let digest = SHA256.digest(Array("abc".utf8)).map { String($0, radix: 16) }.map {
            $0.count == 1 ? "0" + $0 : $0
        }
        #expect(digest.joined() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = SHA256.digest(Array(String(repeating: "a", count: 1000).utf8))
        #expect(long.prefix(4) == [0x41, 0xed, 0xec, 0xe4])
    }
}
