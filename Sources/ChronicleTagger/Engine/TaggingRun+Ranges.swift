import ChronicleText

extension TaggingRun {
    /// "Thursday night into Friday", "Monday through Wednesday": a weekday that closes a range
    /// opened by a weekday is the first such weekday after it, whatever its clause's tense says;
    /// the reading becomes that calendar day. ("from Sept. 14 to Thursday" keeps its Thursday.)
    /// Other readings pass unchanged.
    func weekdayClosingRange(_ reading: Reading, at start: Int, after found: [Found], tokens: [Token]) -> Reading {
        guard case .weekday(let weekday, nil, _) = reading, start > 0, let previous = found.last,
            previous.tokens.upperBound == start - 1
        else { return reading }
        let connector = tokens[start - 1]
        let joins =
            connector.isMark(0x2D) || connector.isMark(Punctuation.dash)
            || (connector.isWord && grammar.vocabulary.classes(connector).contains(.dayRangeConnector))
        guard joins, Self.namesWeekday(previous.reading),
            let point = TimePoint(timex: String(previous.expression.value.prefix(10))), point.precision == .day,
            let day = Timex.day(of: point)
        else { return reading }
        let next = day.adding(days: (weekday - day.weekday + 6) % 7 + 1)
        return .calendar(year: next.year, month: next.month, day: next.day)
    }

    /// Whether a reading is a weekday, alone or with a part of the day or a clock time.
    private static func namesWeekday(_ reading: Reading) -> Bool {
        switch reading {
        case .weekday: true
        case .dayPart(let day?, _), .clock(let day?, _, _, _): namesWeekday(day)
        default: false
        }
    }
}
