import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

@Suite struct EventMergerTests {
    func merge(_ documents: [(id: String, text: String)], date: TimePoint? = nil) throws -> EventMerger.Merge {
        let mentions = try documents.flatMap { try Fixtures.mentions($0.text, id: $0.id, date: date) }
        return EventMerger().merge(mentions)
    }

    @Test func mergesDifferentlyWordedReportsOfOneEvent() throws {
        let merged = try merge([
            ("gazette", "In 2018, the regional council passed a law that banned night fishing."),
            ("bulletin", "Night fishing was outlawed by the regional council on 4 May 2018."),
        ])
        #expect(merged.events.count == 1)
        let event = try #require(merged.events.first)
        #expect(event.date == .point(.day(2018, 5, 4)!))
        #expect(event.sourceIDs == ["gazette", "bulletin"])
        #expect(merged.members[0].count == 2)
        #expect(merged.notes.count == 1)
        #expect(merged.notes[0].contains("actions prohibit"))
    }

    @Test func keepsDifferentEventsOnTheSameDateApart() throws {
        let merged = try merge([
            ("gazette", "On 4 May 2018, the regional council passed a budget for road repairs."),
            ("bulletin", "On 4 May 2018, floods destroyed two bridges in the valley."),
        ])
        #expect(merged.events.count == 2)
        #expect(merged.notes.isEmpty)
    }

    @Test func keepsDifferentCountsApart() throws {
        let merged = try merge([
            ("one", "In 2016, 300 migrants reached the island."),
            ("two", "In 2016, 1,200 migrants reached the island."),
        ])
        #expect(merged.events.count == 2)
    }

    @Test func mergesTwoStatementsOfOneDeadline() throws {
        let merged = try merge([
            ("treaty", "In 2017, the treaty stated that all parties must destroy their stockpiles by March 2020."),
            ("report", "The parties were required to eliminate the stockpiles no later than March 1, 2020."),
        ])
        let deadlines = merged.events.filter { $0.title.hasPrefix("Deadline") }
        #expect(deadlines.count == 1)
        #expect(deadlines.first?.date == .point(.day(2020, 3, 1)!))
        #expect(deadlines.first?.sourceIDs == ["treaty", "report"])
    }

    @Test func neverMergesTwoEventsOfOneSentence() throws {
        let merged = try merge([
            ("one", "The charter, adopted in 2018, required cities to close coal plants by 31 December 2018.")
        ])
        #expect(merged.events.count == 2)
    }

    @Test func givesTheSameResultWhateverTheInputOrder() throws {
        let texts: [(id: String, text: String)] = [
            ("a", "In 2018, the regional council passed a law that banned night fishing."),
            ("b", "Night fishing was outlawed by the regional council on 4 May 2018."),
            ("c", "On 4 May 2018, floods destroyed two bridges in the valley."),
            ("d", "In May 2018, the valley's bridges were destroyed by floods."),
        ]
        let mentions = try texts.flatMap { try Fixtures.mentions($0.text, id: $0.id) }
        let forward = EventMerger().merge(mentions)
        let backward = EventMerger().merge(mentions.reversed())
        #expect(forward.events.count == 2)
        #expect(Set(forward.events.map(\.id)) == Set(backward.events.map(\.id)))
        #expect(Set(forward.events.map(\.date)) == Set(backward.events.map(\.date)))
    }

    @Test func mergesEventsReadBackFromJSON() {
        let citation = { (source: String) in Citation(sourceID: source, quote: "q \(source)", range: 0..<3) }
        let merged = EventMerger().merged([
            Event(
                id: "a", date: .point(.year(2019)), title: "Council sets deadline for returning overseas workers",
                citations: [citation("one")]),
            Event(
                id: "b", date: .point(.day(2019, 12, 22)!), title: "Deadline for returning overseas workers passes",
                citations: [citation("two")]),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.date == .point(.day(2019, 12, 22)!))
    }
}

@Suite struct EventMergerDocumentTests {
    @Test func mergesADocumentNamedInPassingWithTheReportOfWhatItFound() throws {
        let mentions =
            try Fixtures.mentions(
                "The 2016 Coastal Erosion Review found that storms destroyed 40 homes.", id: "a",
                adding: [Fixtures.Timex(phrase: "2016", value: "2016")])
            + Fixtures.mentions(
                "In 2021, the fifth anniversary of the landmark 2016 Coastal Erosion Review, the council met again.",
                id: "b", adding: [Fixtures.Timex(phrase: "2016", value: "2016")])
        let merged = EventMerger().merge(mentions).events
        let review = merged.filter { $0.date == .point(.year(2016)) }
        #expect(review.count == 1)
        #expect(review.first?.sourceIDs == ["a", "b"])
    }
}
