/// A date as precise as its source: a century, decade, year, half-year, season, quarter,
/// month, week, day or time of day, possibly approximate, possibly before the common era.
///
/// Years are astronomical (1 BCE is year 0, 500 BCE is year -499), so arithmetic works across
/// the era boundary; ``historicalYear`` and the formatted forms give what people write.
/// Fields below the precision are `nil`: "April 2024" has no day, and Chronicle never invents one.
///
/// ```swift
/// let deadline = TimePoint.day(2019, 12, 22)      // "2019-12-22"
/// let order = TimePoint.month(2020, 8)            // "2020-08"
/// TimePoint(timex: "2020-Q1")?.precision          // .quarter
/// ```
public struct TimePoint: Hashable, Sendable {
    /// How much of the date the source states, from coarsest to finest.
    public enum Precision: Int, Hashable, Sendable, Comparable, CaseIterable, Codable {
        case century, decade, year, halfYear, season, quarter, month, week, day, time

        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }

        /// The name used in JSON and the timeline file: `half-year`, `time`, …
        public var name: String {
            switch self {
            case .century: "century"
            case .decade: "decade"
            case .year: "year"
            case .halfYear: "half-year"
            case .season: "season"
            case .quarter: "quarter"
            case .month: "month"
            case .week: "week"
            case .day: "day"
            case .time: "time"
            }
        }

        /// The precision a name denotes.
        public init?(name: String) {
            guard let match = Precision.allCases.first(where: { $0.name == name }) else { return nil }
            self = match
        }
    }

    /// A season of the northern meteorological year; winter starts in December of its year.
    public enum Season: Int, Hashable, Sendable, CaseIterable {
        case spring = 1, summer, fall, winter

        /// The TIMEX3 code: `SP`, `SU`, `FA`, `WI`.
        public var code: String { ["SP", "SU", "FA", "WI"][rawValue - 1] }
    }

    /// How much of the date is known.
    public let precision: Precision
    /// The astronomical year; for a decade or century, its first year (1990, 1900).
    public let year: Int
    /// The subdivision of the year the precision names: the month (for month, day and time),
    /// the half (1–2), the season's raw value, the quarter (1–4) or the ISO week (1–53).
    public let part: Int?
    /// The day of the month, for day and time precision.
    public let day: Int?
    /// Hour and minute, for time precision.
    public let hour: Int?
    public let minute: Int?
    /// Whether the source hedges the date ("about 2014", "early 1990s").
    public var isApproximate: Bool
    /// The part of the period the source names: "early 1990s", "mid-2017", "late June 2024".
    /// Such a date is approximate too; nil when the source names the whole period.
    public var phase: Phase?

    /// The part of a period a source names.
    public enum Phase: String, Hashable, Sendable, CaseIterable {
        case early, mid, late

        /// The phase a TIMEX3 `mod` names: `START`/`EARLY` early, `MID` mid, `END`/`LATE` late.
        public init?(timexModifier: String) {
            switch timexModifier {
            case "START", "EARLY": self = .early
            case "MID": self = .mid
            case "END", "LATE": self = .late
            default: return nil
            }
        }
    }

    private init(
        _ precision: Precision, year: Int, part: Int? = nil, day: Int? = nil, hour: Int? = nil,
        minute: Int? = nil, isApproximate: Bool = false
    ) {
        self.precision = precision
        self.year = year
        self.part = part
        self.day = day
        self.hour = hour
        self.minute = minute
        self.isApproximate = isApproximate
    }
}

// MARK: - Making points

extension TimePoint {
    /// The century whose years start with `hundreds` (19 is 1900–1999, the 20th century).
    public static func century(_ hundreds: Int) -> TimePoint { TimePoint(.century, year: hundreds * 100) }

    /// The decade whose years start with `tens` (199 is the 1990s).
    public static func decade(_ tens: Int) -> TimePoint { TimePoint(.decade, year: tens * 10) }

    /// A year, astronomical (`0` is 1 BCE).
    public static func year(_ year: Int) -> TimePoint { TimePoint(.year, year: year) }

    /// The first (1) or second (2) half of a year; nil for another half.
    public static func half(_ year: Int, _ half: Int) -> TimePoint? {
        (1...2).contains(half) ? TimePoint(.halfYear, year: year, part: half) : nil
    }

    /// A season of a year.
    public static func season(_ year: Int, _ season: Season) -> TimePoint {
        TimePoint(.season, year: year, part: season.rawValue)
    }

    /// A quarter (1–4) of a year; nil outside that.
    public static func quarter(_ year: Int, _ quarter: Int) -> TimePoint? {
        (1...4).contains(quarter) ? TimePoint(.quarter, year: year, part: quarter) : nil
    }

    /// A month (1–12) of a year; nil outside that.
    public static func month(_ year: Int, _ month: Int) -> TimePoint? {
        (1...12).contains(month) ? TimePoint(.month, year: year, part: month) : nil
    }

    /// An ISO week (1–53) of an ISO week-numbering year; nil when the year has no such week.
    public static func week(_ year: Int, _ week: Int) -> TimePoint? {
        (1...CalendarDay.isoWeeks(in: year)).contains(week) ? TimePoint(.week, year: year, part: week) : nil
    }

