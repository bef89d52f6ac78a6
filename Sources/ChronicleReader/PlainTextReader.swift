import ChronicleText

/// Reads plain text and Markdown: paragraphs are separated by blank lines or start on a line of
/// their own; a line wrapped inside a paragraph is joined back into it.
struct PlainTextReader {
    var markdown: Bool

    func read(_ raw: String, id: String) -> Document {
        let lines = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { cleanLine(String($0)) }
        var blocks: [Block] = []
        var current: [String] = []
        func flush() {
            guard !current.isEmpty else { return }
            blocks.append(Block(text: current.joined(separator: " ")))
            current = []
        }
        for line in lines {
            if line.text.isEmpty {
                flush()
                continue
            }
            if line.isHeading {
                flush()
                blocks.append(Block(text: line.text, isHeading: true))
                continue
            }
            if let previous = current.last, !Self.continues(previous, with: line.text, indented: line.isIndented) {
                flush()
            }
            current.append(line.text)
        }
        flush()
        markHeadings(&blocks)
        let title = blocks.first.map(\.text).flatMap { $0.count <= 160 ? $0 : nil }
        return Document.assemble(id: id, title: title, blocks: blocks)
    }

    private struct Line {
        var text: String
        var isHeading = false
        var isIndented = false
    }

    private func cleanLine(_ line: String) -> Line {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        var result = Line(text: trimmed, isIndented: line.first == " " || line.first == "\t")
        if markdown, trimmed.hasPrefix("#") {
            result.text = String(trimmed.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
            result.isHeading = true
        } else if markdown {
            result.text = Self.stripInlineMarkdown(trimmed)
        }
        return result
    }

    /// Whether `next` continues the paragraph that `previous` ends: the previous line stops
    /// mid-sentence and the next one starts in lowercase or the previous is a long, wrapped line.
    static func continues(_ previous: String, with next: String, indented: Bool) -> Bool {
        guard let last = previous.last, let first = next.first else { return false }
        if ".!?:;\"\u{201D}\u{2019})".contains(last) { return false }
        if first.isLowercase { return true }
        if Self.startsListItem(next) { return false }
        return previous.count >= 60
    }

    static func startsListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("\u{2022}") { return true }
        let digits = line.prefix { $0.isNumber }
        return !digits.isEmpty && digits.count <= 3 && line.dropFirst(digits.count).hasPrefix(". ")
    }

    /// A short block with no closing punctuation, followed by a block, reads as a heading.
    private func markHeadings(_ blocks: inout [Block]) {
        for index in blocks.indices.dropLast() where !blocks[index].isHeading {
            let text = blocks[index].text
            if text.count <= 100, let last = text.last, !".!?:;,\"\u{201D}".contains(last),
                !Self.startsListItem(text)
            {
                blocks[index].isHeading = true
            }
        }
    }

    private static func stripInlineMarkdown(_ line: String) -> String {
        var text = line
        for marker in ["**", "__"] { text = text.replacingOccurrences(of: marker, with: "") }
        // [label](url) keeps the label.
        while let open = text.range(of: "]("), let close = text[open.upperBound...].firstIndex(of: ")"),
            let start = text[..<open.lowerBound].lastIndex(of: "[")
        {
            let label = text[text.index(after: start)..<open.lowerBound]
            text.replaceSubrange(start...close, with: label)
        }
        return text
    }
}
