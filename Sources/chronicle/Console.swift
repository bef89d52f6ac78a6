import ArgumentParser
import Chronicle
import Foundation

/// Everything the command prints goes through here, so messages look the same everywhere.
enum Console {
    /// Prints one error line to stderr: `chronicle: error: sources/report.html: …`.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("chronicle: error: \(message)\n".utf8))
    }

    /// Prints one warning line to stderr.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("chronicle: warning: \(message)\n".utf8))
    }

    /// Prints a note to stderr (progress, what was written), unless quiet.
    static func note(_ message: String, quiet: Bool = false) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Writes bytes to stdout.
    static func output(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes to a file atomically, or to stdout for `-`.
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            output(data)
        } else {
            try AtomicFile.write(data, to: path)
        }
    }
}

/// The exit status for "some input failed".
extension ExitCode {
    static let someInputFailed = ExitCode(1)
}