    /// A day; nil when the month has no such day.
    public static func day(_ year: Int, _ month: Int, _ day: Int) -> TimePoint? {
        guard CalendarDay.valid(year, month, day) != nil else {
            return nil
        }
        return TimePoint(.day, year: year, part: month, day: day)
    }

    /// A time of day (hour 0–23, minute 0–59) on a day; nil for an invalid day or time.
    public static func time(_ year: Int, _ month: Int, _ day: Int, hour: Int, minute: Int = 0) -> TimePoint? {
        guard TimePoint.day(year, month, day) != nil, (0...23).contains(hour), (0...59).contains(minute) else {
            return nil
        }
        return TimePoint(.time, year: year, part: month, day: day, hour: hour, minute: minute)
    }

    /// The same date, marked approximate (or not).
    public func approximate(_ flag: Bool = true) -> TimePoint {
        var copy = self
        copy.isApproximate = flag
        return copy
    }

    /// The same date narrowed to a part of it ("mid-2017"), which makes it approximate; nil
    /// gives back the whole period.
    public func phased(_ phase: Phase?) -> TimePoint {
        var copy = self
        copy.phase = phase
        if phase != nil { copy.isApproximate = true }
        return copy
    }
}

// MARK: - Reading the fields

extension TimePoint {
    /// The month, for month, day and time precision.
    public var month: Int? { precision >= .month && precision != .week ? part : nil }
    /// The quarter, for quarter precision.
    public var quarter: Int? { precision == .quarter ? part : nil }
    /// The half (1 or 2), for half-year precision.
    public var half: Int? { precision == .halfYear ? part : nil }
    /// The season, for season precision.
    public var season: Season? { precision == .season ? part.flatMap(Season.init(rawValue:)) : nil }
    /// The ISO week, for week precision.
    public var week: Int? { precision == .week ? part : nil }

    /// The year as people write it with an era: 2014 is 2014, 0 is 1 (BCE), -499 is 500 (BCE).
    public var historicalYear: Int { year > 0 ? year : 1 - year }

    /// Whether the date lies before the common era.
    public var isBCE: Bool { year <= 0 }

    /// The first day the date covers, as days since 1970-01-01 (proleptic Gregorian).
    public var firstDay: Int { startDay.number }

    /// The last day the date covers (inclusive), as days since 1970-01-01.
    public var lastDay: Int {
        switch precision {
        case .century: CalendarDay(year: year + 99, month: 12, day: 31).number
        case .decade: CalendarDay(year: year + 9, month: 12, day: 31).number
        case .year: CalendarDay(year: year, month: 12, day: 31).number
        case .halfYear, .quarter, .season, .month:
            firstDay + monthLengths.reduce(0, +) - 1
        case .week: firstDay + 6
        case .day, .time: firstDay
        }
    }

    /// The first day the date covers.
    public var startDay: CalendarDay {
        switch precision {
        case .century, .decade, .year: CalendarDay(year: year, month: 1, day: 1)
        case .halfYear: CalendarDay(year: year, month: (part! - 1) * 6 + 1, day: 1)
        case .quarter: CalendarDay(year: year, month: (part! - 1) * 3 + 1, day: 1)
        case .season: CalendarDay(year: year, month: [3, 6, 9, 12][part! - 1], day: 1)
        case .month: CalendarDay(year: year, month: part!, day: 1)
        case .week: CalendarDay.monday(ofWeek: part!, year: year)
        case .day, .time: CalendarDay(year: year, month: part!, day: day!)
        }
    }

    /// The lengths of the months a half-year, quarter, season or month covers.
    private var monthLengths: [Int] {
        let start = startDay
        let count = precision == .halfYear ? 6 : (precision == .quarter || precision == .season) ? 3 : 1
        return (0..<count).map { offset in
            let index = start.month - 1 + offset
            return CalendarDay.days(inMonth: index % 12 + 1, year: start.year + index / 12)
        }
    }

    /// Whether every day of `other` lies within this date ("2019" contains "2019-12-22").
    public func contains(_ other: TimePoint) -> Bool { DayBounds(self).contains(DayBounds(other)) }

    /// Whether the two dates can name the same moment: one contains the other.
    public func isCompatible(with other: TimePoint) -> Bool { contains(other) || other.contains(self) }

    /// The finer of two compatible dates.
    public func refined(by other: TimePoint) -> TimePoint { other.precision > precision ? other : self }
}

extension TimePoint: Comparable {
    /// Earlier first day first; on the same day, the coarser date first, then earlier times.
    public static func < (a: TimePoint, b: TimePoint) -> Bool {
        if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
        if a.precision != b.precision { return a.precision < b.precision }
        if a.lastDay != b.lastDay { return a.lastDay < b.lastDay }
        return ((a.hour ?? 0), (a.minute ?? 0), a.isApproximate ? 1 : 0) < (
            (b.hour ?? 0), (b.minute ?? 0), b.isApproximate ? 1 : 0
        )
    }
}
