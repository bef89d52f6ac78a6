import ChronicleText
import Testing

@testable import ChronicleTimeline

@Suite struct TimelineFileTests {
    @Test func readsEveryKey() throws {
        let yaml = """
            title: "Floods, 2020–2024"
            subtitle: Briefing timeline
            sources:
              - path: sources/*.html
              - path: archive/report.txt
                date: 2024
                label: Annual report
                url: https://example.org/report
            extract:
              from: 2010
              min-importance: 0.3
            categories:
              floods: { name: Floods, keywords: [flood, rain] }
            events:
              2020-08-rains-destroy-homes:
                title: Rains destroy homes
                pin: true
              2021-dam-report: { drop: true }
              2022-05-relief: { merge: [2022-relief-arrives] }
            added:
              - date: 2014-02-17
                title: Commission publishes its findings
                source: https://example.org/findings
              - date: { from: 2011, to: 2015 }
                title: Drought years
            present:
              page: letter
              orientation: portrait
              max-events: 40
            """
        let file = try TimelineFile(yaml: yaml, path: "timelines/floods.yml")
        #expect(file.title == "Floods, 2020–2024")
        #expect(file.sources.map(\.path) == ["sources/*.html", "archive/report.txt"])
        #expect(file.sources[1].date == .year(2024))
        #expect(file.sources[1].label == "Annual report")
        #expect(file.extract.from == .year(2010))
        #expect(file.extract.minImportance == 0.3)
        #expect(file.categories == [Category(id: "floods", name: "Floods", keywords: ["flood", "rain"])])
        #expect(file.edits.map(\.id) == ["2020-08-rains-destroy-homes", "2021-dam-report", "2022-05-relief"])
        #expect(file.edits[0].title == "Rains destroy homes" && file.edits[0].pin)
        #expect(file.edits[1].drop)
        #expect(file.edits[2].merge == ["2022-relief-arrives"])
        #expect(file.added[0].date == .point(.day(2014, 2, 17)!))
        #expect(file.added[1].date == .interval(from: .year(2011), to: .year(2015)))
        #expect(file.presentation.page == .letter)
        #expect(file.presentation.orientation == .portrait)
        #expect(file.maxEvents == 40)
        #expect(file.folder == "timelines")
    }

    @Test func reportsUnknownKeyWithLineAndColumn() {
        let yaml = "title: X\nsources:\n  - path: a.txt\n    dat: 2020\n"
        #expect(throws: TimelineFileError.self) { try TimelineFile(yaml: yaml, path: "t.yml") }
        do {
            _ = try TimelineFile(yaml: yaml, path: "t.yml")
        } catch {
            #expect(error.description.hasPrefix("t.yml:4:5: unknown key `dat` in a source"))
        }
    }

    @Test func reportsABadDateWithItsPlace() {
        do {
            _ = try TimelineFile(yaml: "title: X\nadded:\n  - date: 2019-13-01\n    title: Y\n", path: "t.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("2019-13-01 is not a date"))
        }
    }

    @Test func reportsYAMLSyntaxErrors() {
        do {
            _ = try TimelineFile(yaml: "title: [unclosed\n", path: "t.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line > 0)
            #expect(error.description.hasPrefix("t.yml:"))
        }
    }

    @Test func requiresATitle() {
        #expect(throws: TimelineFileError(path: "t.yml", line: 1, column: 1, message: "missing `title:`")) {
            try TimelineFile(yaml: "subtitle: x\n", path: "t.yml")
        }
    }
}
