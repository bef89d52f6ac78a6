import ChronicleText

extension TaggingRun {
    /// "two years and three months", "five days and 23 hours", "10 years, 4 months and 2 days": counted
    /// durations joined by "and" or a comma, each in a smaller unit than the one before, are one
    /// duration (`P2Y3M`, `P5DT23H`, `P10Y4M2D`), as TimeML writes them. Weeks, vague counts ("a few
    /// days") and halves stay apart.
    func joinCompoundDurations(_ found: inout [Found], intervals: inout [Tagger.Interval], tokens: [Token]) {
        var index = 0
        while index + 1 < found.count {
            guard let first = Self.compoundPart(found[index].reading),
                let second = Self.compoundPart(found[index + 1].reading), second.unit.rawValue < first.unit.rawValue,
                joinsDurations(from: found[index].tokens.upperBound, to: found[index + 1].tokens.lowerBound, tokens),
                found[index].expression.kind == .duration, found[index + 1].expression.kind == .duration,
                found[index + 1].expression.modifier == nil,
                !intervals.contains(where: {
                    [index, index + 1].contains($0.from) || [index, index + 1].contains($0.to)
                })
            else {
                index += 1
                continue
            }
            var merged = found[index]
            merged.expression.range = TextRange(
                merged.expression.range.lowerBound, found[index + 1].expression.range.upperBound)
            merged.expression.value = Self.joined(merged.expression.value, found[index + 1].expression.value)
            merged.tokens = merged.tokens.lowerBound..<found[index + 1].tokens.upperBound
            // The smaller unit joins the next part: "10 years, 4 months and 2 days".
            merged.reading = found[index + 1].reading
            found[index] = merged
            found.remove(at: index + 1)
            for at in intervals.indices {
                if intervals[at].from > index { intervals[at].from -= 1 }
                if intervals[at].to > index { intervals[at].to -= 1 }
            }
        }
    }

    /// The unit of a duration that may be part of a compound: a stated count of years, months,
    /// days, hours, minutes or seconds, without a half.
    private static func compoundPart(_ reading: Reading) -> (count: Int, unit: TimeUnit)? {
        guard case .duration(let count?, let unit, false) = reading,
            [.year, .month, .day, .hour, .minute, .second].contains(unit)
        else { return nil }
        return (count, unit)
    }

    /// Whether only "and", a comma, or a comma and "and" lie between two durations.
    private func joinsDurations(from start: Int, to end: Int, _ tokens: [Token]) -> Bool {
        let between = tokens[start..<end]
        guard (1...2).contains(between.count) else { return false }
        let isAnd = { (token: Token) in token.isWord && token.code == grammar.ids.and }
        if between.count == 1 { return isAnd(between[start]) || between[start].isMark(0x2C) }
        return between[start].isMark(0x2C) && isAnd(between[start + 1])
    }

    /// Two duration values as one: `P2Y` and `P3M` give `P2Y3M`; `P5D` and `PT23H` give `P5DT23H`.
    private static func joined(_ first: String, _ second: String) -> String {
        func parts(_ value: String) -> (date: Substring, time: Substring) {
            let body = value.dropFirst()
            guard let t = body.firstIndex(of: "T") else { return (body, "") }
            return (body[..<t], body[body.index(after: t)...])
        }
        let (date, time) = parts(first)
        let (moreDate, moreTime) = parts(second)
        let clock = time + moreTime
        return "P" + date + moreDate + (clock.isEmpty ? "" : "T" + clock)
    }
}
