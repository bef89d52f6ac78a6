import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

@Suite struct EventIdentityTests {
    let vague = ("gazette", "In 2018, the regional council passed a law that banned night fishing.")
    let precise = ("bulletin", "Night fishing was outlawed by the regional council on 4 May 2018.")

    func assign(_ documents: [(String, String)], previous: Timeline? = nil, edited: [String] = [])
        throws -> EventIdentity.Assignment
    {
        let mentions = try documents.flatMap { try Fixtures.mentions($0.1, id: $0.0) }
        return EventIdentity(previous: previous, editedIDs: edited).assign(EventMerger().merge(mentions))
    }

    @Test func takesTheIdOfTheLeadMention() throws {
        let alone = try assign([vague])
        #expect(alone.events.map(\.id) == ["2018-regional-council-passes-law"])
        let both = try assign([vague, precise])
        // The precise mention leads the merged event now.
        #expect(both.events.map(\.id) == ["2018-05-04-night-fishing-outlawed-regional"])
        #expect(both.aliases["2018-regional-council-passes-law"] == "2018-05-04-night-fishing-outlawed-regional")
    }

    @Test func keepsAnEditedIdWhenAMorePreciseMentionJoins() throws {
        let first = try assign([vague])
        let id = try #require(first.events.first?.id)
        let second = try assign([vague, precise], edited: [id])
        #expect(second.events.map(\.id) == [id])
        #expect(second.events.first?.date == .point(.day(2018, 5, 4)!))
    }

    @Test func keepsThePreviousBuildsIdWithoutAnyEdit() throws {
        let first = try assign([vague])
        let previous = Timeline(title: "t", events: first.events)
        let second = try assign([vague, precise], previous: previous)
        #expect(second.events.map(\.id) == first.events.map(\.id))
        #expect(second.notes.first?.contains("kept from the previous build") == true)
    }

    @Test func makesCollidingIdsUnique() {
        let event = { (quote: String) in
            Event(
                id: "2020-fire", date: .point(.year(2020)), title: "Fire",
                citations: [Citation(sourceID: quote, quote: quote, range: 0..<1)])
        }
        let merge = EventMerger.Merge(
            events: [event("a"), event("b")], members: [["2020-fire"], ["2020-fire"]], notes: [])
        let assigned = EventIdentity().assign(merge)
        #expect(assigned.events.map(\.id).sorted() == ["2020-fire", "2020-fire-2"])
    }
}

@Suite struct EventIdentitySplitTests {
    @Test func givesASplitEventsIdToThePartWhoseMentionItWas() {
        let quote = { (text: String) in Citation(sourceID: "doc", quote: text, range: 0..<1) }
        // The previous build had merged two mentions under the April one's id.
        let previous = Timeline(
            title: "t",
            events: [
                Event(
                    id: "2024-04-council-adopts-resolution", date: .point(.month(2024, 4)!), title: "Council adopts",
                    citations: [quote("The chapter covers 2024."), quote("In April, the council adopted it.")])
            ])
        let merge = EventMerger.Merge(
            events: [
                Event(
                    id: "2024-chapter-covers", date: .point(.year(2024)), title: "Chapter covers",
                    citations: [quote("The chapter covers 2024.")]),
                Event(
                    id: "2024-04-council-adopts-resolution", date: .point(.month(2024, 4)!), title: "Council adopts",
                    citations: [quote("In April, the council adopted it.")]),
            ], members: [["2024-chapter-covers"], ["2024-04-council-adopts-resolution"]], notes: [])
        let assigned = EventIdentity(previous: previous).assign(merge)
        #expect(assigned.events.map(\.id) == ["2024-chapter-covers", "2024-04-council-adopts-resolution"])
    }
}
