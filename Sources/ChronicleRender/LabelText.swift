/// A label wrapped to a width: a bold lead (the date) followed by regular text (the title), on
/// at most a given number of lines, cut with "…" when it does not fit.
struct LabelText: Equatable {
    /// One drawn line: its bold part (only the first line has one) and its regular part.
    struct Line: Equatable {
        var bold: String
        var regular: String
        var width: Double
    }

    var lines: [Line]
    /// The widest line, px.
    var width: Double
    /// Whether words were left out.
    var isTruncated: Bool

    /// Wraps `lead` (bold) and `text` (regular) at `size` px into lines no wider than `maxWidth`.
    ///
    /// A last line of one word ("border") is avoided when a slightly narrower wrap on as many
    /// lines gives it company.
    static func wrap(lead: String, text: String, size: Double, maxWidth: Double, maxLines: Int) -> LabelText {
        let greedy = wrapGreedily(lead: lead, text: text, size: size, maxWidth: maxWidth, maxLines: maxLines)
        guard greedy.lines.count >= 2, !greedy.isTruncated, greedy.hasLoneLastWord else { return greedy }
        for step in 1...8 {
            let narrower = wrapGreedily(
                lead: lead, text: text, size: size, maxWidth: maxWidth * (1 - 0.04 * Double(step)),
                maxLines: maxLines)
            if narrower.isTruncated || narrower.lines.count != greedy.lines.count { break }
            if !narrower.hasLoneLastWord { return narrower }
        }
        return greedy
    }

    /// Whether the last of several lines holds a single word.
    var hasLoneLastWord: Bool {
        guard lines.count >= 2, let last = lines.last else { return false }
        return (last.bold + last.regular).split(separator: " ").count == 1
    }

    private static func wrapGreedily(
        lead: String, text: String, size: Double, maxWidth: Double, maxLines: Int
    ) -> LabelText {
        var words: [(word: Substring, bold: Bool)] = []
        for word in lead.split(separator: " ") { words.append((word, true)) }
        for word in text.split(separator: " ") { words.append((word, false)) }
        let space = TextMeasure.width(" ", size: size)
        let boldSpace = TextMeasure.width(" ", size: size, bold: true)
        var lines: [Line] = []
        var current = Line(bold: "", regular: "", width: 0)
        var truncated = false
        var index = 0
        while index < words.count {
            let (word, bold) = words[index]
            let wordWidth = TextMeasure.width(String(word), size: size, bold: bold)
            let isEmpty = current.bold.isEmpty && current.regular.isEmpty
            // The space takes the weight of the run it joins: bold between bold words.
            let gap = bold && current.regular.isEmpty ? boldSpace : space
            let needed = isEmpty ? wordWidth : current.width + gap + wordWidth
            if needed <= maxWidth {
                append(word, bold: bold, to: &current, width: needed)
                index += 1
                continue
            }
            if isEmpty {
                // A word wider than the whole line: cut it where it stops fitting.
                let (head, tail) = split(word, bold: bold, size: size, width: maxWidth)
                append(head, bold: bold, to: &current, width: TextMeasure.width(String(head), size: size, bold: bold))
                if tail.isEmpty {
                    index += 1
                } else {
                    words[index].word = tail
                }
            }
            if lines.count + 1 == maxLines {
                truncated = true
                break
            }
            lines.append(current)
            current = Line(bold: "", regular: "", width: 0)
        }
        if truncated { ellipsize(&current, size: size, maxWidth: maxWidth) }
        if !(current.bold.isEmpty && current.regular.isEmpty) || lines.isEmpty { lines.append(current) }
        return LabelText(lines: lines, width: lines.map(\.width).max() ?? 0, isTruncated: truncated)
    }

    private static func append(_ word: Substring, bold: Bool, to line: inout Line, width: Double) {
        if bold {
            if !line.bold.isEmpty { line.bold += " " }
            line.bold += word
        } else {
            if !line.regular.isEmpty || !line.bold.isEmpty { line.regular += " " }
            line.regular += word
        }
        line.width = width
    }

    /// Splits a word at the last character that still fits in `width`.
    private static func split(_ word: Substring, bold: Bool, size: Double, width: Double) -> (Substring, Substring) {
        var end = word.startIndex
        var used = 0.0
        while end < word.endIndex {
            let next = word.index(after: end)
            let step = TextMeasure.width(String(word[end..<next]), size: size, bold: bold)
            if used + step > width && end > word.startIndex { break }
            used += step
            end = next
        }
        return (word[word.startIndex..<end], word[end...])
    }

    /// Ends the line with "…", dropping words (or, for one long word, characters) until it fits.
    private static func ellipsize(_ line: inout Line, size: Double, maxWidth: Double) {
        let ellipsis = "\u{2026}"
        func measure(_ bold: String, _ regular: String) -> Double {
            TextMeasure.width(bold, size: size, bold: true) + TextMeasure.width(regular + ellipsis, size: size)
        }
        while measure(line.bold, line.regular) > maxWidth {
            if let space = line.regular.lastIndex(of: " "), space > line.regular.startIndex || !line.bold.isEmpty {
                line.regular = String(line.regular[..<space])
            } else if !line.regular.isEmpty {
                line.regular.removeLast()
            } else if !line.bold.isEmpty {
                line.bold.removeLast()
            } else {
                break
            }
        }
        line.regular += ellipsis
        line.width = TextMeasure.width(line.bold, size: size, bold: true) + TextMeasure.width(line.regular, size: size)
    }
}
