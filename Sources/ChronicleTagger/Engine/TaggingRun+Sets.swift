import ChronicleText

extension TaggingRun {
    /// "every Tuesday and Thursday", "on Monday and Tuesday nights": a weekday joined by "and" or
    /// "or" to a set of weekdays shares its recurrence, so the plain weekday becomes a set as well
    /// (with the set's part of the day, if it names one).
    func distributeWeekdaySets(_ found: inout [Found], tokens: [Token]) {
        guard found.count > 1 else { return }
        for index in 0..<(found.count - 1) {
            let left = found[index]
            let right = found[index + 1]
            // Exactly one word between them: "and" or "or".
            guard right.tokens.lowerBound == left.tokens.upperBound + 1 else { continue }
            let joiner = tokens[left.tokens.upperBound]
            guard joiner.isWord, joiner.code == grammar.ids.and || joiner.code == grammar.ids.or else { continue }
            if let set = Self.weekdaySet(left), let weekday = Self.plainWeekday(right) {
                found[index + 1].expression.kind = .set
                found[index + 1].expression.value = "XXXX-WXX-\(weekday)" + set.suffix
                found[index + 1].expression.anchor = nil
            } else if let set = Self.weekdaySet(right), let weekday = Self.plainWeekday(left) {
                found[index].expression.kind = .set
                found[index].expression.value = "XXXX-WXX-\(weekday)" + set.suffix
                found[index].expression.anchor = nil
            }
        }
    }

    /// "The office is open Monday through Friday, 9 a.m. to 5 p.m.": after a word for opening hours
    /// (`Lexicon.openingHoursWords`), a range of two weekdays is every such week, two sets, and the
    /// clock times that follow in the sentence name no day.
    func openingHoursSets(_ found: inout [Found], tokens: [Token], _ clauseTense: ClauseTense) {
        guard found.count > 1 else { return }
        var index = 0
        while index + 1 < found.count {
            defer { index += 1 }
            let left = found[index]
            let right = found[index + 1]
            guard right.tokens.lowerBound == left.tokens.upperBound + 1,
                let first = Self.plainWeekday(left), let last = closingWeekday(right, tokens: tokens)
            else { continue }
            let connector = tokens[left.tokens.upperBound]
            guard
                connector.isMark(0x2D) || connector.isMark(Punctuation.dash)
                    || (connector.isWord && grammar.vocabulary.classes(connector).contains(.dayRangeConnector)),
                givesOpeningHours(before: left.tokens.lowerBound, tokens: tokens, clauseTense)
            else { continue }
            let days = [found[index].expression.value, found[index + 1].expression.value]
            for (slot, weekday) in [(index, first), (index + 1, last)] {
                found[slot].expression.kind = .set
                found[slot].expression.value = "XXXX-WXX-\(weekday)"
                found[slot].expression.anchor = nil
            }
            // The clock times after them in the sentence were put on one of the two days.
            var next = index + 2
            while next < found.count, found[next].expression.kind == .time,
                !(found[index + 1].tokens.upperBound..<found[next].tokens.lowerBound).contains(where: {
                    clauseTense.isSentenceEnd(at: $0)
                })
            {
                let value = found[next].expression.value
                if let t = value.firstIndex(of: "T"), days.contains(String(value[..<t])) {
                    found[next].expression.value = "XXXX-XX-XX" + value[t...]
                    found[next].expression.anchor = nil
                }
                next += 1
            }
            index += 1
        }
    }

    /// "every Monday at 9 a.m.", "daily at 7:15", "at 6:30 p.m. every Tuesday", "open daily from 10
    /// a.m. to 5:30 p.m.": a clock time that names no day, next to a set (with at most "at", "from",
    /// "to", "until", "through" or a comma between them), is a time of each day the set names, not
    /// of one day; so is a clock time that a range word joins to such a time, and one a range joins
    /// to a clock time of a set ("noon-2pm on Saturdays").
    func clockTimesOfSets(_ found: inout [Found], tokens: [Token]) {
        guard found.count > 1 else { return }
        func isDaylessClock(_ index: Int) -> Bool {
            guard found.indices.contains(index), found[index].expression.kind == .time,
                case .clock(nil, _, _, _) = found[index].reading
            else { return false }
            return found[index].expression.value.contains("T")
        }
        func gap(_ left: Int, _ right: Int) -> Range<Int> {
            found[left].tokens.upperBound..<found[right].tokens.lowerBound
        }
        // "noon-2pm on Saturdays": a clock time a range joins to a clock time of a set is a time of
        // the same days.
        for index in found.indices.dropLast() where isDaylessClock(index) {
            let next = found[index + 1].expression
            let between = gap(index, index + 1)
            guard next.kind == .set, let t = next.value.firstIndex(of: "T"), between.count == 1,
                joinsClocks(tokens[between.lowerBound]), let own = found[index].expression.value.firstIndex(of: "T")
            else { continue }
            found[index].expression.value = String(next.value[..<t] + found[index].expression.value[own...])
            found[index].expression.kind = .set
            found[index].expression.anchor = nil
        }
        var recurs = found.indices.map { index in
            isDaylessClock(index)
                && [index - 1, index + 1].contains { other in
                    guard found.indices.contains(other), found[other].expression.kind == .set else { return false }
                    let between = other < index ? gap(other, index) : gap(index, other)
                    return between.count <= 2 && between.allSatisfy { joinsClockToSet(tokens[$0]) }
                }
        }
        // "from 10 a.m. to [5:30 p.m.] daily", "daily from [10 a.m.] to 5:30 p.m.": the range's other end.
        for index in found.indices.dropLast() where recurs[index] != recurs[index + 1] {
            let between = gap(index, index + 1)
            guard isDaylessClock(index), isDaylessClock(index + 1), between.count == 1,
                joinsClocks(tokens[between.lowerBound])
            else { continue }
            recurs[index] = true
            recurs[index + 1] = true
        }
        for index in found.indices where recurs[index] {
            guard let t = found[index].expression.value.firstIndex(of: "T") else { continue }
            found[index].expression.value = "XXXX-XX-XX" + found[index].expression.value[t...]
            found[index].expression.anchor = nil
        }
    }

