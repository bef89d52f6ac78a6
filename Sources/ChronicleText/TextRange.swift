/// A span of a document's text, as UTF-8 byte offsets.
///
/// `upperBound` is exclusive. Ranges stay in bytes inside Chronicle; outputs convert them to
/// Unicode-scalar offsets with ``ScalarOffsets`` (the offsets Python counts).
public struct TextRange: Hashable, Sendable, Comparable, Codable {
    /// The offset of the first byte.
    public var lowerBound: Int
    /// The offset just past the last byte.
    public var upperBound: Int

    /// Creates a range; `upperBound` must not be below `lowerBound`.
    public init(_ lowerBound: Int, _ upperBound: Int) {
        precondition(lowerBound <= upperBound, "TextRange bounds out of order")
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// The number of bytes in the range.
    public var count: Int { upperBound - lowerBound }

    /// Whether the range holds no bytes.
    public var isEmpty: Bool { lowerBound == upperBound }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: TextRange) -> Bool {
        other.lowerBound >= lowerBound && other.upperBound <= upperBound
    }

    /// Whether the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool {
        lowerBound < other.upperBound && other.lowerBound < upperBound
    }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        (a.lowerBound, a.upperBound) < (b.lowerBound, b.upperBound)
    }
}

extension String {
    /// The text a byte range covers; a range that cuts a scalar is repaired with U+FFFD.
    public subscript(bytes range: TextRange) -> String {
        let view = utf8
        let start = view.index(view.startIndex, offsetBy: range.lowerBound)
        let end = view.index(start, offsetBy: range.count)
        return String(view[start..<end]) ?? String(decoding: Array(view[start..<end]), as: UTF8.self)
    }
}
