/// The days a date covers, and its clock time when it has one: what `TimePoint.contains(_:)` and
/// `EventDate.isCompatible(with:)` compare. Computed once, it lets one date be compared with
/// many (the merge compares every candidate pair) without working out month lengths each time.
public struct DayBounds: Hashable, Sendable {
    /// The first day, as days since 1970-01-01.
    public let first: Int
    /// The last day (inclusive).
    public let last: Int
    /// For a time of day, minutes since midnight; nil for any coarser date.
    public let clock: Int?

    public init(_ point: TimePoint) {
        first = point.firstDay
        last = point.lastDay
        clock = point.precision == .time ? (point.hour ?? 0) * 60 + (point.minute ?? 0) : nil
    }

    /// Whether every day of `other` lies within these (a time contains only the same time).
    public func contains(_ other: DayBounds) -> Bool {
        first <= other.first && other.last <= last && (clock == nil || clock == other.clock)
    }

    /// Whether the two can name the same moment: one contains the other.
    public func isCompatible(with other: DayBounds) -> Bool { contains(other) || other.contains(self) }
}

extension EventDate {
    /// The bounds of an event's date: of its one date, or of each end of its interval.
    public struct Bounds: Hashable, Sendable {
        public let start: DayBounds
        public let end: DayBounds
        public let isInterval: Bool

        public init(_ date: EventDate) {
            switch date {
            case .point(let point):
                start = DayBounds(point)
                end = start
                isInterval = false
            case .interval(let from, let to):
                start = DayBounds(from)
                end = DayBounds(to)
                isInterval = true
            }
        }

        /// `EventDate.isCompatible(with:)`: points with compatible dates, or intervals whose
        /// starts and ends are compatible.
        public func isCompatible(with other: Bounds) -> Bool {
            guard isInterval == other.isInterval else { return false }
            return start.isCompatible(with: other.start) && (!isInterval || end.isCompatible(with: other.end))
        }
    }
}
