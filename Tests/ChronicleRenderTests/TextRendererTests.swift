import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleRender

@Suite struct TextRendererTests {
    let timeline = Timeline(
        title: "Floods in the north", subtitle: "Briefing timeline",
        sources: [
            Source(id: "a", title: "Rain report"),
            Source(id: "b", title: "Relief update", url: "https://example.org/b"),
        ],
        events: [
            Event(
                id: "1", date: .point(.year(2014)), title: "Commission finds the dams unsafe",
                citations: [
                    Citation(sourceID: "a", quote: "q", range: 0..<1),
                    Citation(sourceID: "b", quote: "q", range: 0..<1),
                ]),
            Event(
                id: "2", date: .point(.day(2019, 12, 22)!),
                title: "Deadline for repairing every dam along the river passes without the repairs being made",
                citations: [Citation(sourceID: "b", quote: "q", range: 0..<1)]),
        ])

    @Test func alignsDatesAndRightAlignsReferences() {
        let lines = TextRenderer(width: 60).render(timeline).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "FLOODS IN THE NORTH")
        #expect(lines[1] == "Briefing timeline")
        #expect(lines[2] == "2 sources \u{00B7} 2 events")
        #expect(lines[4] == "2014          Commission finds the dams unsafe ...... [1][2]")
        #expect(lines[5] == "22 Dec 2019   Deadline for repairing every dam along the")
        #expect(lines[6] == "              river passes without the repairs being made")
        #expect(lines[7] == String(repeating: " ", count: 14) + String(repeating: ".", count: 42) + " [2]")
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines[4].count == 60 && lines[7].count == 60)
    }

    @Test func listsSourcesAsFootnotes() {
        let text = TextRenderer(width: 60).render(timeline)
        #expect(text.contains("[1] \u{201C}Rain report\u{201D}\n"))
        #expect(text.contains("[2] \u{201C}Relief update\u{201D} \u{2014} https://example.org/b\n"))
    }

    @Test func writesOnlyASCIIWhenAsked() {
        let text = TextRenderer(width: 60, ascii: true).render(timeline)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("[1] \"Rain report\"\n"))
    }
}
