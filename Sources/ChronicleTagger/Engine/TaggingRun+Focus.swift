import ChronicleText

extension TaggingRun {
    /// Puts the period an expression reports in focus (see `Resolver.focus`).
    func updateFocus(
        _ reading: Reading, value: String, tense: ClauseTense.Tense, after span: Range<Int>, tokens: [Token],
        resolver: inout Resolver
    ) {
        // A period the clause looks ahead to ("expects a loss in the fourth quarter") is no report's.
        if tense != .future,
            let period = reading.reportedPeriod(
                value, focus: resolver.focus, documentDate: resolver.documentDate)
        {
            // "Last year catastrophe losses totaled $5 million": a year before the one reported
            // is what the report compares with, not a new period it reports.
            if case .relative(.year, let offset, .speech) = reading, offset < 0,
                let focus = resolver.focus, period.year < focus.year
            {
                return
            }
            // "Bookings are 10% below last year's level": a past year's thing is set against, not reported.
            if case .relative(.year, let offset, .speech) = reading, offset < 0,
                isPossessive(at: span.upperBound, tokens: tokens)
            {
                return
            }
            // "the first annual decline since the pandemic year of 2020": the period a change runs
            // from is no period reported.
            if followsSince(span.lowerBound, tokens: tokens) { return }
            // "After a flat second quarter, the company attributed the (third-quarter) gain to …":
            // an earlier quarter set against the one reported leaves the report's in focus.
            if period.precision > .year, let current = resolver.focusQuarter,
                period.firstDay < current.firstDay, isSetAgainst(span.lowerBound, tokens: tokens)
            {
                return
            }
            resolver.focus = period
            if period.precision > .year { resolver.focusQuarter = period }
            // "the fourth quarter ended Sept. 30" has ended, whatever its number says, and so has a
            // quarter whose results the text reports in the past ("reported fourth-quarter net").
            let next = span.upperBound < tokens.count ? tokens[span.upperBound] : nil
            let saysEnded =
                next.map { $0.isWord && ($0.code == grammar.ids.ended || $0.code == grammar.ids.ending) } ?? false
            resolver.isFocusClosed = saysEnded || tense == .past || tense == .participle
        }
    }

    /// "the fiscal third quarter ended Feb. 28", written in March 2013: a quarter or half whose end
    /// day follows it is of the year that day lies in (`2013-Q3`, as the corpus dates fiscal
    /// periods), not the calendar's third quarter before the time of writing.
    ///
    /// "The quarter ended March 31", "the quarter that ended in March", with no quarter in focus:
    /// the calendar quarter that month ends (`Q1`), not the last quarter before the time of writing.
    func quarterEndedOnADay(
        _ reading: Reading, at end: Int, tokens: [Token], tense: ClauseTense.Tense, resolver: Resolver
    ) -> Reading {
        switch reading {
        case .yearPart(nil, let code, let isQuarter):
            guard case let (month, day?)? = endDate(after: end, tokens: tokens) else { return reading }
            let ended = resolver.resolve(.calendar(year: nil, month: month, day: day), tense: tense)
            guard let point = TimePoint(timex: ended.value), point.precision == .day else { return reading }
            return .yearPart(year: point.year, code: code, isQuarter: isQuarter)
        case .reportingPeriod(.quarter, false):
            guard resolver.focusQuarter == nil, let (month, _) = endDate(after: end, tokens: tokens) else {
                return reading
            }
            let ended = resolver.resolve(.month(month, offset: nil, day: nil, anchoring: .speech), tense: .past)
            guard let point = TimePoint(timex: ended.value), point.precision == .month else { return reading }
            return .yearPart(year: point.year, code: "Q\((month + 2) / 3)", isQuarter: true)
        default:
            return reading
        }
    }

    /// The month, and the day if given, that a period ends on, from the words after it: "ended
    /// Feb. 28", "that ended in March", "ending in June".
    private func endDate(after end: Int, tokens: [Token]) -> (month: Int, day: Int?)? {
        var look = end
        if look < tokens.count, tokens[look].isWord, tokens[look].code == grammar.ids.that { look += 1 }
        guard look + 1 < tokens.count, tokens[look].isWord,
            tokens[look].code == grammar.ids.ended || tokens[look].code == grammar.ids.ending
        else { return nil }
        look += 1
        if tokens[look].isWord, tokens[look].code == grammar.ids.in, look + 1 < tokens.count { look += 1 }
        guard let info = grammar.vocabulary.info(tokens[look]), info.month > 0 else { return nil }
        var next = look + 1
        if next < tokens.count, tokens[next].isMark(0x2E), !tokens[next].spaceBefore { next += 1 }
        let day = next < tokens.count && tokens[next].isNumber && (1...31).contains(tokens[next].value)
        return (Int(info.month), day ? tokens[next].value : nil)
    }

    /// Whether "since" comes up to five words before `start` ("since 2019", "since the pandemic
    /// year of 2020").
    func followsSince(_ start: Int, tokens: [Token]) -> Bool {
        wordBefore(start, within: 5, tokens: tokens) { $0.code == grammar.ids.since }
    }

