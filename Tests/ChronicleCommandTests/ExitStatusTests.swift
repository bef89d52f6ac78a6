import Foundation
import Testing

/// Exit codes mean something: 0 all good, 1 some input failed (the rest still done), 64 bad usage.
@Suite struct ExitStatusTests {
    @Test func missingSourceFailsTheRunButTheOthersAreStillBuilt() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write("In March 2021, the bridge over the river reopened to traffic.\n", to: "t/notes/bridge.txt")
        try folder.write(
            "title: Bridges\nsources:\n  - path: notes/bridge.txt\n  - path: notes/missing.txt\n", to: "t/bridges.yml")
        let outcome = try CommandRunner.run(["build", "t/bridges.yml", "-o", "out"], in: folder)
        #expect(outcome.status == 1)
        let errors = outcome.stderr.split(separator: "\n").filter { $0.hasPrefix("chronicle: error:") }
        #expect(errors == ["chronicle: error: t/bridges.yml:4: source `notes/missing.txt` matches no file"])
        let text = try String(contentsOf: folder.appendingPathComponent("out/bridges.txt"), encoding: .utf8)
        #expect(text.contains("Mar 2021"))
    }

    @Test func binaryInputIsReportedByNameAndOthersAreStillTagged() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: folder.appendingPathComponent("archive.txt"))
        try folder.write("The fair opened on 3 May 2019.\n", to: "fair.txt")
        let outcome = try CommandRunner.run(["tag", "archive.txt", "fair.txt"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.contains("chronicle: error: archive.txt: looks like a binary file (NUL byte at offset 4)"))
        #expect(outcome.stdout.contains("\"value\": \"2019-05-03\""))
    }

    @Test func badTimelineFileNamesLineAndColumn() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write("title: X\npresent:\n  page: a3\n", to: "bad.yml")
        let outcome = try CommandRunner.run(["build", "bad.yml", "-o", "out"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.hasPrefix("chronicle: error: bad.yml:3:9: `present.page` must be one of: a4, letter, fit"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func badUsageExits64() throws {
        #expect(try CommandRunner.run(["tag", "--date", "March 2020", "x.txt"]).status == 64)
        #expect(try CommandRunner.run(["render", "x.json", "--width", "10"]).status == 64)
        #expect(try CommandRunner.run(["no-such-command"]).status == 64)
    }

    @Test func successExitsZero() throws {
        let outcome = try CommandRunner.run(["tag", "-"], input: Data("Signed on 3 March 2020.".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
    }
}
