import Foundation
import Testing

@Suite struct OutputFileTests {
    @Test func buildWritesEveryFormatAndLeavesNoTemporaryFiles() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write("On 3 May 2019, the fair opened in the old market hall.\n", to: "timelines/fair/notes.txt")
        try folder.write("title: Fair\nsources:\n  - path: fair/notes.txt\n", to: "timelines/fair.yml")
        let outcome = try CommandRunner.run(["--quiet"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("output").path)
        #expect(written.contains("fair.txt") && written.contains("fair.json"))
        #expect(!written.contains { $0.hasPrefix(".") || $0.hasSuffix(".tmp") })
    }

    @Test func failedWriteKeepsThePreviousFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write("On 3 May 2019, the fair opened.\n", to: "notes.txt")
        try folder.write("title: Fair\nsources:\n  - notes.txt\n", to: "fair.yml")
        // The destination is a folder that cannot be replaced by a file: the write fails.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out/fair.json/keep"), withIntermediateDirectories: true)
        let outcome = try CommandRunner.run(["build", "fair.yml", "-o", "out"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("out/fair.json: cannot write"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/fair.json/keep").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/fair.txt").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func tagWritesScorerLinesWithScalarOffsets() throws {
        let outcome = try CommandRunner.run(["tag", "-"], input: Data("Caf\u{E9} r\u{E9}opened on 3 March 2020.".utf8))
        #expect(outcome.stdout == #"{"doc": "-", "start": 17, "end": 29, "text": "3 March 2020", "type": "DATE", "value": "2020-03-03"}"# + "\n")
    }
}
