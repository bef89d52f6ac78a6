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

    /// "The show began at 7 p.m. and ended shortly after 10:30", "opens at 9 a.m. and closes at
    /// 5:30": a clock time written without a.m. or p.m. and without a leading zero, after a time
    /// its sentence places in the day, is in the afternoon when read so it comes later that day
    /// (`T22:30`, `T17:30`), when nothing but a few words lie between the two: no comma, no other
    /// expression ("meets every Monday at 9 a.m., and the bus leaves daily at 7:15" is morning).
    /// "From 10:00 to 11:30" and "at 8 p.m. and ended at 1:15" stay. An afternoon, evening or night
    /// just before states the afternoon too ("tomorrow evening at 6.45" is `T18:45`).
    func clocksAfterAStatedTime(_ found: inout [Found], tokens: [Token], _ clauseTense: ClauseTense) {
        var stated: (index: Int, hour: Int)?
        for index in found.indices {
            // "tomorrow evening at 6.45", "Friday night at 10": a part of the day after noon states
            // the afternoon (a night's small hours are its morning: "Friday night at 2" stays).
            if case .dayPart(_, let part) = found[index].reading {
                switch part {
                case .afternoon, .evening: stated = (index, 12)
                case .night: stated = (index, 17)
                default: stated = nil
                }
                continue
            }
            guard case .clock(_, let hour, _, _) = found[index].reading else { continue }
            if found[index].expression.rule != RuleSet.clock24.id {
                stated = (index, hour)
                continue
            }
            guard found[index].mayBeInTheAfternoon(tokens), let (previous, statedHour) = stated,
                previous == index - 1, hour >= 1,
                statedHour >= 12 ? hour + 12 > statedHour : hour < statedHour,
                found[index].tokens.lowerBound - found[previous].tokens.upperBound <= 12,
                !(found[previous].tokens.upperBound..<found[index].tokens.lowerBound).contains(where: {
                    tokens[$0].isMark(0x2C) || clauseTense.isSentenceEnd(at: $0)
                })
            else { continue }
            found[index].moveToTheAfternoon()
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

extension TaggingRun.Found {
    /// Whether a clock time may be read in the afternoon: written before noon without a.m. or p.m.
    /// and without a leading zero ("4:30", not "04:30", "4:30 a.m." or "16:30").
    func mayBeInTheAfternoon(_ tokens: [Token]) -> Bool {
        guard expression.rule == RuleSet.clock24.id, case .clock(_, let hour, _, _) = reading, hour < 12 else {
            return false
        }
        let first = tokens[self.tokens.lowerBound]
        return first.isNumber && (first.digits < 2 || first.value >= 10)
    }

    /// Moves a clock time to the same time after noon: `T04:30` becomes `T16:30`.
    mutating func moveToTheAfternoon() {
        guard case .clock(let day, let hour, let minute, let second) = reading, hour < 12,
            let t = expression.value.firstIndex(of: "T")
        else { return }
        reading = .clock(day: day, hour: hour + 12, minute: minute, second: second)
        expression.value = expression.value[..<t] + Timex.clock(hour + 12, minute, second)
    }
}
