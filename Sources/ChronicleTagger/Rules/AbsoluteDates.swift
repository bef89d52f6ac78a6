extension RuleSet {
    static let monthDayYear = Rule(
        id: "date.month-day-year",
        pattern: [weekdayPrefix, .month(standalone: false), .day, .optional(.mark(",")), .year],
        build: { m in .date(.calendar(year: m.year, month: m.month, day: m.day)) },
        examples: [
            ("March 3, 2020", "2020-03-03"), ("Sept. 30 2019", "2019-09-30"),
            ("Friday, Oct. 23, 1998", "1998-10-23"), ("December 22nd, 2019", "2019-12-22"),
        ])

    /// "3 March 2020", "the 3rd of March 2020", and as deeds write it, "the 1st day of March, 2024".
    static let dayMonthYear = Rule(
        id: "date.day-month-year",
        pattern: [
            weekdayPrefix, .optional(.word("the")), .day, dayOf, .month(standalone: false), .optional(.mark(",")),
            .year,
        ],
        build: { m in .date(.calendar(year: m.year, month: m.month, day: m.day)) },
        examples: [
            ("3 March 2020", "2020-03-03"), ("3rd of March 2020", "2020-03-03"), ("22 Dec. 2019", "2019-12-22"),
            ("made on [the 1st day of March, 2024]", "2024-03-01"),
        ])

    /// "of" between a day and its month, or "day of" as deeds and proclamations write it.
    static let dayOf: Element = .optional(.either([.word("of"), .sequence([.word("day"), .word("of")])]))

    static let monthDay = Rule(
        id: "date.month-day",
        pattern: [
            weekdayPrefix, .month(standalone: false), .day, .notBefore(.words(Lexicon.quantityWords)),
            // "Thursday and Friday, March 21-22": the range is the month's, the weekday its own.
            .notBefore(.glued(.dash)),
        ],
        build: { m in .date(.calendar(year: nil, month: m.month, day: m.day)) },
        examples: [("March 30", "2021-03-30"), ("Monday, Oct. 26", "2020-10-26"), ("April 12th", "2021-04-12")])

    static let dayMonth = Rule(
        id: "date.day-month",
        pattern: [weekdayPrefix, .optional(.word("the")), .day, dayOf, .month(standalone: false)],
        build: { m in .date(.calendar(year: nil, month: m.month, day: m.day)) },
        examples: [
            ("30 March", "2021-03-30"), ("2nd of April", "2021-04-02"), ("on [the 2nd of April]", "2021-04-02"),
            ("on [the fifth day of May]", "2021-05-05"),
        ])

    /// "March the eighth", "Monday the fifth": a day said as an ordinal after "the", as speakers say
    /// it ("Monday the fifth of May" is `dayMonth`'s). "In March the first shipments arrived" counts
    /// shipments, and "on Monday the third time" tries.
    static let spokenDayOfMonth = Rule(
        id: "date.spoken-day-of-month",
        pattern: [
            .either([
                .sequence([.month(standalone: false), .word("the"), .ordinal]),
                .sequence([.weekday, .word("the"), .ordinal]),
            ]),
            .notBefore(.either([.plainWord, .unit(plural: nil), .glued(.dash), .words(["time", "times"])])),
        ],
        build: { m in
            guard let day = m.ordinal, (1...31).contains(day) else { return nil }
            // "Monday the fifth": the fifth of the month the text is in.
            return .date(.calendar(year: nil, month: m.month, day: day))
        },
        examples: [
            ("March the eighth", "2021-03-08"), ("Monday the fifth", "2021-04-05"),
            ("on [Friday the 9th].", "2021-04-09"),
        ])

    /// "on the 15th,", "by the 3rd.": a day of the month the text is in, where a preposition
    /// frames it and nothing follows that it could number ("the 15th floor", "the 3rd time").
    /// Written in figures only: "eight years after the first." counts something else.
    static let dayOfMonth = Rule(
        id: "date.day-of-month",
        pattern: [
            .after(.words(["on", "by", "until", "since", "before", "after"])), .word("the"),
            .notBefore(.words(Lexicon.ordinals.map(\.word) + ["twenty", "thirty"])), .ordinal,
            .before(.either([.mark(","), .mark("."), .mark(";"), .words(["and", "to", "through", "until"])])),
        ],
        build: { m in
            guard let day = m.ordinal, (1...31).contains(day) else { return nil }
            return .date(.calendar(year: nil, month: nil, day: day))
        },
        examples: [
            ("on [the 15th],", "2021-04-15"), ("by [the 3rd].", "2021-04-03"), ("long after the first.", ""),
        ])

    /// "the 3rd of the following month", "the 15th of next month", "the first day of last month": a
    /// day of the month the words count to.
    static let dayOfRelativeMonth = Rule(
        id: "date.day-of-relative-month",
        pattern: [
            .optional(.word("the")), .day, dayOf, .optional(.word("the")), .relation(offsets: nil), .word("month"),
        ],
        build: { m in
            guard let day = m.day, let offset = m.offset else { return nil }
            return .date(.dayInMonth(day: day, month: .relative(.month, offset: offset, anchoring: m.anchoring)))
        },
        examples: [
            ("[the 15th of next month]", "2021-05-15"), ("on [the 1st day of last month]", "2021-03-01"),
        ])

    static let monthYear = Rule(
        id: "date.month-year",
        pattern: [.month(standalone: false), .optional(.word("of")), .optional(.mark(",")), .year],
        build: { m in .date(.calendar(year: m.year, month: m.month, day: nil)) },
        examples: [("August 2020", "2020-08"), ("December of 2019", "2019-12"), ("Feb. 1947", "1947-02")])

    static let monthAlone = Rule(
        id: "date.month",
        pattern: [.month(standalone: true)],
        build: { m in .date(.month(m.month!, offset: nil, day: nil)) },
        examples: [("January", "2021-01"), ("October", "2020-10")])

    static let monthApostropheYear = Rule(
        id: "date.month-short-year",
        pattern: [.month(standalone: false), .apostropheYear],
        build: { m in .date(.shortYear(m.year!, month: m.month, day: nil)) },
        examples: [("June '98", "1998-06")])
}
