import ChronicleReader
import ChronicleText
import Foundation

@testable import ChronicleTagger

/// The development corpus in `../shared/corpus/tbaq`, read once per test process.
enum TBAQ {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = packageRoot.appendingPathComponent("../shared/corpus/tbaq").standardizedFileURL
    static let scorer = packageRoot.appendingPathComponent("../shared/eval/score.py").standardizedFileURL

    /// The TimeML files of one part (`TimeBank`, `AQUAINT`) or of both, sorted.
    static func files(_ part: String? = nil) throws -> [URL] {
        let parts = part.map { [$0] } ?? ["AQUAINT", "TimeBank"]
        return try parts.flatMap { part -> [URL] in
            let dir = folder.appendingPathComponent("tml/\(part)")
            return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tml") }
                .sorted()
                .map { dir.appendingPathComponent($0) }
        }
    }

    /// The gold documents of a part, read by Chronicle's TimeML gold reader.
    static func gold(_ part: String? = nil) throws -> [GoldDocument] {
        try files(part).map { url in
            try GoldDocument(timeML: [UInt8](Data(contentsOf: url)), id: url.deletingPathExtension().lastPathComponent)
        }
    }
}
