/// A day of the proleptic Gregorian calendar on an astronomical year (1 BCE is year 0), with the
/// arithmetic the tagger and the renderers share.
///
/// `number` counts days since 1970-01-01, the same count as ``TimePoint/firstDay``:
/// ```swift
/// CalendarDay(year: 2019, month: 12, day: 22).adding(days: 10)   // 2020-01-01
/// CalendarDay(number: 0).weekday                                // 4 (a Thursday)
/// ```
public struct CalendarDay: Hashable, Sendable, Comparable {
    public var year: Int
    /// 1–12.
    public var month: Int
    /// 1–31.
    public var day: Int

    /// A day as given; use ``valid(_:_:_:)`` when the fields come from input.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day with a day number (Howard Hinnant's civil_from_days).
    public init(number: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The day, if the month has it; nil for 2019-02-30 or month 13.
    public static func valid(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay? {
        guard (1...12).contains(month), (1...days(inMonth: month, year: year)).contains(day) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Whether a (proleptic, astronomical) year has 29 February.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month of a year.
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil); negative before.
    public var number: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    /// ISO weekday: Monday 1 … Sunday 7.
    public var weekday: Int {
        let w = (number + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// The first day on or after this one that falls on `weekday` (1 Monday … 7 Sunday).
    public func onOrAfter(weekday: Int) -> CalendarDay { adding(days: (weekday - self.weekday + 7) % 7) }

    /// The first day of the next month.
    public var nextMonth: CalendarDay {
        month == 12 ? CalendarDay(year: year + 1, month: 1, day: 1) : CalendarDay(year: year, month: month + 1, day: 1)
    }

    /// The ISO week-numbering year and week that hold the day.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let firstOfYear = CalendarDay(year: thursday.year, month: 1, day: 1).number
        return (thursday.year, (thursday.number - firstOfYear) / 7 + 1)
    }

    /// The Monday that starts ISO week `week` of `year`.
    public static func monday(ofWeek week: Int, year: Int) -> CalendarDay {
        let jan4 = CalendarDay(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    /// The number of ISO weeks (52 or 53) of an ISO week-numbering year.
    public static func isoWeeks(in year: Int) -> Int {
        (monday(ofWeek: 1, year: year + 1).number - monday(ofWeek: 1, year: year).number) / 7
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
