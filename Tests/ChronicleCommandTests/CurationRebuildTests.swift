import Chronicle
import Foundation
import Testing

/// Re-running a build after the writer edited the timeline file and added sources keeps every
/// edit: end to end through `TimelineBuilder`, in a temporary folder.
@Suite struct CurationRebuildTests {
    /// A timeline folder: `timeline.yml` reading `sources/*.txt`.
    struct Folder {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("sources"), withIntermediateDirectories: true)
        }

        func write(_ text: String, to path: String) throws {
            try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }

        func writeTimeline(events: String = "") throws {
            try write("title: Fisheries\nsources:\n  - path: sources/*.txt\n" + events, to: "timeline.yml")
        }

        func build(previous: Timeline? = nil) throws -> Timeline {
            let file = try TimelineFile(contentsOf: root.appendingPathComponent("timeline.yml").path)
            let build = TimelineBuilder(file: file, previous: previous).build()
            #expect(build.failures.isEmpty)
            return build.timeline
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    let gazette = """
        Fisheries gazette

        In 2018, the regional council passed a law that banned night fishing.

        On 4 May 2018, floods destroyed two bridges in the valley.
        """

    /// The warnings about the timeline file's edits (the reader also warns about undated notes).
    func curationWarnings(_ timeline: Timeline) -> [String] {
        timeline.warnings.filter { $0.contains("timeline.yml:") }
    }

    /// Builds once, writes the writer's edits, and returns the ids edited.
    func curate(_ folder: Folder) throws -> (law: String, floods: String) {
        try folder.write(gazette, to: "sources/gazette.txt")
        try folder.writeTimeline()
        let first = try folder.build()
        let law = try #require(first.events.first { $0.title.contains("law") }?.id)
        let floods = try #require(first.events.first { $0.title.contains("Floods") }?.id)
        try folder.writeTimeline(
            events: """
                events:
                  \(law):
                    title: Council bans night fishing
                    category: laws-policy
                    pin: true
                  \(floods): { drop: true }

                """)
        let curated = try folder.build()
        #expect(curated.events.map(\.title) == ["Council bans night fishing"])
        #expect(curationWarnings(curated).isEmpty)
        return (law, floods)
    }

    @Test(arguments: [false, true])
    func keepsEveryEditAfterAnUnrelatedSourceIsAdded(rememberingThePreviousBuild: Bool) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let (law, _) = try curate(folder)
        let before = try folder.build()
        try folder.write(
            "Weather notes\n\nIn June 2019, a drought dried the northern lakes.\n", to: "sources/weather.txt")
        let after = try folder.build(previous: rememberingThePreviousBuild ? before : nil)
        #expect(curationWarnings(after).isEmpty)
        #expect(after.events.map(\.title) == ["Council bans night fishing", "Drought dries the northern lakes"])
        let edited = try #require(after.events.first)
        #expect(edited.id == law && edited.isPinned && edited.category == "laws-policy")
    }

    @Test(arguments: [false, true])
    func keepsEveryEditAfterASourceReportsTheCuratedEventMorePrecisely(rememberingThePreviousBuild: Bool) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let (law, _) = try curate(folder)
        let before = try folder.build()
        try folder.write(
            "Coastal bulletin\n\nNight fishing was outlawed by the regional council on 4 May 2018.\n",
            to: "sources/bulletin.txt")
        let after = try folder.build(previous: rememberingThePreviousBuild ? before : nil)
        #expect(curationWarnings(after).isEmpty)
        #expect(after.events.count == 1)
        let edited = try #require(after.events.first)
        #expect(edited.id == law)
        #expect(edited.title == "Council bans night fishing")
        #expect(edited.date == .point(.day(2018, 5, 4)!))
        #expect(edited.sourceIDs == ["bulletin", "gazette"])
        #expect(edited.isPinned && edited.category == "laws-policy")
    }

    @Test func reportsAnEditWhoseEventIsGone() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write(gazette, to: "sources/gazette.txt")
        try folder.writeTimeline(events: "events:\n  1999-a-vanished-event:\n    title: Gone\n")
        let timeline = try folder.build()
        #expect(curationWarnings(timeline).count == 1)
        #expect(
            curationWarnings(timeline).first?.hasSuffix(
                ":5: event `1999-a-vanished-event` is not in this build; its edit was not applied") == true)
    }
}
