import ChronicleReader
import ChronicleText
import Foundation

/// Test inputs: the fixtures beside these tests, written for Chronicle in the manner of real
/// news sites, NGO reports, encyclopedia pages and saved pages, and the seed documents in
/// `../shared/seeds/` (third-party text, read in place, never copied).
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package root, found from this file's place in `Tests/ChronicleReaderTests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let seeds = packageRoot.appendingPathComponent("../shared/seeds").standardized

    /// Reads a fixture by file name.
    static func read(_ name: String, reader: DocumentReader = DocumentReader()) throws -> Document {
        try reader.read(path: folder.appendingPathComponent(name).path)
    }

    /// The seed files, sorted by name.
    static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The seed whose file name starts with `prefix` ("001").
    static func seed(_ prefix: String) throws -> URL {
        guard let url = try seedFiles().first(where: { $0.lastPathComponent.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return url
    }
}

extension Document {
    /// The text of every paragraph, in order.
    var paragraphTexts: [String] { paragraphs.map { text(in: $0) } }

    /// The text of every sentence, in order.
    var sentenceTexts: [String] { sentences.map { text(in: $0.range) } }

    /// The text of the paragraphs that are headings.
    var headingTexts: [String] { paragraphs.indices.filter { headings.contains($0) }.map { text(in: paragraphs[$0]) } }
}
