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
        #expect(
            outcome.stdout
                == #"{"doc": "-", "start": 17, "end": 29, "text": "3 March 2020", "type": "DATE", "value": "2020-03-03"}"#
                + "\n")
    }
}

@Suite struct JobsTests {
    @Test func buildWritesTheSameBytesWithOneJobOrMany() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let places = ["harbour", "mill", "bridge", "school", "market", "station", "clinic", "depot"]
        for (index, place) in places.enumerated() {
            try folder.write(
                "Notes on the \(place)\n\nOn \(index + 1) May 2019, the \(place) in the old town reopened after repairs.\n"
                    + "In 2017, the council of the old town closed the \(place) for repairs.\n",
                to: "t/notes/\(place).txt")
        }
        try folder.write("title: Town\nsources:\n  - path: notes/*.txt\n", to: "t/town.yml")
        let one = try CommandRunner.run(["build", "t/town.yml", "-o", "one", "--jobs", "1", "--quiet"], in: folder)
        let many = try CommandRunner.run(["build", "t/town.yml", "-o", "many", "--jobs", "4", "--quiet"], in: folder)
        #expect(one.status == 0 && many.status == 0, "\(one.stderr)\(many.stderr)")
        for name in ["town.txt", "town.json", "town.svg", "town.html"] {
            let a = try Data(contentsOf: folder.appendingPathComponent("one/\(name)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("many/\(name)"))
            #expect(a == b, "\(name) differs between --jobs 1 and --jobs 4")
        }
        let text = try String(contentsOf: folder.appendingPathComponent("one/town.txt"), encoding: .utf8)
        #expect(text.contains("8 sources"))
    }

    @Test func rejectsZeroJobs() throws {
        #expect(try CommandRunner.run(["build", "x.yml", "--jobs", "0"]).status == 64)
    }
}
