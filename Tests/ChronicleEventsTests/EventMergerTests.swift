import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

@Suite struct EventMergerTests {
    func event(_ id: String, _ date: TimePoint, _ title: String, source: String) -> Event {
        Event(
            id: id, date: .point(date), title: title,
            citations: [Citation(sourceID: source, quote: title, range: 0..<title.unicodeScalars.count)])
    }

    @Test func mergesSameEventFromTwoSourcesKeepingTheFinerDate() {
        let merged = EventMerger().merged([
            event("a", .year(2019), "Council sets deadline for returning overseas workers", source: "one"),
            event("b", .day(2019, 12, 22)!, "Deadline for returning overseas workers passes", source: "two"),
        ])
        #expect(merged.count == 1)
        #expect(merged[0].date == .point(.day(2019, 12, 22)!))
        #expect(merged[0].sourceIDs == ["one", "two"])
    }

    @Test func keepsDifferentEventsOnTheSameDateApart() {
        let merged = EventMerger().merged([
            event("a", .month(2024, 8)!, "Court sentences a family to forced labor", source: "one"),
            event("b", .month(2024, 8)!, "Floods destroy homes and bridges", source: "two"),
        ])
        #expect(merged.count == 2)
    }
}
