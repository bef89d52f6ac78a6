extension RuleSet {
    static let today = Rule(
        id: "date.today",
        pattern: [
            .words(["today", "yesterday", "tomorrow"]),
            // "today's world" is the present in general, not the day; "today's editions" is the day.
            .notBeforeAll([.glued(.mark("'")), .glued(.word("s")), .words(Lexicon.presentInGeneral)]),
        ],
        build: { m in
            .date(.relative(.day, offset: m.said("yesterday") ? -1 : m.said("tomorrow") ? 1 : 0, anchoring: .speech))
        },
        examples: [("today", "2021-04-10"), ("yesterday", "2021-04-09"), ("tomorrow", "2021-04-11")])

    static let dayBeforeYesterday = Rule(
        id: "date.day-before-yesterday",
        pattern: [.word("the"), .word("day"), .words(["before", "after"]), .words(["yesterday", "tomorrow"])],
        build: { m in .date(.relative(.day, offset: m.said("yesterday") ? -2 : 2, anchoring: .speech)) },
        examples: [("the day before yesterday", "2021-04-08"), ("the day after tomorrow", "2021-04-12")])

    /// "within the next month", "within the past week": a span of one unit that "within" bounds,
    /// not the month after the one talked about (as "within the next two weeks" is `P2W`).
    static let withinTheNextUnit = Rule(
        id: "duration.within-the-next",
        pattern: [
            .after(.word("within")), .word("the"), .words(["next", "coming", "following", "past", "last"]),
            .unit(plural: false), .notBefore(.words(["of", "or"])),
        ],
        build: oneUnitLong,
        examples: [("within [the next month]", "P1M"), ("within [the past week]", "P1W")])

    /// "spent the following decade as a university president", "will spend the next year abroad":
    /// the time a stay lasts, not the period after the one talked about.
    static let spentTheNextUnit = Rule(
        id: "duration.spent-the-next",
        pattern: [
            .after(.words(["spent", "spend", "spends", "spending"])), .word("the"),
            .words(["next", "following", "previous", "past", "last", "whole", "entire"]), .unit(plural: false),
            .notBefore(.words(["of", "or"])),
        ],
        build: oneUnitLong,
        examples: [("spent [the following decade]", "P10Y"), ("will spend [the next year]", "P1Y")])

    /// One unit as a length of time; a weekend is no length.
    private static func oneUnitLong(_ m: Match) -> Build? {
        guard let unit = m.unit, unit != .weekend else { return nil }
        return .duration(.duration(count: 1, unit, plusHalf: false))
    }

    /// "the next day", "the following week", "that year": counted from the date last mentioned.
    static let referenceDay = Rule(
        id: "date.reference-period",
        pattern: [
            .optional(.word("the")), .relation(offsets: nil), .unit(plural: false),
            .notBefore(.words(["of", "ended", "ending", "ends"])),
        ],
        build: { m in
            guard let unit = m.unit, !unit.isClock else { return nil }
            // "the next day" counts from the time talked about; "next week" alone from the time of writing.
            guard m.anchoring == .reference || (m.said("the") && m.said("next")) else { return nil }
            if unit == .weekend {
                // "the following weekend" is the first after the day talked about (the weekend of
                // the week holding the day two days on), "the previous weekend" the one of the
                // week before, "that weekend" the one of its week.
                guard m.anchoring == .reference, let offset = m.offset else { return nil }
                let days = offset > 0 ? 2 : offset < 0 ? -7 : 0
                return .date(.weekOf(.relative(.day, offset: days, anchoring: .reference), isWeekend: true))
            }
            // "over the next decade": the ten years ahead, as "the past decade" is the ten behind.
            if unit == .decade || unit == .century, m.said("the"), m.said("next") {
                return .duration(.duration(count: 1, unit, plusHalf: false))
            }
            return .date(.relative(unit, offset: m.offset!, anchoring: .reference))
        },
        examples: [
            ("the following day", "2021-04-11"), ("that year", "2021"), ("the previous month", "2021-03"),
            ("the next day", "2021-04-11"), ("the next decade", "P10Y"), ("the following weekend", "2021-W15-WE"),
            ("that weekend", "2021-W14-WE"),
        ])

    /// "later in the day", "earlier in the week": the day or week talked about.
    static let laterInThe = Rule(
        id: "date.later-in-the",
        pattern: [.words(["earlier", "later"]), .word("in"), .word("the"), .unit(plural: false)],
        build: { m in
            guard let unit = m.unit, [.day, .week, .month, .year].contains(unit) else { return nil }
            return .date(.periodTalkedAbout(unit))
        },
        examples: [("later in the day", "2021-04-10"), ("earlier in the week", "2021-W14")])

    /// "early in the year", "late in the week", "early in the morning": the start or end of the
    /// period or part of the day talked about (not "late in the day", often "too late").
    static let earlyInThe = Rule(
        id: "date.early-in-the",
        pattern: [.words(["early", "late"]), .word("in"), .word("the"), .either([.unit(plural: false), .dayPart])],
        build: { m in
            let modifier = m.said("early") ? "START" : "END"
            if let part = m.dayPart {
                guard part != .midday, part != .midnight else { return nil }
                return .time(.dayPart(day: .relative(.day, offset: 0, anchoring: .reference), part), modifier)
            }
            // "late in the day" is as often "too late" as a time.
            guard let unit = m.unit, [.week, .month, .year].contains(unit) else { return nil }
            return .date(.periodTalkedAbout(unit), modifier)
        },
        examples: [
            ("early in the year", "2021"), ("late in the week", "2021-W14"), ("early in the morning", "2021-04-10TMO"),
        ])

    /// "for the week", "the week's busiest session": the week talked about, as in market reports
    /// ("rose 2% on Friday. For the week, the index fell").
    static let weekTalkedAbout = Rule(
        id: "date.week-talked-about",
        pattern: [
            .either([
                .sequence([
                    .after(.words(["for", "during", "throughout"])), .word("the"), .word("week"),
                    .notBefore(.either([.words(["of", "before", "after", "ended", "ending", "to"]), .glued(.dash)])),
                ]),
                .sequence([.word("the"), .word("week"), .before(.glued(.mark("'")))]),
            ])
        ],
        build: { _ in .date(.periodTalkedAbout(.week)) },
        examples: [("for [the week]", "2021-W14"), ("[the week]'s busiest session", "2021-W14")])

    /// "the day after", "the day before his death": a day from the date last mentioned. After a
    /// comma, only where no event follows (see `appositivePeriod`).
    static let dayAfter = Rule(
        id: "date.day-after",
        pattern: [
            .either([
                .sequence([.notAfter(.mark(",")), .word("the"), .word("day"), .words(["after", "before"])]),
                .sequence([
                    .after(.mark(",")), .word("the"), .word("day"), .words(["after", "before"]), .before(dayAfterEnd),
                ]),
            ]),
            .notBefore(.words(["yesterday", "tomorrow"])),
        ],
        build: { m in .date(.relative(.day, offset: m.said("after") ? 1 : -1, anchoring: .reference)) },
        examples: [("[the day after], talks resumed", "2021-04-11"), ("since, [the day before],", "2021-04-09")])

    /// "Voters go to the polls on Nov. 5. The Sunday before, …": a weekday on that side of the date
    /// last mentioned, where no event follows (before an event, the day it counts from is unknown).
    static let weekdayBeforeAfter = Rule(
        id: "date.weekday-before-after",
        pattern: [
            .word("the"), .weekday, .words(["after", "before"]),
            .before(.either([.mark(","), .mark("."), .mark(";")])),
        ],
        build: { m in
            guard let weekday = m.weekday else { return nil }
            let day: Reading = .relative(.day, offset: 0, anchoring: .reference)
            return .date(.nextTo(day, .day, sign: m.said("after") ? 1 : -1, weekday: weekday))
        },
        examples: [("[the Sunday before].", "2021-04-04"), ("[the Monday after],", "2021-04-12")])

    /// "the Sunday before Nov. 5", "the Monday after 3 March 2019": a weekday next to a day the
    /// expression names.
    static let weekdayBesideDay = Rule(
        id: "date.weekday-beside-day",
        pattern: [
            .word("the"), .weekday, .words(["after", "before"]),
            .either([
                .sequence([.month(standalone: false), .day]),
                .sequence([.day, dayOf, .month(standalone: false)]),
            ]),
            .optional(.sequence([.optional(.mark(",")), .year])),
        ],
        build: { m in
            guard let weekday = m.weekday else { return nil }
            let day: Reading = .calendar(year: m.year, month: m.month, day: m.day)
            return .date(.nextTo(day, .day, sign: m.said("after") ? 1 : -1, weekday: weekday))
        },
        examples: [
            ("the Sunday before Nov. 5", "2020-11-01"), ("the Monday after 3 March 2019", "2019-03-04"),
            ("the Friday before May 4, 2019", "2019-05-03"),
        ])

    /// What may follow "the day before" that names no event: a mark or a day.
    static let dayAfterEnd: Element = .either([
        .mark(","), .mark("."), .mark(";"), .words(["yesterday", "tomorrow"]), .weekday,
    ])

    /// "He was last seen Nov. 3, the day before a warrant was issued", "in 1988, the year before
    /// the wall fell": after a comma, "the day" (or year) before or after an event is the date just
    /// named, in apposition.
    static let appositivePeriod = Rule(
        id: "date.appositive-period",
        pattern: [
            .after(.mark(",")), .word("the"), .unit(plural: false), .before(.words(["after", "before"])),
            // An event follows: no mark and no day ("yesterday", a weekday).
            .notBeforeAll([.words(["after", "before"]), dayAfterEnd]),
        ],
        build: { m in
            guard let unit = m.unit, !unit.isClock, unit != .weekend else { return nil }
            return .date(.relative(unit, offset: 0, anchoring: .reference))
        },
        examples: [("Oct. 12, [the day] before the crash", "2020-10-12"), ("1988, [the year] before the vote", "1988")])

    /// "born in the spring of 1934, the year the storms reached the coast", "on Monday, the day his
    /// plea was heard": after a comma, "the year" (or day, week, month) that a clause then describes
    /// is the date just named.
    static let appositivePeriodClause = Rule(
        id: "date.appositive-period-clause",
        pattern: [.after(.mark(",")), .word("the"), .unit(plural: false), .before(.words(clauseOpeners))],
        build: { m in
            guard let unit = m.unit, unit == .day || unit == .week || unit == .month || unit == .year else {
                return nil
            }
            return .date(.relative(unit, offset: 0, anchoring: .reference))
        },
        examples: [
            ("in the spring of 1934, [the year] the storms reached", "1934"),
            ("Oct. 12, [the day] when talks began", "2020-10-12"), ("so, the day belonged to them", ""),
        ])

    /// Words that open a clause describing the noun before them: "the year [the war ended]", "the day
    /// [he left]".
    static let clauseOpeners = [
        "when", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "i", "we", "he", "she", "they",
        "it", "you",
    ]

    static let sameDay = Rule(
        id: "date.same-day",
        pattern: [.words(["that", "the"]), .word("same"), .unit(plural: false)],
        build: { m in
            guard let unit = m.unit, unit != .weekend else { return nil }
            return .date(.relative(unit, offset: 0, anchoring: .reference))
        },
        examples: [("that same day", "2021-04-10"), ("the same week", "2021-W14")])
}
