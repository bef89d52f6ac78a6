import Chronicle
import Foundation
import Testing

@testable import chronicle

/// `chronicle extract -o FILE.yml` drafts a timeline file a writer can edit and build.
@Suite struct ExtractDraftTests {
    @Test func draftsATimelineFileWithOneCommentedStubPerEvent() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("sources"), withIntermediateDirectories: true)
        let source = root.appendingPathComponent("sources/gazette.txt")
        try """
        Fisheries gazette

        In June, the regional council passed a law that banned night fishing.

        On 4 May 2018, floods destroyed two bridges in the valley.
        """.write(to: source, atomically: true, encoding: .utf8)
        let draft = root.appendingPathComponent("timelines/draft.yml")

        let command = try ExtractCommand.parse([source.path, "--date", "2018", "-o", draft.path, "--title", "Valley"])
        try command.run()

        let text = try String(contentsOf: draft, encoding: .utf8)
        let file = try TimelineFile(contentsOf: draft.path)
        #expect(file.title == "Valley")
        #expect(file.sources.map(\.path) == ["../sources/gazette.txt"])
        #expect(file.sources.first?.date == .year(2018))
        #expect(file.edits.isEmpty && file.added.isEmpty)
        let stubs = text.split(separator: "\n").filter { $0.hasPrefix("  # 2018") && $0.hasSuffix(":") }
        #expect(stubs == ["  # 2018-05-04-floods-destroy-two-bridges:", "  # 2018-06-regional-council-passes-law:"])
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("added:") })

        // Uncommenting a stub's id and title (given a new value) is an edit the build applies.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let stub = try #require(lines.firstIndex(of: "  # 2018-06-regional-council-passes-law:"))
        #expect(lines[stub + 1].hasPrefix("  #   title: \""))
        lines[stub] = "  2018-06-regional-council-passes-law:"
        lines[stub + 1] = "    title: Council bans night fishing"
        try lines.joined(separator: "\n").write(to: draft, atomically: true, encoding: .utf8)
        let build = TimelineBuilder(file: try TimelineFile(contentsOf: draft.path)).build()
        #expect(build.failures.isEmpty && build.timeline.warnings.isEmpty)
        #expect(
            build.timeline.events.map(\.title) == [
                "Floods destroy two bridges in the valley", "Council bans night fishing",
            ])
    }
}

@Suite struct DocumentIDsTests {
    @Test func namesDocumentsByStemAndByPathWhenStemsCollide() {
        #expect(
            DocumentIDs.make(for: ["a.txt", "-", "notes/x/report.md", "notes/y/report.md", "b"]) == [
                "a.txt": "a", "-": "-", "notes/x/report.md": "notes/x/report", "notes/y/report.md": "notes/y/report",
                "b": "b",
            ])
        // Relative to the folder all the paths share.
        #expect(
            DocumentIDs.make(for: ["notes/x/report.md", "notes/y/report.md"]) == [
                "notes/x/report.md": "x/report", "notes/y/report.md": "y/report",
            ])
    }
}
