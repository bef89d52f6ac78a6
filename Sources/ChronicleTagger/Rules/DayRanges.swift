extension RuleSet {
    /// The joining word or dash of two days in one month.
    static let dayJoiner: Element = .either([.dash, .words(["and", "to", "through", "until", "or"])])

    /// "April 24 and 25", "May 5–9, 2021": two days of one month, each its own expression.
    static let monthDayRange = Rule(
        id: "date.month-day-range",
        pattern: [
            .first([.month(standalone: false), .day]), dayJoiner, .second([.day]),
            .optional(.sequence([.optional(.mark(",")), .year])), .notBefore(.month(standalone: false)),
        ],
        build: { m in
            guard let start = m.day, let end = m.second.day, end > start, end - start < 31 else { return nil }
            return .range(
                .calendar(year: m.year, month: m.month, day: start), .calendar(year: m.year, month: m.month, day: end))
        },
        examples: [("April 24 and 25", "2021-04-24/2021-04-25"), ("May 5–9, 2019", "2019-05-05/2019-05-09")])

    /// "Dec. 28-Jan. 3", "Nov. 30–Dec. 2, 2024": two days of different months joined by a dash, each
    /// its own expression; a year after the second is the first's too, or the year before when the
    /// first month comes later in the year.
    static let monthDayToMonthDay = Rule(
        id: "date.month-day-to-month-day",
        pattern: [
            .first([.month(standalone: false), .day]), .dash,
            .second([.month(standalone: false), .day, .optional(.sequence([.optional(.mark(",")), .year]))]),
        ],
        build: { m in
            guard let month = m.month, let day = m.day, let endMonth = m.second.month, let endDay = m.second.day,
                month != endMonth
            else { return nil }
            let year = m.second.year.map { month > endMonth ? $0 - 1 : $0 }
            return .range(
                .calendar(year: year, month: month, day: day),
                .calendar(year: m.second.year, month: endMonth, day: endDay))
        },
        examples: [
            ("Nov. 30–Dec. 2, 2024", "2024-11-30/2024-12-02"), ("Dec. 28-Jan. 3, 2025", "2024-12-28/2025-01-03"),
            ("April 28-May 2", "2021-04-28/2021-05-02"),
        ])

    /// "24 and 25 April", "5–9 May 2021", "from the 1st to the 14th of July", "on Saturday 24th and
    /// Sunday 25th August".
    static let dayRangeMonth = Rule(
        id: "date.day-range-month",
        pattern: [
            // A first part opening with "the" would be tried at every "the": "from the [1st] to …".
            .first([.optional(.weekday), .day]), dayJoiner,
            .second([
                .optional(.word("the")), .optional(.weekday), .day, .optional(.word("of")), .month(standalone: false),
                .optional(.year),
            ]),
        ],
        build: { m in
            guard let start = m.day, let end = m.second.day, end > start, let month = m.second.month else { return nil }
            let year = m.second.year
            return .range(
                .calendar(year: year, month: month, day: start), .calendar(year: year, month: month, day: end))
        },
        examples: [
            ("5–9 May 2021", "2021-05-05/2021-05-09"), ("1st to the 14th of July", "2021-07-01/2021-07-14"),
            ("Saturday 24th and Sunday 25th July", "2021-07-24/2021-07-25"),
        ])
}
