import ChronicleText

extension TaggingRun {
    /// "Thursday night into Friday", "Monday through Wednesday", "broke out late Friday and burned
    /// until early Saturday": a weekday that closes a range opened by a weekday is the first such
    /// weekday after it, whatever its clause's tense says; the reading becomes that calendar day. So
    /// is the second of two weekdays "and" or "or" lists when the first lies ahead of the document
    /// date ("top 40C on Wednesday and Thursday", written on a Thursday). A dash joins only a
    /// weekday right before it; "until", "through" and "into" one earlier in the
    /// sentence. ("from Sept. 14 to Thursday" keeps its Thursday.) Other readings pass unchanged,
    /// and so does a weekday after a word that looks ahead ("will", "would", "expected") when the day
    /// after the opening one has passed ("closed since last Saturday and will stay shut until
    /// Tuesday", written on a Thursday, is the Tuesday to come).
    func weekdayClosingRange(
        _ reading: Reading, at start: Int, after found: [Found], tokens: [Token], _ clauseTense: ClauseTense,
        documentDate: TimePoint?
    ) -> Reading {
        guard start > 1, let previous = found.last, previous.tokens.upperBound <= start - 1 else { return reading }
        let weekday: Int
        switch reading {
        case .weekday(let day, nil, _), .dayPart(.weekday(let day, nil, _)?, _),
            .clock(.weekday(let day, nil, _)?, _, _, _):
            weekday = day
        default: return reading
        }
        // "until early Saturday": the hedge joins the expression after this reading.
        var connectorIndex = start - 1
        if connectorIndex > 0, tokens[connectorIndex].isWord,
            tokens[connectorIndex].code == grammar.ids.early || tokens[connectorIndex].code == grammar.ids.late
        {
            connectorIndex -= 1
        }
        let connector = tokens[connectorIndex]
        let isWordConnector =
            connector.isWord && grammar.vocabulary.classes(connector).contains(.dayRangeConnector)
        let adjacent = previous.tokens.upperBound == connectorIndex
        // "rain on Wednesday and Thursday": a list, which follows the range's rule only when its
        // first day lies ahead of the document's ("made Friday and Thursday" lists days gone by).
        let lists =
            adjacent && connector.isWord && (connector.code == grammar.ids.and || connector.code == grammar.ids.or)
        let joins =
            adjacent
            ? connector.isMark(0x2D) || connector.isMark(Punctuation.dash) || isWordConnector || lists
            : isWordConnector && previous.tokens.upperBound < connectorIndex
                && connectorIndex - previous.tokens.upperBound <= Self.rangeReach
                && !(previous.tokens.upperBound..<connectorIndex).contains(where: clauseTense.isSentenceEnd)
        guard joins, Self.namesWeekday(previous.reading),
            let point = TimePoint(timex: String(previous.expression.value.prefix(10))), point.precision == .day,
            let day = Timex.day(of: point)
        else { return reading }
        // The day of writing, when the document date names one.
        let written = documentDate.flatMap { $0.precision >= .day ? Timex.day(of: $0) : nil }
        if lists {
            guard let written, day > written else { return reading }
        }
        let next = day.adding(days: (weekday - day.weekday + 6) % 7 + 1)
        if let written, next < written, looksAhead(previous.tokens.upperBound..<connectorIndex, tokens: tokens) {
            return reading
        }
        let calendar = Reading.calendar(year: next.year, month: next.month, day: next.day)
        switch reading {
        case .dayPart(_, let part): return .dayPart(day: calendar, part)
        case .clock(_, let hour, let minute, let second):
            return .clock(day: calendar, hour: hour, minute: minute, second: second)
        default: return calendar
        }
    }

    /// Whether a word that looks ahead ("will", "expected", "may") lies in `range`.
    private func looksAhead(_ range: Range<Int>, tokens: [Token]) -> Bool {
        range.contains {
            tokens[$0].isWord && !grammar.vocabulary.classes(tokens[$0]).isDisjoint(with: [.futureCue, .modal])
        }
    }

    /// How many tokens may lie between a weekday and the "until" that closes its range.
    static let rangeReach = 12

    /// Whether a reading is a weekday, alone or with a part of the day or a clock time.
    private static func namesWeekday(_ reading: Reading) -> Bool {
        switch reading {
        case .weekday: true
        case .dayPart(let day?, _), .clock(let day?, _, _, _): namesWeekday(day)
        default: false
        }
    }
}
