import ChronicleText

extension TaggingRun {
    /// Whether the text writes a numeric date day first where it cannot be month first
    /// ("25/03/2013"): then it writes them all so, and "12/03/2013" is the 12th of March.
    static func writesDaysFirst(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 5 else { return false }
        for index in 0...(tokens.count - 5) where tokens[index].isNumber {
            let day = tokens[index]
            guard day.digits <= 2, (13...31).contains(day.value), tokens[index + 1].isMark(0x2F),
                !tokens[index + 1].spaceBefore
            else { continue }
            let month = tokens[index + 2]
            guard month.isNumber, !month.spaceBefore, month.digits <= 2, (1...12).contains(month.value),
                tokens[index + 3].isMark(0x2F), !tokens[index + 3].spaceBefore, tokens[index + 4].isNumber,
                !tokens[index + 4].spaceBefore
            else { continue }
            return true
        }
        return false
    }

    /// A month-first reading ("12/03/2013" as December 3) read day first, when that is a date.
    static func dayFirst(_ reading: Reading) -> Reading {
        switch reading {
        case .calendar(let year?, let month?, let day?) where day <= 12 && CalendarDay.valid(year, day, month) != nil:
            return .calendar(year: year, month: day, day: month)
        case .shortYear(let year, let month?, let day?, let part) where day <= 12:
            return .shortYear(year, month: day, day: month, part: part)
        default:
            return reading
        }
    }
}
