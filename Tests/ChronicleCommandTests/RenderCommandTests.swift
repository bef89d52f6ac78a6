import Foundation
import Testing

/// `render` and `build` with the chart flags: --format svg|html, --page, --orientation,
/// --svg-width, --large-print.
@Suite struct RenderCommandTests {
    /// A timeline JSON with two events, written to a fresh folder.
    func timelineFolder() throws -> URL {
        let folder = try CommandRunner.temporaryFolder()
        try folder.write("On 3 May 2019, the fair opened in the old market hall.\n", to: "timelines/fair/notes.txt")
        try folder.write("title: Fair\nsources:\n  - path: fair/notes.txt\n", to: "timelines/fair.yml")
        return folder
    }

    @Test func rendersSVGSizedByPageAndOrientation() throws {
        let folder = try timelineFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(
            ["render", "timelines/fair.yml", "--format", "svg", "--page", "letter", "--orientation", "portrait"],
            in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(outcome.stdout.contains(#"width="8.5in" height="11in" viewBox="0 0 816 1056""#))
    }

    @Test func fitsTheSVGToAWidthAndChoosesTheFormatFromTheFileName() throws {
        let folder = try timelineFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(
            ["render", "timelines/fair.yml", "--page", "fit", "--svg-width", "640", "-o", "fair.svg"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("fair.svg"), encoding: .utf8)
        #expect(svg.contains(#"<svg xmlns="http://www.w3.org/2000/svg""#))
        #expect(svg.contains(#"width="640""#) && svg.contains(#"viewBox="0 0 640 "#))
    }

    @Test func rendersTheHTMLPageInLargePrint() throws {
        let folder = try timelineFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(
            ["render", "timelines/fair.yml", "--format", "html", "--large-print"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(outcome.stdout.contains(#"<input type="checkbox" id="large-print" checked>"#))
        #expect(outcome.stdout.contains(#"<time datetime="2019-05-03">3 May 2019</time>"#))
    }

    @Test func buildWritesTheChartAndThePage() throws {
        let folder = try timelineFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["build", "--quiet", "--orientation", "portrait"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("output").path)
        #expect(Set(written) == ["fair.txt", "fair.json", "fair.svg", "fair.html"])
        let svg = try String(contentsOf: folder.appendingPathComponent("output/fair.svg"), encoding: .utf8)
        #expect(svg.contains(#"width="210mm" height="297mm""#))
    }

    @Test func rejectsBadChartFlagsAsUsageErrors() throws {
        let folder = try timelineFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [
            ["render", "timelines/fair.yml", "--page", "a3"], ["render", "timelines/fair.yml", "--svg-width", "10"],
            ["build", "--orientation", "sideways"], ["render", "timelines/fair.yml", "--format", "pdf"],
        ] {
            let outcome = try CommandRunner.run(arguments, in: folder)
            #expect(outcome.status == 64, "\(arguments): \(outcome.stderr)")
        }
    }

    @Test func warnsWhenTheChartCannotLabelEveryEvent() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 300 events in one week: an A4 page cannot label or key them all.
        let events = (0..<300).map { index in
            let day = "2021-03-0\(1 + index % 7)"
            let date =
                #"{"value": "\#(day)", "start": "\#(day)", "end": "\#(day)", "precision": "day", "approximate": false, "text": ""}"#
            return #"{"id": "e\#(index)", "date": \#(date), "title": "Council votes on the harbor budget again"}"#
        }
        let json = #"{"schemaVersion": 1, "title": "Votes", "events": [\#(events.joined(separator: ", "))]}"#
        try folder.write(json, to: "votes.json")
        let outcome = try CommandRunner.run(["render", "votes.json", "--format", "svg"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("more events are shown only as a mark here"))
        #expect(outcome.stderr.hasPrefix("chronicle: warning: votes.json: "))
        #expect(outcome.stderr.contains("events are drawn without a label or number"))
        let text = try CommandRunner.run(["render", "votes.json", "--format", "txt"], in: folder)
        #expect(text.stderr.isEmpty)
    }
}
