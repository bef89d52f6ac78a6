import ChronicleText

/// Dates in the HTML list: `<time datetime>` wherever HTML has a value for the date, the text
/// as people write it.
///
/// HTML's date values cover years from 1 CE (four digits or more), months, days, ISO weeks and
/// times. A quarter, season or half-year gets the year that contains it; a decade, a century or
/// a year before the common era has no HTML value and is written as plain text.
enum HTMLDates {
    static func write(_ date: EventDate, into w: inout MarkupWriter) {
        switch date {
        case .point(let point):
            write(point, text: capitalized(date.formatted(.long)), into: &w)
        case .interval(let from, let to):
            write(from, text: capitalized(from.formatted(.long)), into: &w)
            // "2011–2017" as in the text and the chart; spaced between dates of several words.
            w.trusted(from.precision <= .year && to.precision <= .year ? "\u{2013}" : " \u{2013} ")
            write(to, text: to.formatted(.long), into: &w)
        }
    }

    static func write(_ point: TimePoint, text: String, into w: inout MarkupWriter) {
        if let value = value(of: point) {
            w.trusted("<time datetime=\"\(value)\">")
            w.text(text)
            w.trusted("</time>")
        } else {
            w.trusted("<span class=\"date\">")
            w.text(text)
            w.trusted("</span>")
        }
    }

    /// "First quarter of 2020", "Week of 3 March 2020": the date opens its line. "c. 2019" keeps
    /// its lower-case abbreviation.
    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase, !text.hasPrefix("c. ") else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The HTML date value (a valid `datetime`), or nil where HTML has none.
    static func value(of point: TimePoint) -> String? {
        guard point.year >= 1 else { return nil }
        let year =
            point.year < 1000
            ? String(repeating: "0", count: 4 - String(point.year).count) + String(point.year) : String(point.year)
        switch point.precision {
        case .century, .decade: return nil
        case .year, .halfYear, .season, .quarter: return year
        case .month, .week, .day, .time: return point.timex
        }
    }
}
