/// Why a document could not be read. Each prints as one line that names the file.
public enum ReadError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The bytes are not text: a NUL byte at `offset`.
    case binary(path: String, offset: Int)
    /// The bytes are not text: control bytes make up much of the start, the first at `offset`.
    case controlBytes(path: String, offset: Int)
    /// A TimeML file that is not well-formed or lacks its `<TEXT>`.
    case malformed(path: String, line: Int?, reason: String)

    /// The message, one line, starting with the file's path.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .binary(let path, let offset): "\(path): looks like a binary file (NUL byte at offset \(offset))"
        case .controlBytes(let path, let offset):
            "\(path): looks like a binary file (control bytes from offset \(offset))"
        case .malformed(let path, let line, let reason): "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
        }
    }
}
