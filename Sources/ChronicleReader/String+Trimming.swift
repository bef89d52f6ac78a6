extension StringProtocol {
    /// The text without the given characters at either end; only the ends are looked at.
    func trimmingCharacters(in set: String) -> String {
        let scalars = unicodeScalars
        let members = set.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, members.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard members.contains(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }
}

/// Byte-level helpers for the phrase tables: ASCII lowercasing and searching without
/// Foundation, which is slow at both.
enum Bytes {
    /// The UTF-8 bytes with ASCII capitals lowered (other bytes as they are).
    static func lowercased<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }

    /// The first index at or after `start` where `needle` occurs in `haystack`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The last index where `needle` occurs in `haystack`.
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index -= 1
        }
        return nil
    }

    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && bytes[..<prefix.count].elementsEqual(prefix)
    }
}
