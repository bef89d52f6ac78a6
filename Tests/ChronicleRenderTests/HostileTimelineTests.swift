import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleRender

/// Text from documents is never markup: a timeline full of attacks renders inert.
@Suite struct HostileTimelineTests {
    static let attack = "<script>alert(\"x\")</script>"

    let hostile: Timeline = {
        let attacks = [
            HostileTimelineTests.attack, "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "' onmouseover='alert(1)", "javascript:alert(1)", "Fish & chips < > \" '", "]]><!--", "&lt;b&gt; &amp;",
            "evil\u{202E}gnp.exe and \u{2066}isolated\u{2069}", "bell\u{7}\u{1B}[2J nul\u{0}end",
        ]
        let sources = [
            Source(id: "a\"><script>", title: attacks[0], url: "javascript:alert(1)", label: attacks[2]),
            Source(
                id: "b", title: attacks[1], path: "../../etc/<passwd>", date: DocumentDate(.year(2020), origin: .given)),
            Source(id: "c", title: attacks[3], url: " JaVaScRiPt:alert(1)"),
        ]
        let events = attacks.enumerated().map { offset, text in
            Event(
                id: "x\"\(offset)", date: .point(.day(2020, 1 + offset, 10)!), title: text,
                summary: attacks[(offset + 1) % attacks.count],
                category: offset % 2 == 0 ? "\"><script>alert(1)</script>" : "java'script",
                citations: [Citation(sourceID: sources[offset % 3].id, quote: text, range: 0..<4)],
                origin: .added,
                link: offset % 2 == 0 ? "javascript:alert(1)" : "data:text/html,<script>alert(1)</script>")
        }
        return Timeline(
            title: attack, subtitle: attacks[5], sources: sources,
            categories: [Category(id: "\"><script>alert(1)</script>", name: "<b>bold</b>")], events: events)
    }()

    @Test func svgParsesAndCarriesNoActiveContent() throws {
        for orientation in Presentation.Orientation.allCases {
            let svg = SVGRenderer(options: ChartOptions(orientation: orientation)).render(hostile)
            let parsed = try ParsedMarkup(svg: svg)
            #expect(parsed.activeContent().isEmpty, "\(parsed.activeContent())")
            #expect(parsed.text(of: "title").first == HostileTimelineTests.attack)
            #expect(parsed.allText.contains("Fish & chips < > \" '"))
            checkInert(svg)
        }
    }

    @Test func htmlParsesAndCarriesNoActiveContent() {
        let html = HTMLRenderer().render(hostile)
        let parsed = ParsedMarkup(html: html)
        #expect(parsed.activeContent(allowedScript: HTMLPageAssets.script).isEmpty, "\(parsed.activeContent())")
        #expect(parsed.text(of: "h1") == [HostileTimelineTests.attack])
        #expect(parsed.text(of: "script") == [HTMLPageAssets.script])
        #expect(parsed.allText.contains("javascript:alert(1)"))  // shown as text, not linked
        #expect(!parsed.elements("a").contains { ($0.attribute("href") ?? "").lowercased().contains("script") })
        checkInert(html)
    }

    @Test func textCarriesNoControlsOrOverrides() {
        let text = TextRenderer().render(hostile)
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F })
        #expect(
            !text.unicodeScalars.contains {
                (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            })
        #expect(text.contains("<SCRIPT>ALERT(\"X\")</SCRIPT>"))
    }

    /// No raw attack markup survives anywhere in the bytes (escaped, it is only text), and no
    /// control or override character does either.
    func checkInert(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lower = output.lowercased()
        #expect(!lower.contains("<script>alert"), sourceLocation: sourceLocation)
        #expect(!lower.contains("<img"), sourceLocation: sourceLocation)
        #expect(!lower.contains("\"><svg"), sourceLocation: sourceLocation)
        #expect(!lower.contains("href=\"javascript"), sourceLocation: sourceLocation)
        #expect(!lower.contains("href=\" javascript"), sourceLocation: sourceLocation)
        #expect(
            !output.unicodeScalars.contains {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            }, sourceLocation: sourceLocation)
    }
}
