import ChronicleText
import Foundation
import Testing

@testable import ChronicleTimeline

@Suite struct TimelineJSONTests {
    let timeline = Timeline(
        title: "Test", subtitle: "Sub",
        sources: [
            Source(
                id: "a", title: "A report", path: "a.txt",
                date: DocumentDate(.year(2024), origin: .given, evidence: "date: in t.yml"))
        ],
        categories: [Category(id: "general", name: "General")],
        events: [
            Event(
                id: "2019-12-22-deadline", date: .point(.day(2019, 12, 22)!), title: "Deadline passes",
                summary: "The deadline passed.", importance: 0.6666,
                citations: [Citation(sourceID: "a", quote: "The deadline passed.", range: 10..<30)]),
            Event(id: "2011-to-2015-drought", date: .interval(from: .year(2011), to: .year(2015)), title: "Drought"),
        ])

    @Test func roundTripsThroughJSON() throws {
        let data = timeline.jsonData()
        var decoded = try Timeline(jsonData: data)
        #expect(decoded.events[0].importance == 0.67)
        decoded.events[0].importance = timeline.events[0].importance
        #expect(decoded == timeline)
    }

    @Test func writesSchemaVersionAndDateForms() throws {
        let object = try JSONSerialization.jsonObject(with: timeline.jsonData()) as! [String: Any]
        #expect(object["schemaVersion"] as? Int == Timeline.schemaVersion)
        let events = object["events"] as! [[String: Any]]
        let date = events[1]["date"] as! [String: Any]
        #expect(date["value"] as? String == "2011/2015")
        #expect(date["start"] as? String == "2011")
        #expect(date["end"] as? String == "2015")
        #expect(date["precision"] as? String == "year")
        let citation = (events[0]["citations"] as! [[String: Any]])[0]
        #expect(citation["start"] as? Int == 10 && citation["end"] as? Int == 30)
    }

    @Test func roundTripsThePartOfAPeriodADateNames() throws {
        var phased = timeline
        phased.events[0].date = .point(TimePoint.year(2017).phased(.mid))
        let object = try JSONSerialization.jsonObject(with: phased.jsonData()) as! [String: Any]
        let date = (object["events"] as! [[String: Any]])[0]["date"] as! [String: Any]
        #expect(date["phase"] as? String == "mid" && date["text"] as? String == "mid-2017")
        #expect(((object["events"] as! [[String: Any]])[1]["date"] as! [String: Any])["phase"] == nil)
        #expect(try Timeline(jsonData: phased.jsonData()).events[0].date == phased.events[0].date)
    }

    @Test func givesTheSameBytesEveryTime() {
        #expect(timeline.jsonData() == timeline.jsonData())
    }

    @Test func refusesANewerSchema() {
        let json = #"{"schemaVersion": 99, "title": "x"}"#
        #expect(throws: TimelineJSONError.self) { try Timeline(jsonData: Data(json.utf8)) }
    }

    @Test func limitKeepsPinnedAndImportantInOrder() {
        var events = (1...5).map {
            Event(id: "e\($0)", date: .point(.year(2000 + $0)), title: "E\($0)", importance: Double($0) / 10)
        }
        events[0].isPinned = true
        let limited = Timeline(title: "x", events: events).limited(to: 3)
        #expect(limited.events.map(\.id) == ["e1", "e4", "e5"])
    }
}
