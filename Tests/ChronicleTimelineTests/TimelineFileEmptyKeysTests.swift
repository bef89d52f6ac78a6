import Testing

@testable import ChronicleTimeline

@Suite struct TimelineFileEmptyKeysTests {
    @Test func readsAKeyWhoseEntriesAreAllCommentedOutAsEmpty() throws {
        let yaml = """
            title: Draft
            sources:
              - path: a.txt
            events:
              # 2018-council-bans-fishing:
              #   title: "Council bans night fishing"
            added:
            """
        let file = try TimelineFile(yaml: yaml, path: "draft.yml")
        #expect(file.edits.isEmpty)
        #expect(file.added.isEmpty)
        #expect(file.sources.map(\.path) == ["a.txt"])
    }

    @Test func stillRejectsAValueOfTheWrongShape() {
        #expect(throws: TimelineFileError.self) { try TimelineFile(yaml: "title: X\nevents: 12\n", path: "t.yml") }
    }
}