    /// "reviewed annually in June", "every six months, in January and July", "due twice a year, on
    /// April 10 and December 10": a month or day without a year right after a set of how often
    /// (with "in", "on" or a comma between), and those joined to it by "and" or a comma, recur
    /// with it: `XXXX-06`, `XXXX-04-10`. A rate ("$5 million a year in June") names no recurring month.
    func recurringDatesOfSets(_ found: inout [Found], tokens: [Token]) {
        guard found.count > 1 else { return }
        let ids = grammar.ids
        func isFrequency(_ set: Found) -> Bool {
            switch set.expression.rule {
            case RuleSet.frequencyAdverb.id, RuleSet.quarterlyAdverb.id, RuleSet.everyUnit.id,
                RuleSet.everyNamedPeriod.id:
                return true
            case RuleSet.perUnitAfterNumber.id:
                let before = set.tokens.lowerBound - 1
                return before >= 0 && grammar.vocabulary.classes(tokens[before]).contains(.frequencyWord)
            default: return false
            }
        }
        func joins(_ gap: Range<Int>) -> Bool {
            gap.count >= 1 && gap.count <= 2
                && gap.allSatisfy {
                    tokens[$0].isMark(0x2C)
                        || (tokens[$0].isWord && [ids.in, ids.on, ids.and, ids.or].contains(tokens[$0].code))
                }
        }
        func yearless(_ item: Found) -> Bool {
            switch item.reading {
            case .month(_, nil, _, .speech), .calendar(nil, _?, _): item.expression.kind == .date
            default: false
            }
        }
        var index = 0
        while index + 1 < found.count {
            defer { index += 1 }
            guard found[index].expression.kind == .set, isFrequency(found[index]) else { continue }
            var previous = index
            var next = index + 1
            while next < found.count, yearless(found[next]),
                joins(found[previous].tokens.upperBound..<found[next].tokens.lowerBound)
            {
                let value = found[next].expression.value
                if value.count >= 7, value.first?.isNumber == true {
                    found[next].expression.value = "XXXX" + value.dropFirst(4)
                    found[next].expression.anchor = nil
                }
                previous = next
                next += 1
            }
        }
    }

    /// Whether a token may stand between a set and its clock time: "at", "from", a range word
    /// ("to", "until", "through"), a comma.
    private func joinsClockToSet(_ token: Token) -> Bool {
        if token.isMark(0x2C) { return true }
        return token.isWord
            && (token.code == grammar.ids.at || token.code == grammar.ids.to || token.code == grammar.ids.from
                || grammar.vocabulary.classes(token).contains(.dayRangeConnector))
    }

    /// Whether a token joins two clock times into a range: a dash, "to", "and", a range word.
    private func joinsClocks(_ token: Token) -> Bool {
        if token.isMark(0x2D) || token.isMark(Punctuation.dash) { return true }
        return token.isWord
            && (token.code == grammar.ids.to || token.code == grammar.ids.and
                || grammar.vocabulary.classes(token).contains(.dayRangeConnector))
    }

    /// The weekday a range closes on: a plain weekday, or one `weekdayClosingRange` made the day
    /// after the weekday that opens the range.
    private func closingWeekday(_ found: Found, tokens: [Token]) -> Int? {
        if let weekday = Self.plainWeekday(found) { return weekday }
        guard found.expression.kind == .date, found.tokens.count == 1,
            grammar.vocabulary.classes(tokens[found.tokens.lowerBound]).contains(.weekday),
            let point = TimePoint(timex: found.expression.value), let day = Timex.day(of: point)
        else { return nil }
        return day.weekday
    }

    /// Whether a word for opening hours comes before `index` in its sentence, in a clause that
    /// does not speak of the past.
    private func givesOpeningHours(before index: Int, tokens: [Token], _ clauseTense: ClauseTense) -> Bool {
        guard sentenceHas(.openingHours, before: index, reach: 8, tokens: tokens, clauseTense) else { return false }
        let tense = clauseTense.tense(before: index, after: index + 1)
        return tense != .past && tense != .participle
    }

    /// A set of weekdays ("XXXX-WXX-2", "XXXX-WXX-2TNI") and what follows its weekday.
    private static func weekdaySet(_ found: Found) -> (weekday: Int, suffix: String)? {
        let value = found.expression.value
        guard found.expression.kind == .set, value.hasPrefix("XXXX-WXX-"), value.count >= 10 else { return nil }
        let rest = value.dropFirst(9)
        guard let weekday = rest.first?.wholeNumberValue, (1...7).contains(weekday) else { return nil }
        return (weekday, String(rest.dropFirst()))
    }

    /// A weekday the text names without "last" or "next" ("Thursday").
    private static func plainWeekday(_ found: Found) -> Int? {
        guard found.expression.kind == .date, case .weekday(let weekday, nil, _) = found.reading else { return nil }
        return weekday
    }
}
