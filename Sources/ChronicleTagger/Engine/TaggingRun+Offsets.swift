import ChronicleText

extension TaggingRun {
    /// "the day before Christmas", "two days before March 3", "the day before last Tuesday": an
    /// offset counted from the date that follows it, read as one expression. The matcher reads the
    /// offset alone (its rule counts from the date last mentioned); when a day comes right after
    /// it, the two become one date counted from that day.
    func anchorOffsetsOnFollowingDays(_ found: inout [Found], intervals: inout [Tagger.Interval], tokens: [Token]) {
        var index = 0
        while index + 1 < found.count {
            let offset = found[index]
            let day = found[index + 1]
            // Most pairs fail the first, cheap test; an end of an interval is never merged away.
            guard let days = days(offset, before: day, tokens: tokens), day.expression.kind == .date,
                let point = TimePoint(timex: day.expression.value), point.precision == .day,
                let calendarDay = Timex.day(of: point),
                !intervals.contains(where: {
                    [index, index + 1].contains($0.from) || [index, index + 1].contains($0.to)
                })
            else {
                index += 1
                continue
            }
            var merged = offset
            merged.expression.range = TextRange(offset.expression.range.lowerBound, day.expression.range.upperBound)
            merged.expression.value = Timex.day(calendarDay.adding(days: days))
            merged.expression.anchor = day.expression.value
            merged.tokens = offset.tokens.lowerBound..<day.tokens.upperBound
            found[index] = merged
            found.remove(at: index + 1)
            for at in intervals.indices {
                if intervals[at].from > index { intervals[at].from -= 1 }
                if intervals[at].to > index { intervals[at].to -= 1 }
            }
            index += 1
        }
    }

    /// The days `offset` moves from the date right after it: "the day before" -1, "two weeks after"
    /// 14 (an offset from the date last mentioned, ending in "before" or "after"). Nil when the two
    /// are not next to each other or the offset counts no days or weeks. "For two days after March
    /// 3" stays a duration and a date, as TimeML annotates it.
    private func days(_ offset: Found, before next: Found, tokens: [Token]) -> Int? {
        let end = offset.tokens.upperBound
        guard end == next.tokens.lowerBound, tokens[end - 1].isWord,
            tokens[end - 1].code == grammar.ids.before || tokens[end - 1].code == grammar.ids.after
        else { return nil }
        switch offset.reading {
        case .relative(.day, let days, .reference): return days
        case .shifted(let count?, let unit, let sign, .reference) where unit == .day || unit == .week:
            return count * sign * (unit == .week ? 7 : 1)
        default: return nil
        }
    }
}
