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

extension TaggingRun {
    /// "The hearing is on Saturday, Dec. 14", written on 10 January 2020: a weekday before a day of
    /// a month without a year says which year it is, when the year the clause would give puts the
    /// day on another weekday and exactly one of the years beside it agrees (Dec. 14 was a Saturday
    /// in 2019, a Monday in 2020).
    func yearOfItsWeekday(
        _ reading: Reading, at start: Int, tokens: [Token], tense: ClauseTense.Tense, resolver: Resolver
    ) -> Reading {
        guard case .calendar(nil, let month?, let day?) = reading, tokens[start].isWord,
            let info = grammar.vocabulary.info(tokens[start]), info.weekday > 0,
            let point = TimePoint(timex: resolver.resolve(reading, tense: tense).value),
            let resolved = CalendarDay.valid(point.year, month, day), resolved.weekday != Int(info.weekday)
        else { return reading }
        let agreeing = [point.year - 1, point.year + 1].filter {
            CalendarDay.valid($0, month, day)?.weekday == Int(info.weekday)
        }
        guard agreeing.count == 1 else { return reading }
        return .calendar(year: agreeing[0], month: month, day: day)
    }
}
