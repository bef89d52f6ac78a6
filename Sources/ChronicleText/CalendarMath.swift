/// Proleptic Gregorian arithmetic on astronomical years, valid for any Int year.
enum CalendarMath {
    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func dayNumber(of date: (year: Int, month: Int, day: Int)) -> Int {
        dayNumber(year: date.year, month: date.month, day: date.day)
    }

    /// The civil date of a day number (civil_from_days).
    static func date(ofDayNumber number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday, Monday 1 … Sunday 7.
    static func weekday(ofDayNumber number: Int) -> Int {
        // 1970-01-01 was a Thursday (4).
        let w = (number + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The Monday that starts ISO week `week` of `year`.
    static func firstDayOfISOWeek(_ week: Int, year: Int) -> Int {
        let jan4 = dayNumber(year: year, month: 1, day: 4)
        let mondayOfWeek1 = jan4 - (weekday(ofDayNumber: jan4) - 1)
        return mondayOfWeek1 + (week - 1) * 7
    }

    static func isoWeeks(in year: Int) -> Int {
        (firstDayOfISOWeek(1, year: year + 1) - firstDayOfISOWeek(1, year: year)) / 7
    }

    /// The ISO (year, week) that holds a day.
    static func isoWeek(ofDayNumber number: Int) -> (year: Int, week: Int) {
        let civilYear = date(ofDayNumber: number).year
        for year in [civilYear + 1, civilYear, civilYear - 1] {
            let start = firstDayOfISOWeek(1, year: year)
            if number >= start { return (year, (number - start) / 7 + 1) }
        }
        return (civilYear - 1, 1)
    }

    /// The lengths of the months a half, quarter, season or month covers.
    static func monthsSpanned(by point: TimePoint) -> [Int] {
        let start = point.startDate
        let count: Int
        switch point.precision {
        case .halfYear: count = 6
        case .quarter, .season: count = 3
        default: count = 1
        }
        return (0..<count).map { offset in
            let index = start.month - 1 + offset
            return days(inMonth: index % 12 + 1, year: start.year + index / 12)
        }
    }
}
