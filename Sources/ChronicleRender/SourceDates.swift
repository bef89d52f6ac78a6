import ChronicleText
import ChronicleTimeline

/// A source's date as footnotes write it.
///
/// A date the writer gave, the page's metadata stated, a dateline printed or a TimeML creation
/// time recorded is the source's own date, and reads as one ("25 June 2020"). A date Chronicle
/// only inferred from the dates the text mentions is not: the full entry in a list of sources
/// says so ("undated (latest date mentioned: March 2019)"), and a short citation (a note, the
/// chart's sources line) leaves it out. Every renderer follows the same rule.
enum SourceDates {
    /// For a list of sources: the date, "undated (latest date mentioned: …)", or nil.
    static func full(_ source: Source) -> String? {
        guard let date = source.date else { return nil }
        let text = date.point.formatted(.long)
        return isStated(date) ? text : "undated (latest date mentioned: \(text))"
    }

    /// For a short citation: the date when the source states it, else nil.
    static func short(_ source: Source) -> String? {
        guard let date = source.date, isStated(date) else { return nil }
        return date.point.formatted(.long)
    }

    /// Whether the date is the source's own rather than one Chronicle inferred from its text.
    static func isStated(_ date: DocumentDate) -> Bool {
        switch date.origin {
        case .given, .metadata, .dateline, .creationTime: true
        case .inferred: false
        }
    }
}
