import ChronicleText
import ChronicleTimeline
import Foundation

/// Renders a timeline as plain text: aligned dates, titles wrapped at a width, dot leaders to
/// the source numbers, headings by year, decade or century (whichever holds several events a
/// heading) when the events span more than one, and the sources as numbered footnotes.
///
/// ```
/// 2019
/// ----
/// 22 Dec 2019   Deadline for repatriating overseas workers .......... [2][3]
/// ```
///
/// Widths count terminal columns (a CJK character takes two); control characters and bidi
/// overrides from documents are dropped, so printing the text cannot drive a terminal.
public struct TextRenderer: Sendable {
    /// The line width in columns (at least 40).
    public var width: Int
    /// Whether to write ASCII only (dashes, quotes and accents replaced).
    public var ascii: Bool

    /// A renderer for `width` columns (raised to 40 when less), ASCII only when `ascii`.
    public init(width: Int = 80, ascii: Bool = false) {
        self.width = max(width, 40)
        self.ascii = ascii
    }

    /// The text, ending with a newline: title, counts, the events under their headings, the
    /// sources as numbered footnotes.
    public func render(_ timeline: Timeline) -> String {
        let numbers = Dictionary(
            timeline.sources.enumerated().map { ($0.element.id, $0.offset + 1) },
            uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        lines += wrap(clean(timeline.title).uppercased(), width: width, first: "", rest: "")
        if let subtitle = timeline.subtitle { lines += wrap(clean(subtitle), width: width, first: "", rest: "") }
        let sourceWord = timeline.sources.count == 1 ? "source" : "sources"
        let eventWord = timeline.events.count == 1 ? "event" : "events"
        lines.append("\(timeline.sources.count) \(sourceWord) \u{00B7} \(timeline.events.count) \(eventWord)")

        let dates = timeline.events.map { $0.date.formatted(.short, ascii: ascii) }
        let dateWidth = min((dates.map(TextColumns.width).max() ?? 0) + 3, width / 3)
        let periods = Periods(timeline.events).periods
        for period in periods {
            lines.append("")
            if periods.count > 1 {
                lines.append(period.heading)
                lines.append(String(repeating: "-", count: TextColumns.width(period.heading)))
            }
            for index in period.events {
                let event = timeline.events[index]
                let references = event.sourceIDs.compactMap { numbers[$0] }.map { "[\($0)]" }.joined()
                lines += eventLines(
                    date: dates[index], title: clean(event.title), references: references, dateWidth: dateWidth)
            }
        }
        if !timeline.sources.isEmpty {
            lines.append("")
            for (index, source) in timeline.sources.enumerated() {
                lines += wrap(
                    footnote(for: source), width: width, first: "[\(index + 1)] ", rest: "    ", cutsLongWords: false)
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        return ascii ? ASCIIFolding.fold(text) : text
    }

    /// Document text without controls; with `ascii`, folded first so widths count what is printed.
    private func clean(_ text: String) -> String {
        let cleaned = DocumentText.clean(text)
        return ascii ? ASCIIFolding.fold(cleaned) : cleaned
    }

    private func eventLines(date: String, title: String, references: String, dateWidth: Int) -> [String] {
        let indent = String(repeating: " ", count: dateWidth)
        let dateColumns = TextColumns.width(date)
        let datePrefix =
            dateColumns >= dateWidth ? date + " " : date + String(repeating: " ", count: dateWidth - dateColumns)
        // The title wraps short of the references, so they always end its last line: " ... [1][2]".
        let reserved = references.isEmpty ? 0 : references.count + 5
        let room = max(width - dateWidth - reserved, 12)
        var wrapped = wrap(title, width: room, first: "", rest: "")
        if wrapped.isEmpty { wrapped = [""] }
        TextRenderer.avoidLoneLastWord(&wrapped, width: room)
        var lines = wrapped.enumerated().map { ($0.offset == 0 ? datePrefix : indent) + $0.element }
        guard !references.isEmpty else { return lines }
        let last = lines.removeLast()
        let dots = String(repeating: ".", count: max(width - TextColumns.width(last) - references.count - 2, 3))
        lines.append("\(last) \(dots) \(references)")
        return lines
    }

    /// A last line of one word, alone before the dot leader, reads as an afterthought: take the
    /// word before it down too, when that leaves the line above two words or more and fits.
    static func avoidLoneLastWord(_ lines: inout [String], width: Int) {
        guard lines.count >= 2, !lines[lines.count - 1].contains(" ") else { return }
        let above = lines[lines.count - 2]
        guard let space = above.lastIndex(of: " ") else { return }
        let kept = String(above[..<space])
        let moved = String(above[above.index(after: space)...]) + " " + lines[lines.count - 1]
        guard kept.contains(" "), TextColumns.width(moved) <= width else { return }
        lines[lines.count - 2] = kept
        lines[lines.count - 1] = moved
    }

    private func footnote(for source: Source) -> String {
        var parts: [String] = []
        if let label = source.label {
            parts.append(clean(label))
            if let title = source.title, title != label { parts.append("\u{201C}\(clean(title))\u{201D}") }
        } else {
            parts.append(source.title.map { "\u{201C}\(clean($0))\u{201D}" } ?? clean(source.id))
        }
        if let date = SourceDates.full(source) { parts.append(date) }
        var text = parts.joined(separator: ", ")
        if let location = source.url ?? source.path { text += " \u{2014} \(clean(location))" }
        return text
    }

    /// Greedy word wrap by terminal columns; a word longer than the width gets a line of its
    /// own, cut unless `cutsLongWords` is false (a link must stay whole to be followed).
    func wrap(_ text: String, width: Int, first: String, rest: String, cutsLongWords: Bool = true) -> [String] {
        var lines: [String] = []
        var current = first
        var currentWidth = TextColumns.width(first)
        var currentIsEmpty = true
        for piece in text.split(separator: " ") {
            var word = Substring(piece)
            if !currentIsEmpty && currentWidth + 1 + TextColumns.width(String(word)) > width {
                lines.append(current)
                current = rest
                currentWidth = TextColumns.width(rest)
                currentIsEmpty = true
            }
            if !currentIsEmpty {
                current += " "
                currentWidth += 1
            }
            // A word wider than a whole line is cut into pieces that fit.
            while cutsLongWords && currentWidth + TextColumns.width(String(word)) > width {
                let head = TextColumns.prefix(word, columns: max(width - currentWidth, 1))
                lines.append(current + head)
                word = word.dropFirst(head.count)
                current = rest
                currentWidth = TextColumns.width(rest)
            }
            current += word
            currentWidth += TextColumns.width(String(word))
            currentIsEmpty = word.isEmpty && currentIsEmpty
        }
        if !currentIsEmpty { lines.append(current) }
        return lines
    }
}

/// Terminal columns: East Asian wide characters take two, combining marks none.
enum TextColumns {
    static func width(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            if scalar.value < 0x300 {
                total += 1
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: total += TextMeasure.isWide(scalar) ? 2 : 1
            }
        }
        return total
    }

    /// The longest prefix (whole characters) that fits in `columns`, at least one character.
    static func prefix(_ text: Substring, columns: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        while end < text.endIndex {
            let next = text.index(after: end)
            let step = width(String(text[end..<next]))
            if used + step > columns && end > text.startIndex { break }
            used += step
            end = next
        }
        return text[text.startIndex..<end]
    }
}
