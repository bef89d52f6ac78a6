/// The charset an HTML page declares in its first 4 KB: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`, found the way browsers
/// pre-scan a page, on bytes, before anything is decoded. Labels come back lowercased.
enum HTMLCharset {
    static func declared(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        var index = head.startIndex
        // Every "<meta" (any case), then "charset" inside that tag.
        while let open = head[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard open + 5 <= head.endIndex,
                head[(open + 1)..<(open + 5)].map({ $0 | 0x20 }) == Array("meta".utf8)
            else { continue }
            let end = head[open...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            let tag = head[open..<end].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            if let label = value(after: Array("charset".utf8), in: tag) { return label }
            index = end
        }
        return nil
    }

    /// The value after `charset` and `=`, unquoted, up to a quote, space, `;` or `/`.
    private static func value(after name: [UInt8], in tag: [UInt8]) -> String? {
        guard var index = find(name, in: tag, from: 0) else { return nil }
        index += name.count
        while index < tag.count, tag[index] == 0x20 { index += 1 }
        guard index < tag.count, tag[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < tag.count, tag[index] == 0x20 || tag[index] == 0x22 || tag[index] == 0x27 { index += 1 }
        let start = index
        while index < tag.count, !" \"';/\t\n\r".utf8.contains(tag[index]) { index += 1 }
        guard index > start else { return nil }
        return String(decoding: tag[start..<index], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && Array(haystack[index..<(index + needle.count)]) == needle {
                return index
            }
            index += 1
        }
        return nil
    }
}
