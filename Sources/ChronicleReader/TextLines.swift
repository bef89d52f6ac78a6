import ChronicleText

/// What a Markdown file's front matter says about it (`title:` and `date:` between `---` lines).
struct FrontMatter {
    var title: String?
    var date: DocumentDate?
}

/// The lines of a plain-text or Markdown file, cleaned (white space collapsed, invisible
/// characters removed, Markdown syntax reduced to text), and the rule that joins lines wrapped
/// inside a paragraph.
struct TextLines {
    struct Line {
        /// The visible text.
        var text: String
        /// The text before list bullets and Markdown markers were taken off.
        var original: String
        /// Leading spaces (a tab counts four).
        var indent: Int
        /// The length of the line in characters, indent included.
        var width: Int
        var isHeading = false
        var isListItem = false
        /// A table row: its cells, one per line of `text`.
        var isTableRow = false
    }

    private(set) var lines: [Line] = []
    /// The front matter of a Markdown file (taken off its lines).
    private(set) var frontMatter = FrontMatter()
    /// The width a hard-wrapped file wraps at (most of its lines end close to it), or nil.
    private(set) var wrapWidth: Int?

    init(_ raw: String, markdown: Bool) {
        var inFence = false
        var rawLines = Self.split(raw)
        if markdown, let (matter, end) = Self.frontMatter(rawLines) {
            frontMatter = matter
            rawLines.removeSubrange(0..<end)
        }
        for rawLine in rawLines {
            var line = Self.clean(rawLine)
            if markdown {
                let trimmed = line.text
                if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                    inFence.toggle()
                    lines.append(Self.blank)
                    continue
                }
                if !inFence && !markdownLine(&line) { continue }
            } else {
                Self.takeBullet(&line)
            }
            lines.append(line)
        }
        wrapWidth = Self.wrapWidth(of: lines)
    }

    static let blank = Line(text: "", original: "", indent: 0, width: 0)

    /// Reads Markdown block syntax on one line; false drops the line.
    private mutating func markdownLine(_ line: inout Line) -> Bool {
        let text = line.text
        if MarkdownText.isSetextUnderline(text), let previous = lines.indices.last, !lines[previous].text.isEmpty,
            !lines[previous].isListItem, !lines[previous].isHeading
        {
            lines[previous].isHeading = true
            line = Self.blank
            return true
        }
        if MarkdownText.isRule(text) {
            line = Self.blank
            return true
        }
        if MarkdownText.isReferenceDefinition(text) || (text.hasPrefix("<!--") && text.hasSuffix("-->")) {
            return false
        }
        if let cells = MarkdownText.tableCells(text) {
            guard !cells.isEmpty else { return false }
            line.text = cells.map { MarkdownText.inlineText($0).collapsingWhiteSpace }.filter { !$0.isEmpty }
                .joined(separator: "\n")
            line.isTableRow = true
            return true
        }
        var body = Substring(text)
        while body.hasPrefix(">") { body = body.dropFirst().drop { $0 == " " } }
        let hashes = body.prefix { $0 == "#" }.count
        if (1...6).contains(hashes), body.dropFirst(hashes).first == " " || body.count == hashes {
            let heading = body.dropFirst(hashes).trimmingCharacters(in: " ")
            line.text = MarkdownText.inlineText(heading.trimmingCharacters(in: "# ")).collapsingWhiteSpace
            line.isHeading = true
            return true
        }
        line.text = String(body)
        Self.takeBullet(&line)
        line.text = MarkdownText.inlineText(line.text).collapsingWhiteSpace
        return true
    }

    /// Takes a list bullet ("- ", "* ", "• ") off a line and marks it as a list item; numbered
    /// items ("1. ") keep their number.
    static func takeBullet(_ line: inout Line) {
        for bullet in ["- ", "* ", "+ ", "• ", "◦ ", "▪ ", "· "] where line.text.hasPrefix(bullet) {
            line.text = String(line.text.dropFirst(bullet.count))
            line.isListItem = true
            return
        }
        if startsListItem(line.text) { line.isListItem = true }
    }

    /// "1. ", "12) ", "a) ": a numbered or lettered list item.
    static func startsListItem(_ text: String) -> Bool {
        let utf8 = Array(text.utf8.prefix(6))
        var index = 0
        while index < utf8.count, (0x30...0x39).contains(utf8[index]) { index += 1 }
        if index == 0, utf8.count >= 3, (0x61...0x7A).contains(utf8[0]), utf8[1] == UInt8(ascii: ")") {
            return utf8[2] == 0x20
        }
        guard index > 0, index <= 3, index + 1 < utf8.count else { return false }
        return (utf8[index] == UInt8(ascii: ".") || utf8[index] == UInt8(ascii: ")")) && utf8[index + 1] == 0x20
    }

    // MARK: - Front matter

    /// A front matter block (`---` … `---` or `...` on the first lines) and the number of lines
    /// it takes.
    static func frontMatter(_ lines: [Substring]) -> (FrontMatter, Int)? {
        guard lines.first?.trimmingCharacters(in: " ") == "---" else { return nil }
        guard
            let end = lines.indices.dropFirst().prefix(100).first(where: {
                ["---", "..."].contains(lines[$0].trimmingCharacters(in: " "))
            })
        else { return nil }
        var result = FrontMatter()
        for line in lines[1..<end] {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let key = parts[0].trimmingCharacters(in: " ").lowercased()
            let value = parts[1].trimmingCharacters(in: " \"'")
            switch key {
            case "title":
                if !value.isEmpty { result.title = value.collapsingWhiteSpace }
            case "date", "published", "pubdate", "publishdate", "date_published", "datepublished", "created":
                if result.date == nil, let point = ExplicitDates.metadataValue(value) {
                    result.date = DocumentDate(point, origin: .metadata, evidence: "front matter \(key): \(value)")
                }
            default:
                break
            }
        }
        return (result, end + 1)
    }

    // MARK: - Joining wrapped lines

    /// Whether `next` continues the paragraph whose last line is `previous`.
    ///
    /// A line continues one that does not end a sentence when it starts in lowercase; in a
    /// hard-wrapped file, a line also continues a full one (ending near the wrap width); a line
    /// also continues one that ends with a comma, a dash or a word such as "the" or "of".
    func continues(_ previous: Line, with next: Line) -> Bool {
        if next.isListItem || next.isHeading || next.isTableRow || previous.isHeading || previous.isTableRow {
            return false
        }
        guard let last = previous.text.unicodeScalars.last, let first = next.text.unicodeScalars.first else {
            return false
        }
        let endsSentence = ".!?".unicodeScalars.contains(last)
        if first.properties.isLowercase && !endsSentence { return true }
        // "  2. Exports rose by a third, the" / "     United Nations found": an item's wrapped line.
        if previous.isListItem && next.indent > previous.indent { return true }
        if let wrapWidth {
            return previous.width >= wrapWidth - 20 && next.indent <= max(previous.indent, 0)
        }
        if ",;–—-".unicodeScalars.contains(last) { return true }
        let lastWord = previous.text.utf8.reversed().prefix { $0 != 0x20 }.prefix(12)
        return Self.continuingWords.contains(String(decoding: lastWord.reversed(), as: UTF8.self).lowercased())
    }

    /// Words a sentence does not end with.
    static let continuingWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that",
        "which", "who", "whose", "as", "than", "its", "their", "his", "her", "our", "is", "are", "was", "were",
    ]

    /// The wrap width of a hard-wrapped file: at least six lines, nine in ten at most W
    /// characters long, W at most 100, and at least 40% of the lines within 20 of W.
    static func wrapWidth(of lines: [Line]) -> Int? {
        let widths = lines.filter { !$0.text.isEmpty && !$0.isHeading }.map(\.width).sorted()
        guard widths.count >= 6 else { return nil }
        let width = widths[widths.count * 9 / 10]
        guard width <= 100, width >= 40 else { return nil }
        let full = widths.filter { $0 >= width - 20 && $0 <= width }.count
        return full * 10 >= widths.count * 4 ? width : nil
    }

    // MARK: - Splitting

    /// The lines of the raw text (`\n`, `\r\n` or `\r` ends a line), split on bytes.
    static func split(_ raw: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = raw.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            result.append(Substring(utf8[start..<index]))
            var next = utf8.index(after: index)
            if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            index = next
        }
        result.append(Substring(utf8[start..<utf8.endIndex]))
        return result
    }

    static func clean(_ raw: Substring) -> Line {
        var indent = 0
        for character in raw {
            if character == " " || character == "\u{A0}" {
                indent += 1
            } else if character == "\t" {
                indent += 4
            } else {
                break
            }
        }
        var buffer = TextBuffer()
        buffer.append(String(raw))
        let text = buffer.take()
        return Line(text: text, original: text, indent: indent, width: indent + text.unicodeScalars.count)
    }
}
