extension TaggingRun {
    /// "on Oct. 29 in 2012", "Christmas in 1914", "over Labor Day weekend in 2022", "a Tuesday in
    /// 1950": a date that names no year, right before "in" and a year, is a date of that year, not
    /// the one nearest the time of writing. Sets and periods that name their year pass unchanged.
    func yearAfter(_ reading: Reading, kind: TimeExpression.Kind, at end: Int, tokens: [Token]) -> Reading {
        guard kind == .date || kind == .time, end + 1 < tokens.count, tokens[end].isWord,
            tokens[end].code == grammar.ids.in
        else { return reading }
        let year = tokens[end + 1]
        guard year.isNumber, year.digits == 4, (1000...2999).contains(year.value) else { return reading }
        return Self.reading(reading, inYear: year.value) ?? reading
    }

    /// "fiscal 2013, which ended June 30", "fiscal 2024 ending Sept. 30": the day or month a year
    /// ends on, told right after it, is of that year (a fiscal year is named by the year it ends
    /// in), not the one nearest the time of writing; "fiscal 2014, which starts in July": the month
    /// a fiscal year starts in is of the year before, unless it is January.
    func yearEndedOrStarted(_ reading: Reading, at start: Int, after found: [Found], tokens: [Token]) -> Reading {
        guard let previous = found.last, case .calendar(let year?, nil, nil) = previous.reading else { return reading }
        let gap = previous.tokens.upperBound..<start
        guard !gap.isEmpty, gap.count <= 4 else { return reading }
        let month: Int
        switch reading {
        case .calendar(nil, let m?, _), .month(let m, nil, _, .speech): month = m
        default: return reading
        }
        let ids = grammar.ids
        var saysEnded = false
        var saysStarted = false
        for index in gap where !tokens[index].isMark(0x2C) {
            let token = tokens[index]
            guard token.isWord else { return reading }
            if token.code == ids.ended || token.code == ids.ending {
                saysEnded = true
            } else if grammar.vocabulary.classes(token).contains(.startVerb) {
                saysStarted = true
            } else if ![ids.which, ids.that, ids.on, ids.in].contains(token.code) {
                return reading
            }
        }
        if saysEnded { return Self.reading(reading, inYear: year) ?? reading }
        let isFiscal = [RuleSet.fiscalYear.id, RuleSet.fiscalYearCode.id].contains(previous.expression.rule)
        guard saysStarted, isFiscal else { return reading }
        return Self.reading(reading, inYear: month == 1 ? year : year - 1) ?? reading
    }

    /// "will step down on April 30, 2019 … a ceremony on the afternoon of April 30": a day of the month
    /// without a year that the text gave earlier with one is that date again, whatever the time
    /// of writing would make of it. The search goes back `restatedReach` expressions, so a long
    /// text costs no more per date than a short one.
    func restatedDate(_ reading: Reading, after found: [Found]) -> Reading {
        let month: Int
        let day: Int
        switch reading {
        case .calendar(nil, let m?, let d?), .month(let m, nil, let d?, .speech):
            month = m
            day = d
        default: return reading
        }
        for earlier in found.suffix(Self.restatedReach).reversed() {
            if case .calendar(let year?, month, day) = earlier.reading {
                return .calendar(year: year, month: month, day: day)
            }
        }
        return reading
    }

    /// How many expressions back a day of the month is looked for with its year.
    static let restatedReach = 200

    /// `reading` with the year it leaves out set to `year`; nil when it names its own year or
    /// counts from another date.
    static func reading(_ reading: Reading, inYear year: Int) -> Reading? {
        switch reading {
        case .calendar(nil, let month?, let day): return .calendar(year: year, month: month, day: day)
        case .month(let month, nil, let day, .speech): return .calendar(year: year, month: month, day: day)
        case .season(let season, nil, .speech): return .yearPart(year: year, code: season.code, isQuarter: false)
        case .yearPart(nil, let code, let isQuarter): return .yearPart(year: year, code: code, isQuarter: isQuarter)
        case .holiday(let month, let weekday, let fromDay, nil, nil):
            return .holiday(month: month, weekday: weekday, fromDay: fromDay, year: year, offset: nil)
        case .weekday(let weekday, nil, .speech): return .literal(Timex.pad(year, 4) + "-WXX-\(weekday)")
        case .literal(let value) where value.hasPrefix("XXXX-"):
            return .literal(Timex.pad(year, 4) + value.dropFirst(4))
        case .weekdayInMonth(let weekday, let week, let month):
            return Self.reading(month, inYear: year).map { .weekdayInMonth(weekday: weekday, week: week, month: $0) }
        case .weekOf(let day, let isWeekend):
            return Self.reading(day, inYear: year).map { .weekOf($0, isWeekend: isWeekend) }
        case .nextTo(let day, let unit, let sign, let weekday):
            return Self.reading(day, inYear: year).map { .nextTo($0, unit, sign: sign, weekday: weekday) }
        case .dayPart(let day?, let part): return Self.reading(day, inYear: year).map { .dayPart(day: $0, part) }
        case .clock(let day?, let hour, let minute, let second):
            return Self.reading(day, inYear: year).map { .clock(day: $0, hour: hour, minute: minute, second: second) }
        default: return nil
        }
    }
}