    /// Whether "after" or a comparison ("from", "than") comes up to three words before `start`, or
    /// before the amount a preposition joins to it ("compared with $6.69 billion for the fourth
    /// quarter of fiscal 2011", "down from 10% in 1989").
    private func isSetAgainst(_ start: Int, tokens: [Token]) -> Bool {
        let vocabulary = grammar.vocabulary
        let isAfterComparison = wordBefore(start, within: 3, tokens: tokens) {
            $0.code == grammar.ids.after || vocabulary.classes($0).contains(.comparison)
        }
        if isAfterComparison { return true }
        let ids = grammar.ids
        guard start > 2, tokens[start - 1].isWord, [ids.for, ids.in].contains(tokens[start - 1].code) else {
            return false
        }
        var look = start - 2
        var sawAmount = false
        while look >= 0, start - look <= 12 {
            let token = tokens[look]
            if token.isNumber {
                sawAmount = true
            } else if token.isWord {
                let classes = vocabulary.classes(token)
                if classes.contains(.comparison) { return sawAmount }
                let isAmountWord = token.code >= 0 && Self.amountWords.contains(vocabulary.spellings[Int(token.code)])
                guard classes.contains(.quantity) || isAmountWord else { return false }
            } else if !(token.isMark(0x24) || token.isMark(0x25) || token.isMark(0x2C) || token.isMark(0x2E)) {
                return false
            }
            look -= 1
        }
        return false
    }

    /// Words inside an amount and between it and its comparison: "compared with $0.91 a share",
    /// "up from 62 cents or 3 percent".
    private static let amountWords: Set<String> = ["with", "to", "a", "an", "or", "and", "about", "nearly"]

    /// Whether one of the `reach` words before `start`, with no mark between, passes `test`.
    private func wordBefore(_ start: Int, within reach: Int, tokens: [Token], _ test: (Token) -> Bool) -> Bool {
        var look = start - 1
        while look >= 0, start - look <= reach, tokens[look].isWord {
            if test(tokens[look]) { return true }
            look -= 1
        }
        return false
    }

    /// "compared with a loss of $3 million last year", "up from last year's $1.55 billion": "last
    /// year" set against an amount in a report, which compares the period being reported with the
    /// same period a year before (`Reading.yearBefore`) when a quarter or half is in focus. Against
    /// a year the text named ("from 100,000 in 1980 to 300,000 last year") it stays the year.
    func comparedPeriod(_ reading: Reading, at start: Int, tokens: [Token], resolver: Resolver) -> Reading {
        guard case .relative(.year, -1, .speech) = reading, start > 0,
            let focus = resolver.focus, focus.precision > .year
        else { return reading }
        let vocabulary = grammar.vocabulary
        func isComparison(_ token: Token) -> Bool {
            token.isWord && vocabulary.classes(token).contains(.comparison)
        }
        // Right after an amount ("$33 million last year") or the comparison itself ("from last year's").
        let before = tokens[start - 1]
        let isAfterAmount =
            before.isNumber || (before.isWord && vocabulary.classes(before).contains(.quantity)) || before.isMark(0x2C)
        guard isAfterAmount || isComparison(before) else { return reading }
        var look = start - 1
        while look >= 0, start - look <= 10, !tokens[look].isMark(0x2E), !tokens[look].isMark(0x3B) {
            if isComparison(tokens[look]) { return .yearBefore(isQuarter: false) }
            look -= 1
        }
        return reading
    }

    /// "Sales in June fell 5% from the same period a year earlier": a period compared with the
    /// month or season its sentence named just before is that one a year before, not the quarter
    /// the report is about (after "the previous quarter" the report's own quarter still is).
    func periodOfItsSentence(
        _ reading: Reading, at start: Int, after found: [Found], tokens: [Token], _ clauseTense: ClauseTense
    ) -> Reading {
        guard case .yearBefore(isQuarter: false) = reading, let previous = found.last,
            previous.expression.kind == .date,
            sameSentence(tokens, previous.tokens.upperBound, start, clauseTense),
            let point = TimePoint(timex: previous.expression.value),
            [.month, .season].contains(point.precision)
        else { return reading }
        return .literal(Timex.shift(point, years: -1))
    }
}

extension Reading {
    /// The period a results report turns to with this expression, if it names one: a quarter or
    /// half ("third-quarter", "the quarter"), a year ("1989", "this year", "the fiscal year"), or the
    /// year so far ("the first nine months"). Periods of comparison ("the 1988 quarter") are not.
    func reportedPeriod(_ value: String, focus: TimePoint?, documentDate: TimePoint?) -> TimePoint? {
        switch self {
        case .yearPart, .inYear, .reportingPeriod, .calendar(_?, nil, nil),
            .relative(.year, _, .speech), .relative(.quarter, _, .speech), .relative(.halfYear, _, .speech):
            guard let point = TimePoint(timex: value), [.year, .halfYear, .quarter].contains(point.precision)
            else { return nil }
            return point
        case .duration(let count?, .month, false) where count == 6 || count == 9:
            return (focus ?? documentDate).flatMap { TimePoint(timex: Timex.pad($0.year, 4)) }
        default:
            return nil
        }
    }
}
