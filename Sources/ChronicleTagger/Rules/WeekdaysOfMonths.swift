extension RuleSet {
    /// "the second Sunday in March", "the last Friday of June 2025", "the first Monday in October
    /// next year", "the last Friday of the month": the day the calendar fixes, in the month the
    /// words name. "the first Monday of every month" recurs monthly.
    static let weekdayOfMonth = Rule(
        id: "date.weekday-of-month",
        pattern: [
            // "the 1st and 3rd Monday of each month": two ranks, only as a set.
            .optional(.word("the")),
            .either([.sequence([.ordinal, .optional(.sequence([.words(["and", "or"]), .ordinal]))]), .word("last")]),
            .weekday, .words(["in", "of"]),
            .either([
                .sequence([
                    .month(standalone: true),
                    .optional(
                        .either([
                            .sequence([.optional(.mark(",")), .year]),
                            .sequence([.relation(offsets: [-1, 0, 1]), .word("year")]),
                        ])),
                ]),
                .sequence([
                    .optional(.word("the")), .optional(.either([.relation(offsets: nil), .words(["every", "each"])])),
                    .word("month"),
                ]),
            ]),
        ],
        build: { m in
            let week = m.said("last") ? -1 : m.ordinal ?? 0
            guard week == -1 || (1...5).contains(week), let weekday = m.weekday else { return nil }
            if m.said("every") || m.said("each") { return .set(.literal("P1M")) }
            if m.said("and") || m.said("or") { return nil }
            return .date(.weekdayInMonth(weekday: weekday, week: week, month: monthNamed(m)))
        },
        examples: [
            ("the second Sunday in March", "2021-03-14"), ("the first Monday in October 2022", "2022-10-03"),
            ("the last Friday of June 2025", "2025-06-27"), ("the second Sunday in March next year", "2022-03-13"),
            ("the last Friday of the month", "2021-04-30"), ("the third Saturday of next month", "2021-05-15"),
            ("the fifth Monday in May", "2021-05-31"), ("the first Monday of every month", "P1M"),
            ("the 1st and 3rd Monday of each month", "P1M"),
        ])

    /// "the second weekend of June", "the last weekend in August 2019": the weekend of the month's
    /// Saturday of that rank.
    static let weekendOfMonth = Rule(
        id: "date.weekend-of-month",
        pattern: [
            .optional(.word("the")), .either([.ordinal, .word("last")]), .word("weekend"), .words(["in", "of"]),
            .month(standalone: true), .optional(.sequence([.optional(.mark(",")), .year])),
        ],
        build: { m in
            let week = m.said("last") ? -1 : m.ordinal ?? 0
            guard week == -1 || (1...5).contains(week) else { return nil }
            let saturday = Reading.weekdayInMonth(weekday: 6, week: week, month: monthNamed(m))
            return .date(.weekOf(saturday, isWeekend: true))
        },
        examples: [
            ("the second weekend of June", "2021-W23-WE"), ("the last weekend in August 2019", "2019-W35-WE"),
        ])

    /// The month a phrase names: with its year, a year counted from now ("next year"), or alone;
    /// or "the month", "next month".
    private static func monthNamed(_ m: Match) -> Reading {
        if let number = m.month {
            if let year = m.year { return .calendar(year: year, month: number, day: nil) }
            if let offset = m.offset { return .inYear(offset: offset, suffix: Timex.pad(number, 2)) }
            return .month(number, offset: nil, day: nil)
        }
        if let offset = m.offset { return .relative(.month, offset: offset, anchoring: m.anchoring) }
        return .relative(.month, offset: 0, anchoring: .speech)
    }
}
