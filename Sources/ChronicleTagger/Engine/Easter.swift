import ChronicleText

extension CalendarDay {
    /// Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus, as in
    /// Meeus's "Astronomical Algorithms").
    static func easterSunday(in year: Int) -> CalendarDay {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30
        let l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }
}
