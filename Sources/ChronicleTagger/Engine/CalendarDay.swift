/// A proleptic Gregorian day, with the arithmetic relative expressions need.
struct CalendarDay: Hashable, Sendable {
    var year: Int
    var month: Int
    var day: Int

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A valid day, or nil.
    static func valid(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay? {
        guard (1...12).contains(month), (1...days(inMonth: month, year: year)).contains(day) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01.
    var number: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(number: Int) {
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

    /// ISO weekday: Monday 1 … Sunday 7.
    var weekday: Int {
        let w = (number + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// The ISO week-numbering year and week that hold the day.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let firstOfYear = CalendarDay(year: thursday.year, month: 1, day: 1).number
        return (thursday.year, (thursday.number - firstOfYear) / 7 + 1)
    }

    /// The Monday of an ISO week.
    static func monday(ofWeek week: Int, year: Int) -> CalendarDay {
        let jan4 = CalendarDay(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }
}

/// A month counted from year 0, so months can be added across years.
struct MonthIndex: Hashable, Sendable {
    var value: Int

    init(year: Int, month: Int) { value = year * 12 + month - 1 }
    init(value: Int) { self.value = value }

    var year: Int { value >= 0 ? value / 12 : (value - 11) / 12 }
    var month: Int { value - year * 12 + 1 }
}
