import ChronicleText

extension TaggingRun {
    /// "at 3:30 p.m. local time (0730 GMT) on Tuesday": a clock time that names no day is on the day
    /// that follows it, when only the clock's own words stand between them (another clock time, a
    /// time zone, "local time", "Eastern time", "on", commas and brackets). The matcher read the clock time first
    /// and put it on the day talked about before; "left at 9 a.m. and returned on Tuesday" keeps it.
    func placeClocksOnFollowingDays(_ found: inout [Found], tokens: [Token]) {
        var index = 0
        while index + 1 < found.count {
            defer { index += 1 }
            guard found[index].expression.kind == .time, case .clock(nil, _, _, _) = found[index].reading else {
                continue
            }
            // The day: the first expression after the clock times that follow this one.
            var next = index + 1
            while next < found.count, case .clock(nil, _, _, _) = found[next].reading { next += 1 }
            guard next < found.count, found[next].expression.kind == .date,
                let point = TimePoint(timex: found[next].expression.value), point.precision == .day,
                joinsClockToDay(
                    from: found[index].tokens.upperBound, to: found[next].tokens.lowerBound,
                    clocks: found[(index + 1)..<next], tokens)
            else { continue }
            let day = found[next].expression.value
            for clock in index..<next {
                let value = found[clock].expression.value
                guard let t = value.firstIndex(of: "T") else { continue }
                found[clock].expression.value = day + value[t...]
                found[clock].expression.anchor = day
            }
            index = next - 1
        }
    }

    /// Whether the tokens between a clock time and a day are only the clock's own words, with the
    /// other clock times between them (`clocks`, in text order).
    private func joinsClockToDay(
        from start: Int, to end: Int, clocks: ArraySlice<Found>, _ tokens: [Token]
    ) -> Bool {
        guard start <= end, end - start <= 12 else { return false }
        var index = start
        var clock = clocks.startIndex
        while index < end {
            if clock < clocks.endIndex, clocks[clock].tokens.lowerBound == index {
                index = clocks[clock].tokens.upperBound
                clock += 1
                continue
            }
            let token = tokens[index]
            let isJoiner =
                token.isMark(0x28) || token.isMark(0x29) || token.isMark(0x2C)
                || (token.isWord
                    && (token.code == grammar.ids.on
                        || !grammar.vocabulary.classes(token).isDisjoint(with: [.timeZone, .zoneWord])))
            guard isJoiner else { return false }
            index += 1
        }
        return true
    }
}
