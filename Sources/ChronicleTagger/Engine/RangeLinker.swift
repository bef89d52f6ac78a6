import ChronicleText

/// Links two dates the text joins into one period — "from 2011 to 2015", "between 2020 and 2023",
/// "January–March 2021" — into a `Tagger.Interval`, and lets a date that leaves out its year take the
/// other's ("from January to March 2021": January 2021).
struct RangeLinker {
    let grammar: Grammar
    let tokens: [Token]

    func link(_ found: inout [TaggingRun.Found], _ intervals: inout [Tagger.Interval], resolver: Resolver) {
        let linked = Set(intervals.flatMap { [$0.from, $0.to] })
        let vocabulary = grammar.vocabulary
        let between = vocabulary.lookup("between")
        let openers = Set(Lexicon.rangeOpeners.map { vocabulary.lookup($0) })
        let connectors = Set(Lexicon.rangeConnectors.map { vocabulary.lookup($0) })
        let and = vocabulary.lookup("and")
        var index = 0
        while index + 1 < found.count {
            let first = found[index]
            let second = found[index + 1]
            defer { index += 1 }
            guard !linked.contains(index), !linked.contains(index + 1),
                first.expression.kind == second.expression.kind,
                first.expression.kind == .date || first.expression.kind == .time
            else { continue }
            let gap = first.tokens.upperBound..<second.tokens.lowerBound
            guard gap.count == 1 else { continue }
            let connector = tokens[gap.lowerBound]
            let opener = first.tokens.lowerBound > 0 ? tokens[first.tokens.lowerBound - 1] : nil
            let openerID = opener.flatMap { $0.isWord ? $0.code : nil }
            let hasOpener = openerID.map { openers.contains($0) } ?? false
            let isDash = connector.isMark(0x2D) || connector.isMark(Punctuation.dash)
            if !isDash {
                guard connector.isWord, connectors.contains(connector.code) else { continue }
                if connector.code == and {
                    guard openerID == between else { continue }
                } else if !hasOpener {
                    // "2011 to 2015" without "from": only dates of the same precision.
                    guard first.expression.value.count == second.expression.value.count else { continue }
                }
            }
            shareUnstatedParts(&found, index, resolver: resolver)
            let start = hasOpener ? tokens[first.tokens.lowerBound - 1].start : first.expression.range.lowerBound
            intervals.append(
                Tagger.Interval(
                    from: index, to: index + 1, range: TextRange(start, found[index + 1].expression.range.upperBound)))
            index += 1
        }
        intervals.sort { $0.from < $1.from }
    }

    /// "from 8:30 to 4:30": a clock time that ends a range, written without a.m. or p.m. and earlier
    /// than the morning time it runs from, is in the afternoon. Written with a leading zero ("from
    /// 10:00 to 02:00") it is a 24-hour time and stays.
    private func endInTheAfternoon(_ found: inout [TaggingRun.Found], _ index: Int) {
        guard case .clock(_, let hour, let minute, _) = found[index].reading, hour < 12,
            case .clock(_, let endHour, let endMinute, _) = found[index + 1].reading,
            endHour < 12, (endHour, endMinute) < (hour, minute), found[index + 1].mayBeInTheAfternoon(tokens)
        else { return }
        found[index + 1].moveToTheAfternoon()
    }

    /// "January–March 2021": the first date takes the second's year (a year earlier if it would
    /// otherwise end before it starts); "March 2020 to May": the second takes the first's; "from
    /// June 1 through November 30" and "from late summer to early autumn": the second follows the
    /// first as resolved. "From 9 a.m. to 5
    /// p.m. Monday": a clock time that names no day is on the day of the one it runs to, or the day
    /// before when it is later in the day ("from 10 p.m. to 2 a.m. Saturday").
    private func shareUnstatedParts(_ found: inout [TaggingRun.Found], _ index: Int, resolver: Resolver) {
        endInTheAfternoon(&found, index)
        if case .clock(nil, let hour, let minute, let second) = found[index].reading,
            case .clock(_?, let endHour, let endMinute, _) = found[index + 1].reading,
            let end = TimePoint(timex: found[index + 1].expression.value), let endDay = Timex.day(of: end)
        {
            let day = (hour, minute) > (endHour, endMinute) ? endDay.adding(days: -1) : endDay
            found[index].expression.value = Timex.day(day) + Timex.clock(hour, minute, second)
            found[index].expression.anchor = found[index + 1].expression.value
            return
        }
        func partial(_ reading: Reading) -> (month: Int, day: Int?)? {
            switch reading {
            case .calendar(nil, let month?, let day): (month, day)
            case .month(let month, nil, let day, _): (month, day)
            default: nil
            }
        }
        // "between January and March of the following year": a year counted from the story is
        // stated too, as resolved.
        func stated(_ found: TaggingRun.Found) -> (year: Int, month: Int?)? {
            switch found.reading {
            case .calendar(let year?, let month, _): return (year, month)
            case .inYear:
                guard let point = TimePoint(timex: found.expression.value) else { return nil }
                return (point.year, point.month)
            default: return nil
            }
        }
        if let (month, day) = partial(found[index].reading), let (year, otherMonth) = stated(found[index + 1]) {
            let start = month > (otherMonth ?? 12) ? year - 1 : year
            found[index].expression.value = Timex.calendar(start, month, day)
            found[index].expression.anchor = nil
        } else if let (month, day) = partial(found[index + 1].reading),
            let (year, otherMonth) = stated(found[index])
        {
            let end = month < (otherMonth ?? 1) ? year + 1 : year
            found[index + 1].expression.value = Timex.calendar(end, month, day)
            found[index + 1].expression.anchor = nil
        } else if let (month, day) = partial(found[index + 1].reading), partial(found[index].reading) != nil,
            let start = TimePoint(timex: found[index].expression.value), let startMonth = start.month
        {
            // "from June 1 through November 30", neither with a year: the end is the first such
            // day on or after the start.
            let isBefore = month < startMonth || (month == startMonth && (day ?? 31) < (start.day ?? 1))
            found[index + 1].expression.value = Timex.calendar(start.year + (isBefore ? 1 : 0), month, day)
            found[index + 1].expression.anchor = start.timex
        } else {
            Self.followSeason(&found[index + 1], from: found[index])
        }
    }

    /// "from late summer to early autumn", "in spring and summer": a season that names no year and
    /// closes a pair is the first such season from the one that opens it.
    static func followSeason(_ end: inout TaggingRun.Found, from start: TaggingRun.Found) {
        guard case .season(let season, nil, _) = end.reading,
            let (year, opening) = Self.season(of: start.expression.value)
        else { return }
        let endYear = season.rawValue < opening.rawValue ? year + 1 : year
        end.expression.value = Timex.pad(endYear, 4) + "-" + season.code
        end.expression.anchor = start.expression.value
    }

    /// The year and season of a value such as `2024-SU`.
    private static func season(of value: String) -> (year: Int, SeasonName)? {
        guard value.utf8.count == 7, let year = Int(value.prefix(4)),
            let season = SeasonName.allCases.first(where: { value.hasSuffix("-" + $0.code) })
        else { return nil }
        return (year, season)
    }
}
