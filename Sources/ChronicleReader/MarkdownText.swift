/// Markdown reduced to the text a reader sees: emphasis, code spans, links (their labels
/// stay), images, inline tags and escapes, in one pass over the bytes of a line.
enum MarkdownText {
    /// The visible text of one line of Markdown.
    static func inlineText(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var closers = Closers(bytes: bytes)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\") where index + 1 < bytes.count && isPunctuation(bytes[index + 1]):
                output.append(bytes[index + 1])
                index += 2
            case UInt8(ascii: "!") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "["):
                // An image: its alt text is not part of the article's text.
                if let end = closers.linkEnd(labelStart: index + 1) {
                    index = end.end
                } else {
                    output.append(byte)
                    index += 1
                }
            case UInt8(ascii: "["):
                if let end = closers.linkEnd(labelStart: index) {
                    output.append(
                        contentsOf: inlineText(String(decoding: bytes[(index + 1)..<end.labelEnd], as: UTF8.self)).utf8)
                    index = end.end
                } else {
                    output.append(byte)
                    index += 1
                }
            case UInt8(ascii: "`"):
                index += 1
            case UInt8(ascii: "<"):
                // Inline HTML tags and autolinks: tags vanish, an autolink keeps its address.
                if let close = closers.next(UInt8(ascii: ">"), from: index + 1), close - index < 200, close > index + 1
                {
                    let inside = bytes[(index + 1)..<close]
                    let first = inside.first!
                    if isLetter(first) || first == UInt8(ascii: "/") || first == UInt8(ascii: "!") {
                        if inside.contains(UInt8(ascii: ":")) && !inside.contains(0x20) {
                            output.append(contentsOf: inside)
                        }
                        index = close + 1
                        continue
                    }
                }
                output.append(byte)
                index += 1
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                // Emphasis markers: a run of * or _ with white space (or the line's edge) on
                // exactly one side; "snake_case", "2*3" and "a * b" keep theirs.
                var end = index
                while end < bytes.count, bytes[end] == byte { end += 1 }
                let spaceBefore = index == 0 || bytes[index - 1] == 0x20
                let spaceAfter = end == bytes.count || bytes[end] == 0x20
                if spaceBefore != spaceAfter {
                    index = end
                } else {
                    output.append(contentsOf: bytes[index..<end])
                    index = end
                }
            default:
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Finds the next `]`, `)` and `>` of a line. Queries move forward through the line, so
    /// each byte is scanned once per kind however many brackets the line opens: a 10 MB line
    /// of `[[[[` stays linear.
    struct Closers {
        let bytes: [UInt8]
        private var found: [UInt8: Int] = [:]

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func next(_ byte: UInt8, from start: Int) -> Int? {
            if let known = found[byte], known >= start {
                return known < bytes.count ? known : nil
            }
            var index = start
            while index < bytes.count, bytes[index] != byte { index += 1 }
            found[byte] = index
            return index < bytes.count ? index : nil
        }

        /// For `[label](target)` or `[label][ref]` starting at `labelStart`: where the label
        /// ends and where the whole link ends. Labels hold no `]`.
        mutating func linkEnd(labelStart: Int) -> (labelEnd: Int, end: Int)? {
            guard let labelEnd = next(UInt8(ascii: "]"), from: labelStart + 1), labelEnd - labelStart < 2000,
                labelEnd + 1 < bytes.count
            else { return nil }
            let close: UInt8
            switch bytes[labelEnd + 1] {
            case UInt8(ascii: "("): close = UInt8(ascii: ")")
            case UInt8(ascii: "["): close = UInt8(ascii: "]")
            default: return nil
            }
            guard let end = next(close, from: labelEnd + 2), end - labelEnd < 2000 else { return nil }
            return (labelEnd, end + 1)
        }
    }

    /// A reference definition (`[1]: https://…`), which is never visible text.
    static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    /// A thematic break: three or more `-`, `*` or `_` and nothing else.
    static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// A setext underline (`===` or `---`) under a heading.
    static func isSetextUnderline(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: " ")
        guard trimmed.count >= 2, let first = trimmed.first, first == "=" || first == "-" else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    /// A table row's cells (`| a | b |`), or nil for a line that is not one; a delimiter row
    /// (`|---|:--:|`) gives no cells.
    static func tableCells(_ line: String) -> [String]? {
        guard line.hasPrefix("|") else { return nil }
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: " ")
        }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { return [] }
        return cells
    }

    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

}
