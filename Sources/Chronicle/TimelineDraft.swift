import ChronicleText
import ChronicleTimeline
import Foundation

/// A timeline file drafted from documents (`chronicle extract -o FILE.yml`): the documents as
/// sources, the extraction options, and one commented stub per extracted event under `events:`,
/// ready for the writer to uncomment and edit. Events are never written as `added:` entries:
/// the build extracts them again from the sources.
public struct TimelineDraft: Sendable {
    public var title: String
    /// The documents read, with the path each was read from.
    public var documents: [(path: String, document: Document)]
    /// The `--date` given for every document, written as each source's `date:`.
    public var givenDate: String?
    /// The `--kind` given, written under `extract:`.
    public var kind: Document.Kind?
    /// The folder the draft is written to; source paths are made relative to it.
    public var folder: String

    public init(
        title: String, documents: [(path: String, document: Document)], givenDate: String? = nil,
        kind: Document.Kind? = nil, relativeTo folder: String = "."
    ) {
        self.title = title
        self.documents = documents
        self.givenDate = givenDate
        self.kind = kind
        self.folder = folder
    }

    /// The draft's YAML for the events of a timeline built from the documents.
    public func yaml(for timeline: Timeline) -> String {
        var lines: [String] = []
        lines.append(
            "# Drafted by `chronicle extract` from \(documents.count) \(documents.count == 1 ? "document" : "documents"): "
                + "\(timeline.events.count) \(timeline.events.count == 1 ? "event" : "events").")
        lines.append(
            "# Edit it, then build it with `chronicle build FILE.yml`; docs/timeline-file.md explains every key.")
        lines.append("title: \(Self.quoted(title))")
        lines.append("sources:")
        for (path, _) in documents {
            lines.append("  - path: \(Self.quoted(Self.relative(path, to: folder)))")
            if let givenDate { lines.append("    date: \(givenDate)") }
        }
        lines.append("extract:")
        lines.append("  min-importance: 0")
        if let kind { lines.append("  kind: \(kind.rawValue)") }
        lines.append("events:")
        lines.append("  # One stub per event. Uncomment an event's id and the lines you want: drop it, give it")
        lines.append("  # another title, summary, date (2014, 2020-08, 2019-12-22, 2011/2015), category or")
        lines.append("  # importance (0-1), pin it, or merge other events into it (merge: [id, id]).")
        for event in timeline.events {
            let sources = event.sourceIDs.joined(separator: ", ")
            let category = timeline.category(event.category)?.name ?? event.category
            lines.append("  #")
            lines.append(
                "  # \(event.date.formatted(.long)) \u{00B7} \(category) \u{00B7} importance "
                    + String(format: "%.2f", event.importance) + " \u{00B7} \(sources)")
            if let quote = event.citations.first?.quote {
                lines.append("  #   \u{201C}\(Self.oneLine(quote, limit: 100))\u{201D}")
            }
            lines.append("  # \(event.id):")
            lines.append("  #   title: \(Self.quoted(event.title))")
            lines.append("  #   date: \(event.date.written)")
            lines.append("  #   category: \(event.category)")
            lines.append("  #   drop: true")
            lines.append("  #   pin: true")
        }
        lines.append("# Events the sources miss can be written by hand under `added:`:")
        lines.append("# added:")
        lines.append("#   - date: 2014-02-17")
        lines.append("#     title: \"What happened, as a headline\"")
        lines.append("#     source: https://example.org/where-it-is-told")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String { QuotedString.json(text) }

    /// One line, cut at a word before `limit` characters.
    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " \u{2026}"
    }

    /// `path` relative to `folder` (both relative to the working directory, or absolute).
    static func relative(_ path: String, to folder: String) -> String {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        var common = 0
        while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        let rest = Array(target[common...])
        return (up + rest).joined(separator: "/")
    }
}
