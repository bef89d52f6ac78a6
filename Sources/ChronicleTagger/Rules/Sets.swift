extension RuleSet {
    static let frequencyAdverb = Rule(
        id: "set.adverb",
        pattern: [
            .words([
                "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly", "fortnightly",
                "semiannually", "biannually", "biennially",
            ])
        ],
        build: { m in
            let value: String
            switch m.firstWord {
            case "daily": value = "P1D"
            case "weekly": value = "P1W"
            case "monthly": value = "P1M"
            case "hourly": value = "PT1H"
            case "nightly": value = "XXXX-XX-XXTNI"
            case "biweekly", "fortnightly": value = "P2W"
            case "semiannually", "biannually": value = "P6M"
            case "biennially": value = "P2Y"
            default: value = "P1Y"
            }
            return .set(.literal(value))
        },
        examples: [("daily", "P1D"), ("annually", "P1Y"), ("hourly", "PT1H"), ("semiannually", "P6M")])

    /// "the daily said", "according to the weekly,": a paper, not how often. (Before its name, "the
    /// Communist Party daily Granma", the corpus marks "daily" as how often the paper appears.)
    static let newspaper = Rule(
        id: "ignore.newspaper",
        pattern: [
            .word("the"), .words(["daily", "weekly"]),
            .before(
                .either([
                    .mark(","), .mark("."), .mark(";"),
                    .words(["said", "says", "reported", "reports", "quoted", "wrote", "added", "cited"]),
                ])),
        ],
        build: { _ in .nothing },
        examples: [("the daily said", ""), ("according to the weekly,", "")])

    /// "the audits ran quarterly.", "dividends paid quarterly in arrears": as an adverb only; "quarterly
    /// earnings" and "a quarterly report" say what a thing covers.
    static let quarterlyAdverb = Rule(
        id: "set.quarterly",
        pattern: [
            .word("quarterly"),
            .before(
                .either([
                    .mark(","), .mark("."), .mark(";"), .mark(")"),
                    .words(["and", "or", "since", "through", "until", "in", "from", "on", "at", "to", "for"]),
                ])),
        ],
        build: { _ in .set(.literal("P3M")) },
        examples: [("the audits ran [quarterly].", "P3M"), ("quarterly earnings rose", "")])

    /// "every day", "each year", "every two weeks", "every other day", "every weekend".
    static let everyUnit = Rule(
        id: "set.every-unit",
        pattern: [
            .words(["every", "each"]),
            // "every two to four years": the shorter length, as "two to four years" is.
            .optional(
                .either([
                    .sequence([.count, .optional(.sequence([.words(["to", "or"]), .second([.count])]))]),
                    .word("other"),
                ])),
            .unit(plural: nil),
        ],
        build: { m in
            guard let unit = m.unit else { return nil }
            // "every few months": a recurrence of unstated length.
            if m.isVague { return .set(.duration(count: nil, unit, plusHalf: false)) }
            let count = m.said("other") ? 2 : (m.count ?? 1)
            // "every weekend" is the weekends, not a length of two days.
            if unit == .weekend { return count == 1 ? .set(.literal("XXXX-WXX-WE")) : nil }
            return .set(.duration(count: count, unit, plusHalf: false))
        },
        examples: [
            ("every day", "P1D"), ("each year", "P1Y"), ("every two weeks", "P2W"), ("every other day", "P2D"),
            ("every few months", "PXM"), ("every weekend", "XXXX-WXX-WE"), ("every two to four years", "P2Y"),
        ])

    /// "every other Tuesday", "every second Friday": a weekday that recurs, not "every second".
    static let everyNthWeekday = Rule(
        id: "set.every-nth-weekday",
        pattern: [.words(["every", "each"]), .either([.word("other"), .ordinal]), .weekday],
        build: { m in
            guard m.said("other") || (m.ordinal ?? 0) >= 2 else { return nil }
            return .set(.literal("XXXX-WXX-\(m.weekday!)"))
        },
        examples: [("every other Tuesday", "XXXX-WXX-2"), ("every second Friday", "XXXX-WXX-5")])

    /// "every Thursday", "each July", "every September 11", "every summer", "every evening", "every
    /// Monday morning", "every Christmas", "every Thanksgiving" (`XXXX-11-XX`: a holiday that moves
    /// has no day of its own).
    static let everyNamedPeriod = Rule(
        id: "set.every-named",
        pattern: [
            .words(["every", "each"]),
            .either([
                .sequence([.weekday, .optional(.dayPart)]),
                .sequence([.month(standalone: false), .optional(.sequence([.optional(.word("the")), .day]))]),
                .sequence([.day, .optional(.word("of")), .month(standalone: false)]), .season, .dayPart, .holiday,
            ]),
        ],
        build: { m in
            let part = m.dayPart.map { "T" + $0.code } ?? ""
            if let weekday = m.weekday { return .set(.literal("XXXX-WXX-\(weekday)" + part)) }
            // "every Thanksgiving": a day of its month that moves; a feast that moves with Easter
            // recurs each year, in no month of its own.
            if let holiday = m.holiday {
                return .set(.literal(holiday.month == 0 ? "P1Y" : "XXXX-\(Timex.pad(Int(holiday.month), 2))-XX"))
            }
            if let month = m.month, let day = m.day {
                return .set(.literal("XXXX-\(Timex.pad(month, 2))-\(Timex.pad(day, 2))"))
            }
            if let month = m.month { return .set(.literal("XXXX-\(Timex.pad(month, 2))")) }
            if let season = m.season { return .set(.literal("XXXX-\(season.code)")) }
            if !part.isEmpty, !m.isPlural { return .set(.literal("XXXX-XX-XX" + part)) }
            return nil
        },
        examples: [
            ("every Thursday", "XXXX-WXX-4"), ("each July", "XXXX-07"), ("every summer", "XXXX-SU"),
            ("every evening", "XXXX-XX-XXTEV"), ("each night", "XXXX-XX-XXTNI"),
            ("every Sunday morning", "XXXX-WXX-7TMO"), ("every Christmas", "XXXX-12-25"),
            ("every Thanksgiving", "XXXX-11-XX"), ("each Easter", "P1Y"), ("every September 11", "XXXX-09-11"),
            ("every Sept. 11th", "XXXX-09-11"), ("every September the 11th", "XXXX-09-11"),
            ("each 1 January", "XXXX-01-01"),
        ])

    /// "the first of each month", "the 15th of every month": a day that recurs monthly.
    static let dayOfEveryMonth = Rule(
        id: "set.day-of-every-month",
        pattern: [.word("the"), .day, .word("of"), .words(["every", "each"]), .word("month")],
        build: { m in
            guard let day = m.day else { return nil }
            return .set(.literal("XXXX-XX-\(Timex.pad(day, 2))"))
        },
        examples: [("the first of each month", "XXXX-XX-01"), ("the 15th of every month", "XXXX-XX-15")])

    /// "December 31 of each year", "1 July of every year", "March of each year": a day or month that
    /// recurs yearly.
    static let dateOfEveryYear = Rule(
        id: "set.date-of-every-year",
        pattern: [
            .either([
                .sequence([.month(standalone: false), .optional(.day)]),
                .sequence([.optional(.word("the")), .day, .optional(.word("of")), .month(standalone: false)]),
            ]),
            .word("of"), .words(["every", "each"]), .word("year"),
        ],
        build: { m in
            guard let month = m.month else { return nil }
            let day = m.day.map { "-" + Timex.pad($0, 2) } ?? ""
            return .set(.literal("XXXX-\(Timex.pad(month, 2))" + day))
        },
        examples: [
            ("December 31 of each year", "XXXX-12-31"), ("1 July of every year", "XXXX-07-01"),
            ("March of each year", "XXXX-03"),
        ])

    /// "on weekdays", "every weekday": Monday to Friday of each week (`WD`, as a weekend is `WE`).
    static let weekdaysSet = Rule(
        id: "set.weekdays-all",
        pattern: [
            .either([
                .sequence([.words(["every", "each"]), .word("weekday")]),
                .sequence([.after(.words(["on", "during"])), .word("weekdays")]),
            ])
        ],
        build: { _ in .set(.literal("XXXX-WXX-WD")) },
        examples: [("open on [weekdays]", "XXXX-WXX-WD"), ("every weekday", "XXXX-WXX-WD")])

    /// "on Mondays", "Tuesday nights", "Sunday mornings".
    static let pluralWeekday = Rule(
        id: "set.weekdays",
        pattern: [.weekday, .optional(.dayPart)],
        build: { m in
            guard m.isPlural else { return nil }
            return .set(.literal("XXXX-WXX-\(m.weekday!)" + (m.dayPart.map { "T" + $0.code } ?? "")))
        },
        examples: [
            ("Mondays", "XXXX-WXX-1"), ("Tuesday nights", "XXXX-WXX-2TNI"), ("Sunday mornings", "XXXX-WXX-7TMO"),
        ])

    /// "on weekends", "at weekends", "weekends": every weekend.
    static let pluralWeekend = Rule(
        id: "set.weekends",
        pattern: [.after(.words(["on", "at", "during", "over"])), .word("weekends")],
        build: { _ in .set(.literal("XXXX-WXX-WE")) },
        examples: [("on [weekends]", "XXXX-WXX-WE")])

    /// One unit as a rate: "a day" is `P1D` ("a quarter" after an amount is a share, not a time).
    private static func perUnit(_ m: Match) -> Build? {
        guard let unit = m.unit, unit != .quarter else { return nil }
        return .set(.duration(count: 1, unit, plusHalf: false))
    }

    /// "a day" after an amount: "three times a day", "$1 billion a year", "24 hours a day"; not the
    /// ordinal "second" before a noun ("in 1972 a second crossing").
    static let perUnitAfterNumber = Rule(
        id: "set.per-unit",
        pattern: [
            .after(.either([.count, .number, .words(Lexicon.frequencyLeads)])), .words(["a", "an", "per"]),
            .notBeforeAll([.word("second"), .plainWord]), .unit(plural: false),
        ],
        build: perUnit,
        examples: [
            ("three times [a day]", "P1D"), ("$4 million [a year]", "P1Y"), ("$1.76 [a year]", "P1Y"),
            ("spins 50 times [a second]", "PT1S"),
        ])

    /// "a day" after what an amount counts: "100,000 vehicles a day", "five jets a month", "80 billion
    /// euros a month"; not "sold 500 shares a month later", nor a speed (`speed`).
    static let perUnitAfterCountedWord = Rule(
        id: "set.per-unit-after-count",
        pattern: [
            .after(.countedWord), .words(["a", "an", "per"]), .unit(plural: false),
            .notBefore(.words(Lexicon.afterCountedUnit)), .notBeforeAll([.word("or"), .count]),
        ],
        build: perUnit,
        examples: [
            ("100,000 vehicles [a day]", "P1D"), ("five jets [a month]", "P1M"), ("80 billion euros [a month]", "P1M"),
            ("two drinks [a day] or fewer", "P1D"),
        ])

    /// "30 miles per hour", "60 kilometers an hour", "100 megabits per second": a speed, no rate of
    /// events and no length (`Lexicon.speedUnits`).
    static let speed = Rule(
        id: "ignore.speed",
        pattern: [.words(Lexicon.speedUnits), .words(["a", "an", "per"]), .unit(plural: false)],
        build: { _ in .nothing },
        examples: [("moving at 30 miles per hour", ""), ("winds of 60 kilometers an hour", "")])

    static let perUnitAfterUnits = Rule(
        id: "set.per-unit-after-units",
        pattern: [.after(.unit(plural: true)), .words(["a", "an", "per"]), .unit(plural: false)],
        build: { m in .set(.duration(count: 1, m.unit!, plusHalf: false)) },
        examples: [("eight hours [a day]", "P1D")])
}
