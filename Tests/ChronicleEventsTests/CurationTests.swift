import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

@Suite struct CurationTests {
    let events = [
        Event(id: "2018-law", date: .point(.year(2018)), title: "Council passes law", category: "laws-policy"),
        Event(id: "2018-05-04-ban", date: .point(.day(2018, 5, 4)!), title: "Fishing banned", category: "general"),
        Event(id: "2019-floods", date: .point(.year(2019)), title: "Floods", category: "health"),
    ]

    func edit(_ id: String, line: Int = 1, _ change: (inout TimelineFile.Edit) -> Void) -> TimelineFile.Edit {
        var edit = TimelineFile.Edit(id: id, line: line)
        change(&edit)
        return edit
    }

    @Test func dropsRetitlesRedatesRecategorizesAndPins() {
        let curation = Curation(edits: [
            edit("2019-floods") { $0.drop = true },
            edit("2018-law") {
                $0.title = "Council bans night fishing"
                $0.category = "environment"
                $0.importance = 0.9
                $0.pin = true
            },
            edit("2018-05-04-ban") { $0.date = .point(.month(2018, 5)!) },
        ])
        let (curated, warnings) = curation.applied(to: events)
        #expect(warnings.isEmpty)
        #expect(curated.map(\.id) == ["2018-law", "2018-05-04-ban"])
        #expect(curated[0].title == "Council bans night fishing")
        #expect(curated[0].category == "environment" && curated[0].importance == 0.9 && curated[0].isPinned)
        #expect(curated[1].date == .point(.month(2018, 5)!))
    }

    @Test func mergesEventsTheWriterSaysAreOne() {
        var law = events[0]
        law.citations = [Citation(sourceID: "a", quote: "law", range: 0..<3)]
        var ban = events[1]
        ban.citations = [Citation(sourceID: "b", quote: "ban", range: 0..<3)]
        let curation = Curation(edits: [edit("2018-law") { $0.merge = ["2018-05-04-ban"] }])
        let (curated, warnings) = curation.applied(to: [law, ban, events[2]])
        #expect(warnings.isEmpty)
        #expect(curated.map(\.id) == ["2018-law", "2019-floods"])
        #expect(curated[0].date == .point(.day(2018, 5, 4)!))
        #expect(curated[0].sourceIDs == ["a", "b"])
    }

    @Test func reportsEditsWhoseEventIsGone() {
        let curation = Curation(edits: [
            edit("2017-missing", line: 12) { $0.title = "Gone" },
            edit("2018-law", line: 14) { $0.merge = ["2016-also-missing"] },
        ])
        let (curated, warnings) = curation.applied(to: events, file: "timelines/t.yml")
        #expect(curated.count == 3)
        #expect(
            warnings == [
                "timelines/t.yml:12: event `2017-missing` is not in this build; its edit was not applied",
                "timelines/t.yml:14: `2018-law` merges `2016-also-missing`, which is not in this build",
            ])
    }

    @Test func findsAnEventByAnOlderIdThroughItsAliases() {
        let curation = Curation(edits: [edit("2018-council-passes-law") { $0.title = "Night fishing banned" }])
        let (curated, warnings) = curation.applied(to: events, aliases: ["2018-council-passes-law": "2018-law"])
        #expect(warnings.isEmpty)
        #expect(curated.first { $0.id == "2018-law" }?.title == "Night fishing banned")
    }

    @Test func addsHandWrittenEventsPinned() {
        let curation = Curation(added: [
            TimelineFile.AddedEvent(date: .point(.day(2014, 2, 17)!), title: "Inquiry publishes its findings")
        ])
        let (curated, _) = curation.applied(to: [])
        #expect(curated.map(\.id) == ["2014-02-17-inquiry-publishes-findings"])
        #expect(curated.first?.origin == .added && curated.first?.isPinned == true)
    }
}
