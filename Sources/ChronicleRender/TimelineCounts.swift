import ChronicleTimeline

/// The line of counts under a title: "58 events · 5 sources · 2014–2024".
enum TimelineCounts {
    static func text(_ timeline: Timeline) -> String {
        let events = timeline.events.count
        let sources = timeline.sources.count
        var parts = ["\(events) \(events == 1 ? "event" : "events")"]
        if sources > 0 { parts.append("\(sources) \(sources == 1 ? "source" : "sources")") }
        if let first = timeline.events.map(\.date.start).min(), let last = timeline.events.map(\.date.end).max() {
            let from = first.yearText
            let to = last.yearText
            parts.append(from == to ? from : "\(from)\u{2013}\(to)")
        }
        return parts.joined(separator: " \u{00B7} ")
    }
}
