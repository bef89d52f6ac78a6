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

    /// "24 and 25 April", "5–9 May 2021", "from the 1st to the 14th of July".
    static let dayRangeMonth = Rule(
        id: "date.day-range-month",
        pattern: [
            // A first part opening with "the" would be tried at every "the": "from the [1st] to …".
            .first([.day]), dayJoiner,
            .second([
                .optional(.word("the")), .day, .optional(.word("of")), .month(standalone: false), .optional(.year),
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
        ])
}
