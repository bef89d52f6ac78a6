import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleRender

/// A date Chronicle inferred from a document's text never reads as the document's own date.
@Suite struct SourceDatesTests {
    static let stated = Source(
        id: "report", title: "Basin report", date: DocumentDate(.day(2020, 6, 25)!, origin: .metadata))
    static let inferred = Source(
        id: "notes", title: "Field notes", label: "River Trust",
        date: DocumentDate(.month(2019, 3)!, origin: .inferred, evidence: "latest date in the text"))
    static let timeline = Timeline(
        title: "Dates of sources", sources: [stated, inferred],
        events: [
            Event(
                id: "a", date: .point(.year(2018)), title: "Levee breaks at the ford",
                citations: [
                    Citation(sourceID: "report", quote: "The levee broke.", range: 0..<16),
                    Citation(sourceID: "notes", quote: "It broke in 2018.", range: 0..<17),
                ])
        ])

    @Test func writesAStatedDateAndSaysAnInferredOneIsNotTheSourcesOwn() {
        #expect(SourceDates.full(SourceDatesTests.stated) == "25 June 2020")
        #expect(SourceDates.short(SourceDatesTests.stated) == "25 June 2020")
        #expect(SourceDates.full(SourceDatesTests.inferred) == "undated (latest date mentioned: March 2019)")
        #expect(SourceDates.short(SourceDatesTests.inferred) == nil)
        let given = Source(id: "g", date: DocumentDate(.year(2024), origin: .given))
        #expect(SourceDates.short(given) == "2024")
    }

    @Test func textFootnotesMarkAnInferredDate() {
        let text = TextRenderer(width: 100).render(SourceDatesTests.timeline)
        #expect(text.contains("[1] \u{201C}Basin report\u{201D}, 25 June 2020\n"))
        #expect(
            text.contains(
                "[2] River Trust, \u{201C}Field notes\u{201D}, undated (latest date mentioned: March 2019)\n"))
        #expect(!text.contains("Field notes\u{201D}, March 2019"))
    }

    @Test func htmlNotesLeaveOutAnInferredDateAndTheSourceListSaysSo() {
        let parsed = ParsedMarkup(html: HTMLRenderer().render(SourceDatesTests.timeline))
        let notes = parsed.elements("li").filter { ($0.attribute("id") ?? "").hasPrefix("n-") }
        #expect(notes.count == 2)
        let noteTexts = parsed.tree.elements(named: "li").filter {
            (parsed.tree.nodes[$0].attribute("id") ?? "").hasPrefix("n-")
        }.map { parsed.tree.textContent(of: $0) }
        #expect(noteTexts[0].contains("Basin report, 25 June 2020: "))
        #expect(noteTexts[1].contains("River Trust: "))
        #expect(!noteTexts[1].contains("2019"))
        let sources = parsed.tree.elements(named: "li").filter { parsed.tree.nodes[$0].attribute("id") == "s-2" }
        #expect(
            sources.map { parsed.tree.textContent(of: $0) }.first?.contains(
                "undated (latest date mentioned: March 2019)") == true)
    }
}
