import ArgumentParser
import Chronicle
import Foundation

/// `--date` and `--kind`, shared by the commands that read documents.
struct DocumentOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The document date for inputs that state none: YYYY, YYYY-MM or YYYY-MM-DD.",
            discussion: "A year or month is the period a report covers: with 2024, \"in April\" is April 2024.",
            valueName: "date"))
    var date: String?

    @Option(
        help:
            "How relative dates resolve: news (against the document date) or narrative (against the last date mentioned)."
    )
    var kind: Document.Kind?

    func validate() throws {
        _ = try documentDate()
    }

    /// The parsed `--date`.
    func documentDate() throws -> DocumentDate? {
        guard let date else { return nil }
        guard let point = TimePoint(timex: date), [.year, .month, .day].contains(point.precision) else {
            throw ValidationError("--date must be YYYY, YYYY-MM or YYYY-MM-DD, not \(date)")
        }
        return DocumentDate(point, origin: .given, evidence: "--date \(date)")
    }

    var reader: DocumentReader {
        DocumentReader(date: try? documentDate(), kind: kind)
    }
}

extension Document.Kind: ExpressibleByArgument {}

/// Turns the INPUT… arguments into documents: files, folders (recursively) and `-` for stdin.
struct Inputs {
    var paths: [String]

    /// The files named, folders expanded, in argument order; missing paths are reported.
    func files() -> (files: [String], failures: [String]) {
        var files: [String] = []
        var failures: [String] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append("\(path): no such file or folder")
                continue
            }
            if isDirectory.boolValue {
                let found = SourceFiles.expand(path, relativeTo: ".")
                if found.isEmpty { failures.append("\(path): no readable documents in this folder") }
                files += found
            } else {
                files.append(path)
            }
        }
        return (files, failures)
    }

    /// Reads one input; `-` reads standard input.
    static func read(_ path: String, with reader: DocumentReader) throws(ReadError) -> Document {
        guard path == "-" else { return try reader.read(path: path) }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return try reader.read(bytes: [UInt8](data), id: "-", path: nil)
    }
}

/// `--jobs`, shared by the commands that read many documents.
struct JobsOption: ParsableArguments {
    @Option(
        help: "How many documents to read and tag at once (default: the number of cores). Output does not depend on it."
    )
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The number of threads to use.
    var count: Int { jobs ?? Parallel.defaultJobs }
}
