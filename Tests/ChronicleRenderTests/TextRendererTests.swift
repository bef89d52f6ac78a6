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
        #expect(lines[3] == "")
        // Two events in one decade: no heading.
        #expect(lines[4] == "2014          Commission finds the dams unsafe ...... [1][2]")
        // The title wraps short of the references, which end its last line.
        #expect(lines[5] == "22 Dec 2019   Deadline for repairing every dam along")
        #expect(lines[6] == "              the river passes without the repairs")
        #expect(lines[7] == "              being made " + String(repeating: ".", count: 31) + " [2]")
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines[4].count == 60 && lines[7].count == 60)
    }

    @Test func headsYearsThatHoldSeveralEvents() {
        var busy = timeline
        let more = [(2014, "Engineers inspect the dams again"), (2019, "Repairs begin at the ford")]
        for (year, title) in more {
            busy.events.append(Event(id: title, date: .point(.year(year)), title: title))
        }
        busy.events.sort { $0.date < $1.date }
        let lines = TextRenderer(width: 60).render(busy).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[4] == "2014")
        #expect(lines[5] == "----")
        #expect(lines[8] == "")
        #expect(lines[9] == "2019")
    }

    @Test func takesAWordDownRatherThanLeaveOneAloneBeforeTheLeader() {
        var widow = timeline
        widow.events[0].title = "Commission finds the dams along the floodplain"
        let lines = TextRenderer(width: 60).render(widow).split(separator: "\n")
        // Greedy wrapping would leave "floodplain" alone on the second line.
        #expect(lines[3] == "2014          Commission finds the dams along")
        #expect(lines[4] == "              the floodplain " + String(repeating: ".", count: 24) + " [1][2]")
        var lone = ["one two three four", "five"]
        TextRenderer.avoidLoneLastWord(&lone, width: 20)
        #expect(lone == ["one two three", "four five"])
        var short = ["one two", "three"]
        TextRenderer.avoidLoneLastWord(&short, width: 20)
        #expect(short == ["one two", "three"])
    }

    @Test func leavesOutHeadingsWhenEverythingIsInOnePeriod() {
        let text = TextRenderer().render(Fixtures.crowdedYear)
        #expect(!text.contains("\n2021\n----\n"))
        let first = Fixtures.crowdedYear.events[0].date.formatted(.short)
        #expect(text.split(separator: "\n")[3].hasPrefix(first + " "))
    }

    @Test func headsLongSpansByCentury() {
        let text = TextRenderer().render(Fixtures.twentyFiveCenturies)
        #expect(text.contains("\n5th century BCE\n---------------\nc. 500 BCE "))
        #expect(text.contains("\n21st century\n"))
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
        #expect(text.contains("2 sources - 2 events"))
    }

    @Test func countsWideCharactersAsTwoColumns() {
        var wide = timeline
        wide.events[0].title = "北部の洪水で堤防が決壊し住民が避難した北部の洪水で堤防が決壊し住民が避難した"
        let lines = TextRenderer(width: 50).render(wide).split(separator: "\n")
        #expect(lines.allSatisfy { TextColumns.width(String($0)) <= 50 })
    }

    @Test func cutsAWordLongerThanTheLineButNotALink() {
        let renderer = TextRenderer(width: 40)
        let lines = renderer.wrap(String(repeating: "x", count: 95), width: 40, first: "", rest: "")
        #expect(lines.map(\.count) == [40, 40, 15])
        let link = "https://example.org/" + String(repeating: "a", count: 50)
        var linked = timeline
        linked.sources[1].url = link
        #expect(TextRenderer(width: 40).render(linked).contains("\n    \(link)\n"))
    }
}
