/// When an event happened: one date, or an interval between two.
///
/// Intervals are closed: "from 2011 to 2015" is `.interval(2011, 2015)` and covers both years.
public enum EventDate: Hashable, Sendable {
    case point(TimePoint)
    case interval(from: TimePoint, to: TimePoint)

    /// The date that starts the event.
    public var start: TimePoint {
        switch self {
        case .point(let point): point
        case .interval(let from, _): from
        }
    }

    /// The date that ends the event (the same as `start` for a point).
    public var end: TimePoint {
        switch self {
        case .point(let point): point
        case .interval(_, let to): to
        }
    }

    /// The finest precision of its dates.
    public var precision: TimePoint.Precision { max(start.precision, end.precision) }

    /// Whether any of its dates is approximate.
    public var isApproximate: Bool { start.isApproximate || end.isApproximate }

    /// The first day covered, as days since 1970-01-01.
    public var firstDay: Int { start.firstDay }

    /// The last day covered (inclusive), as days since 1970-01-01.
    public var lastDay: Int { end.lastDay }

    /// The ISO 8601-style value: a TIMEX3 value, or two joined by `/` for an interval.
    public var timex: String {
        switch self {
        case .point(let point): point.timex
        case .interval(let from, let to): "\(from.timex)/\(to.timex)"
        }
    }

    /// The date as people write it: "22 Dec 2019", "2011–2015", "Jan–Mar 2021".
    ///
    /// With `ascii`, the range dash is a hyphen.
    public func formatted(_ style: TimePoint.Style = .short, ascii: Bool = false) -> String {
        let dash = ascii ? "-" : "\u{2013}"
        switch self {
        case .point(let point):
            return point.formatted(style)
        case .interval(let from, let to):
            // "Jan–Mar 2021" and "5–9 May 2021" when only the finest field differs.
            if from.year == to.year, !from.isApproximate, !to.isApproximate, from.year > 0 {
                if from.precision == .month, to.precision == .month {
                    return
                        "\(TimePoint.monthName(from.part!, style: style))\(dash)\(TimePoint.monthName(to.part!, style: style)) \(from.yearText)"
                }
                if from.precision == .day, to.precision == .day, from.part == to.part {
                    return
                        "\(from.day!)\(dash)\(to.day!) \(TimePoint.monthName(from.part!, style: style)) \(from.yearText)"
                }
            }
            // "431–404 BCE": one era mark for two years before the common era.
            if from.precision == .year, to.precision == .year, from.year <= 0, to.year <= 0, !from.isApproximate,
                !to.isApproximate
            {
                return "\(1 - from.year)\(dash)\(to.yearText)"
            }
            let separator = from.precision <= .year && to.precision <= .year ? dash : " \(dash) "
            return from.formatted(style) + separator + to.formatted(style)
        }
    }

    /// Whether the two dates can describe the same event: every date of one is compatible with
    /// the other's (a year-only mention agrees with a day in that year).
    public func isCompatible(with other: EventDate) -> Bool { Bounds(self).isCompatible(with: Bounds(other)) }
}

extension EventDate: Comparable {
    /// Chronological: by start, then by end.
    public static func < (a: EventDate, b: EventDate) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}
