import Foundation
import Testing

/// Golden files beside the tests, in `Golden/`. `CHRONICLE_RECORD_GOLDEN=1 swift test` writes
/// them afresh and fails the run, so no recording is accepted without a look.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CHRONICLE_RECORD_GOLDEN"] == "1" {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record(
                    "recorded Golden/\(name): look at it, then run again without CHRONICLE_RECORD_GOLDEN",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write Golden/\(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path),
            let expected = String(data: data, encoding: .utf8)
        else {
            Issue.record(
                "missing Golden/\(name): record it with CHRONICLE_RECORD_GOLDEN=1 swift test",
                sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
        let was = line < old.count ? String(old[line].prefix(160)) : "(end of file)"
        let now = line < new.count ? String(new[line].prefix(160)) : "(end of file)"
        Issue.record(
            "Golden/\(name) differs at line \(line + 1):\n  golden: \(was)\n  actual: \(now)",
            sourceLocation: sourceLocation)
    }
}
