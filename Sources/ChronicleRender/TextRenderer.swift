import ChronicleText
import ChronicleTimeline
import Foundation

/// Renders a timeline as plain text: aligned dates, titles wrapped at a width, dot leaders to
/// the source numbers, and the sources as numbered footnotes.
///
/// ```
/// 22 Dec 2019   Deadline for repatriating overseas workers .......... [2][3]
/// ```
public struct TextRenderer: Sendable {
    /// The line width in characters (at least 40).
    public var width: Int
    /// Whether to write ASCII only (dashes, quotes and accents replaced).
    public var ascii: Bool

    public init(width: Int = 80, ascii: Bool = false) {
        self.width = max(width, 40)
        self.ascii = ascii
    }

    public func render(_ timeline: Timeline) -> String {
        let numbers = Dictionary(
            uniqueKeysWithValues: timeline.sources.enumerated().map { ($0.element.id, $0.offset + 1) })
        var lines: [String] = []
        lines.append(timeline.title.uppercased())
        if let subtitle = timeline.subtitle { lines.append(subtitle) }
        let sourceWord = timeline.sources.count == 1 ? "source" : "sources"
        let eventWord = timeline.events.count == 1 ? "event" : "events"
        lines.append("\(timeline.sources.count) \(sourceWord) \u{00B7} \(timeline.events.count) \(eventWord)")
        lines.append("")

        let dates = timeline.events.map { $0.date.formatted(.short, ascii: ascii) }
        let dateWidth = min((dates.map(\.count).max() ?? 0) + 3, width / 3)
        for (event, date) in zip(timeline.events, dates) {
            let references = event.sourceIDs.compactMap { numbers[$0] }.map { "[\($0)]" }.joined()
            lines += eventLines(date: date, title: event.title, references: references, dateWidth: dateWidth)
        }
        if !timeline.sources.isEmpty {
            lines.append("")
            for (index, source) in timeline.sources.enumerated() {
                lines += wrap(footnote(for: source), width: width, first: "[\(index + 1)] ", rest: "    ")
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        return ascii ? ASCIIFolding.fold(text) : text
    }

    private func eventLines(date: String, title: String, references: String, dateWidth: Int) -> [String] {
        let indent = String(repeating: " ", count: dateWidth)
        let datePrefix =
            date.count >= dateWidth ? date + " " : date.padding(toLength: dateWidth, withPad: " ", startingAt: 0)
        // The last line needs room for " .. [1][2]".
        let room = width - dateWidth
        var wrapped = wrap(title, width: room, first: "", rest: "")
        if wrapped.isEmpty { wrapped = [""] }
        var lines = wrapped.enumerated().map { ($0.offset == 0 ? datePrefix : indent) + $0.element }
        guard !references.isEmpty else { return lines }
        let last = lines.removeLast()
        let needed = last.count + 2 + 3 + references.count
        if needed <= width {
            let dots = String(repeating: ".", count: width - last.count - references.count - 2)
            lines.append("\(last) \(dots) \(references)")
        } else {
            lines.append(last)
            let dots = String(repeating: ".", count: max(width - dateWidth - references.count - 1, 3))
            lines.append("\(indent)\(dots) \(references)")
        }
        return lines
    }

    private func footnote(for source: Source) -> String {
        var parts: [String] = []
        if let label = source.label {
            parts.append(label)
            if let title = source.title, title != label { parts.append("\u{201C}\(title)\u{201D}") }
        } else {
            parts.append(source.title.map { "\u{201C}\($0)\u{201D}" } ?? source.id)
        }
        if let date = source.date { parts.append(date.point.formatted(.long)) }
        var text = parts.joined(separator: ", ")
        if let location = source.url ?? source.path { text += " \u{2014} \(location)" }
        return text
    }

    /// Greedy word wrap; a word longer than the width gets a line of its own, cut.
    func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var current = first
        var currentIsEmpty = true
        for word in text.split(separator: " ") {
            let candidate = currentIsEmpty ? current + word : current + " " + word
            if candidate.count <= width || currentIsEmpty {
                current = candidate
                currentIsEmpty = false
            } else {
                lines.append(current)
                current = rest + word
            }
        }
        if !currentIsEmpty { lines.append(current) }
        return lines
    }
}
