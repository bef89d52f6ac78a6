import Foundation
import Testing

/// The bundled example's committed `output/` is its golden set: it must match a fresh build.
@Suite struct ExampleTimelineTests {
    @Test func committedOutputMatchesAFreshBuild() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["build", "timelines/north-korea.yml", "-o", folder.path, "--quiet"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let committed = CommandRunner.packageRoot.appendingPathComponent("output")
        let built = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!built.isEmpty)
        let expected = try FileManager.default.contentsOfDirectory(atPath: committed.path)
            .filter { $0.hasPrefix("north-korea.") }.sorted()
        #expect(built == expected, "output/ holds other files than a build writes; rebuild with `swift run chronicle`")
        for name in built {
            let fresh = try Data(contentsOf: folder.appendingPathComponent(name))
            let golden = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(fresh == golden, "output/\(name) is stale: run `swift run chronicle` and review the diff")
        }
    }

    @Test func outputsNameNoAbsolutePath() throws {
        let committed = CommandRunner.packageRoot.appendingPathComponent("output")
        for name in try FileManager.default.contentsOfDirectory(atPath: committed.path) {
            let text = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains(CommandRunner.packageRoot.path), "output/\(name) names an absolute path")
            #expect(!text.contains("/work/") && !text.contains("/home/") && !text.contains("/tmp/"))
        }
    }

    @Test func buildsTheSameBytesTwice() throws {
        let first = try CommandRunner.run(["render", "timelines/north-korea.yml", "--format", "json"])
        let second = try CommandRunner.run(["render", "timelines/north-korea.yml", "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("\"schemaVersion\""))
    }
}
