extension RuleSet {
    /// Words between "the" and a count that keep the phrase a duration: "the past three months",
    /// "the first nine months", "the next few days".
    static let durationLead: Element = .optional(.sequence([.word("the"), .optional(.words(durationLeadWords))]))

    /// The words of `durationLead` after "the".
    static let durationLeadWords = [
        "past", "last", "next", "first", "latest", "coming", "following", "previous", "final", "remaining", "initial",
        "entire", "full", "ensuing",
    ]

    /// "three years", "the past two months", "a week", "the next 12 to 18 months", "two more weeks",
    /// "nine long years".
    static let countedDuration = Rule(
        id: "duration.count-unit",
        pattern: [
            durationLead, .count,
            .optional(.sequence([.words(["to", "or"]), .second([.count])])),
            .optional(
                .words([
                    "more", "additional", "extra", "straight", "consecutive", "trading", "business", "working",
                    "calendar", "sitting", "long", "entire", "whole", "full", "academic", "school", "court",
                    "legislative",
                ])),
            .unit(plural: nil), .optional(.sequence([.word("or"), .word("so")])),
            .notBefore(.words(["old", "ago", "earlier"])), .notBefore(.glued(.dash)),
            // "when three years of age": an age, as "three years old" is.
            .notBeforeAll([.word("of"), .word("age")]),
        ],
        readsFractions: true,
        build: { m in
            guard let unit = m.unit, unit != .quarter || !m.isArticle else { return nil }
            // "an average workweek of 34.3 hours".
            if let fraction = m.fraction {
                guard m.isPlural, let count = m.count,
                    let value = Timex.duration(count: count, fraction: fraction, unit)
                else { return nil }
                return .duration(.literal(value))
            }
            // "a second attempt" is an ordinal; "a long day" is a hard one.
            if unit == .second, m.isArticle { return nil }
            if m.said("long"), m.isArticle { return nil }
            // "the two day rally": a singular unit after a count qualifies a noun, which owns the article.
            if m.said("the"), !m.isPlural, (m.count ?? 2) > 1 { return nil }
            // "the 1988 quarter" names a period of a year; it is no count ("a 232 day strike" is).
            if !m.isPlural, (m.count ?? 0) >= 1000 { return nil }
            if unit == .halfYear { return nil }
            return .duration(.duration(count: m.count, unit, plusHalf: m.plusHalf))
        },
        examples: [
            ("three years", "P3Y"), ("the past two months", "P2M"), ("a week", "P1W"), ("the first nine months", "P9M"),
            ("the last twenty four hours", "PT24H"), ("the next few days", "PXD"), ("2 1/2 years", "P2Y6M"),
            ("two more weeks", "P2W"), ("two to three weeks", "P2W"), ("two decades", "P20Y"),
            ("nine long years", "P9Y"), ("an entire day", "P1D"), ("two academic years", "P2Y"),
            ("34.3 hours", "PT34.3H"),
            ("9.58 seconds", "PT9.58S"), ("2.05 years", "P2.05Y"), ("a [232 day] strike", "P232D"),
        ])

    /// "three hours earlier", "20 minutes earlier": a length of the clock before a time the text
    /// does not state, as "three hours later" is ("two days earlier" counts back to a day,
    /// `date.earlier`).
    static let clockUnitsEarlier = Rule(
        id: "duration.clock-units-earlier",
        pattern: [.count, .unit(plural: nil), .before(.word("earlier"))],
        build: { m in
            guard let unit = m.unit, unit.isClock, !m.isVague else { return nil }
            return .duration(.duration(count: m.count, unit, plusHalf: m.plusHalf))
        },
        examples: [("[three hours] earlier", "PT3H"), ("[20 minutes] earlier", "PT20M")])

    /// "for another year", "another two weeks", "another few days": a length of time on top of one
    /// already spent; "on another day" is some other day.
    static let anotherDuration = Rule(
        id: "duration.another",
        pattern: [
            .notAfter(.words(["on", "of"])), .word("another"), .optional(.count), .unit(plural: nil),
            .notBefore(.words(["old", "ago", "earlier", "later"])), .notBefore(.glued(.dash)),
        ],
        build: { m in
            guard let unit = m.unit, unit != .quarter || m.isPlural else { return nil }
            // "another year" is one; "another two weeks" counts, "another weeks" does not.
            let count = m.count ?? (m.isVague ? nil : 1)
            if m.count == nil, !m.isVague, m.isPlural { return nil }
            if let count, count > 1, !m.isPlural { return nil }
            return .duration(.duration(count: count, unit, plusHalf: m.plusHalf))
        },
        examples: [
            ("for [another year]", "P1Y"), ("[another two weeks]", "P2W"), ("[another few days]", "PXD"),
            ("on another day", ""),
        ])

    /// "three quarters of the votes", "a quarter of the staff": a fraction, not a time.
    static let fraction = Rule(
        id: "ignore.fraction",
        pattern: [.count, .words(["quarter", "quarters", "half", "halves"]), .word("of")],
        build: { _ in .nothing },
        examples: [("three quarters of", "")])

    /// "the next day or two", "the past week or two": one unit or a few, read as the first count,
    /// as "two to three weeks" is; "the next day" alone would be a date. ("A month or two" stays "a
    /// month", as the corpus mostly marks it.)
    static let unitOrCount = Rule(
        id: "duration.unit-or-count",
        pattern: [
            .word("the"), .words(durationLeadWords), .unit(plural: false), .word("or"), .count,
            .notBefore(.unit(plural: nil)),
        ],
        build: { m in
            guard let unit = m.unit, let count = m.count, (2...3).contains(count) else { return nil }
            return .duration(.duration(count: 1, unit, plusHalf: false))
        },
        examples: [("in [the next day or two]", "P1D"), ("[the past week or two]", "P1W")])

    /// "the third storm in as many weeks": as many units as the count before it (`P3W`); the tagging
    /// run reads that count, and without one the length stays unstated (`PXW`).
    static let asManyUnits = Rule(
        id: "duration.as-many",
        pattern: [.word("as"), .word("many"), .unit(plural: true)],
        build: { m in
            guard let unit = m.unit else { return nil }
            return .duration(.duration(count: nil, unit, plusHalf: false))
        },
        examples: [
            ("the third storm in [as many weeks]", "P3W"), ("four titles in [as many years]", "P4Y"),
            ("[as many days]", "PXD"),
        ])

    /// "five years to the day after the assassination", "a year to the day": an exact length of
    /// time, whose "the day after" counts from no date of its own.
    static let durationToTheDay = Rule(
        id: "duration.to-the-day",
        pattern: [.count, .unit(plural: nil), .word("to"), .word("the"), .word("day")],
        build: { m in
            guard let unit = m.unit else { return nil }
            return .duration(.duration(count: m.count, unit, plusHalf: false))
        },
        examples: [("[five years to the day] after the fire", "P5Y"), ("[a year to the day] since", "P1Y")])

    /// "a minute and a half", "two hours and a half", "over the next year and a half".
    static let durationAndAHalf = Rule(
        id: "duration.and-a-half",
        pattern: [
            .either([.count, .sequence([.word("the"), .words(durationLeadWords)])]), .unit(plural: nil),
            .word("and"), .word("a"), .word("half"),
        ],
        build: { m in
            guard let unit = m.unit else { return nil }
            // "the next year and a half" is one unit and a half.
            if m.count == nil, !m.isVague, m.isPlural { return nil }
            return .duration(.duration(count: m.count ?? (m.isVague ? nil : 1), unit, plusHalf: true))
        },
        examples: [
            ("a minute and a half", "PT1M30S"), ("two years and a half", "P2Y6M"),
            ("over [the next year and a half]", "P1Y6M"),
        ])

    /// Half of one unit, as a duration value: half an hour is `PT30M`.
    static func half(of unit: TimeUnit?) -> String? {
        switch unit {
        case .hour?: "PT30M"
        case .minute?: "PT30S"
        case .day?: "PT12H"
        case .week?: "P3DT12H"
        case .month?: "P15D"
        case .year?: "P6M"
        case .decade?: "P5Y"
        case .century?: "P50Y"
        case .millennium?: "P500Y"
        default: nil
        }
    }

    /// A quarter of one unit, as a duration value: a quarter century is `P25Y`.
    static func quarter(of unit: TimeUnit?) -> String? {
        switch unit {
        case .hour?: "PT15M"
        case .day?: "PT6H"
        case .year?: "P3M"
        case .century?: "P25Y"
        default: nil
        }
    }

    /// "a quarter century", "a quarter of an hour", "a quarter-century"; not "a quarter of the
    /// votes", which is a fraction.
    static let quarterUnit = Rule(
        id: "duration.quarter-unit",
        pattern: [
            .words(["a", "an"]), .word("quarter"),
            .either([
                .sequence([.glued(.dash), .glued(.unit(plural: false))]),
                .sequence([.optional(.sequence([.word("of"), .words(["a", "an"])])), .unit(plural: false)]),
            ]),
        ],
        build: { m in quarter(of: m.unit).map { .duration(.literal($0)) } },
        examples: [
            ("a quarter century", "P25Y"), ("a quarter of an hour", "PT15M"), ("a quarter-century", "P25Y"),
        ])

    /// "hundreds of years", "several hundred years", "thousands of years", "millions of years": a
    /// span of unstated length ("a few hundred years ago", "billions of years ago" a time past); not
    /// an age ("several hundred years old").
    static let hundredsOfUnits = Rule(
        id: "duration.hundreds-of-units",
        pattern: [
            .either([
                .sequence([.words(["hundreds", "thousands", "millions", "billions"]), .word("of")]),
                .sequence([
                    // "a hundred years" is a count.
                    .either([.words(["several", "few", "many"]), .sequence([.word("a"), .word("few")])]),
                    .words(["hundred", "thousand"]),
                ]),
            ]),
            .unit(plural: true), .optional(.word("ago")),
            .notBefore(.words(["old", "earlier", "later", "before", "after"])),
        ],
        build: { m in
            guard let unit = m.unit, !unit.isClock || unit == .hour else { return nil }
            if m.said("ago") { return .date(.literal("PAST_REF")) }
            return .duration(.duration(count: nil, unit, plusHalf: false))
        },
        examples: [
            ("hundreds of years", "PXY"), ("several hundred years", "PXY"), ("thousands of hours", "PTXH"),
            ("a few hundred years ago", "PAST_REF"), ("billions of years ago", "PAST_REF"),
            ("millions of years", "PXY"),
        ])

    /// "half an hour", "half a century".
    static let halfUnit = Rule(
        id: "duration.half-unit",
        pattern: [.word("half"), .words(["a", "an"]), .unit(plural: false)],
        build: { m in half(of: m.unit).map { .duration(.literal($0)) } },
        examples: [("half an hour", "PT30M"), ("half a century", "P50Y"), ("half a millennium", "P500Y")])

    /// "a half hour", "the next half hour", "a half-century", "a half-hour show"; not "the second
    /// half" of a year, nor a half of something else ("half the staff").
    static let halfAsCount = Rule(
        id: "duration.half-as-count",
        pattern: [
            .either([
                .sequence([
                    .either([.words(["a", "an"]), .sequence([.word("the"), .optional(.words(durationLeadWords))])]),
                    .word("half"), .unit(plural: false),
                ]),
                // "the last half-century": after a word that says which, the article is the length's.
                .sequence([
                    .word("the"), .words(durationLeadWords), .word("half"), .glued(.dash), .glued(.unit(plural: false)),
                ]),
                // Before a noun the article is the noun's: "a [half-hour] show".
                .sequence([.word("half"), .glued(.dash), .glued(.unit(plural: false))]),
            ])
        ],
        build: { m in
            guard m.unit != .year else { return nil }
            return half(of: m.unit).map { .duration(.literal($0)) }
        },
        examples: [
            ("a half hour", "PT30M"), ("the next half hour", "PT30M"), ("half-century", "P50Y"),
            ("half-hour", "PT30M"), ("the last half-century", "P50Y"), ("the ensuing half century", "P50Y"),
        ])

    /// "the next hour", "the past minute", "the first hour of trading": one unit of the clock, which
    /// the count rule needs a number for; not "at the last minute".
    static let relativeClockUnit = Rule(
        id: "duration.relative-clock-unit",
        pattern: [
            .word("the"), .words(durationLeadWords), .unit(plural: false), .notBefore(.glued(.dash)),
        ],
        build: { m in
            guard let unit = m.unit, unit == .hour || unit == .minute else { return nil }
            if unit == .minute, m.said("last") || m.said("final") { return nil }
            return .duration(.duration(count: 1, unit, plusHalf: false))
        },
        examples: [("the next hour", "PT1H"), ("the past minute", "PT1M"), ("the first hour", "PT1H")])

    /// "two-year", "16-hour", "52-week": a duration that qualifies a noun ("a five-year plan"); an age
    /// ("a 52-year-old man", "the 19-year old suspect") is not one.
    static let compoundDuration = Rule(
        id: "duration.compound",
        pattern: [
            .count, .glued(.dash), .glued(.unit(plural: false)), .notBefore(.glued(.dash)), .notBefore(.word("old")),
        ],
        build: { m in
            guard let unit = m.unit, unit != .halfYear, !m.isArticle else { return nil }
            // "one-quarter of its sales" is a fourth.
            if unit == .quarter, m.count == 1 { return nil }
            return .duration(.duration(count: m.count, unit, plusHalf: m.plusHalf))
        },
        examples: [
            ("two-year", "P2Y"), ("16-hour", "PT16H"), ("52-week", "P52W"), ("one-quarter of its sales", ""),
            ("the 19-year old suspect", ""),
        ])

    /// "a three-year period", "a two-week span".
    static let compoundPeriod = Rule(
        id: "duration.compound-period",
        pattern: [
            .words(["a", "an"]), .count, .glued(.dash), .glued(.unit(plural: false)),
            .words(["period", "span", "stretch", "spell"]),
        ],
        build: { m in
            guard let unit = m.unit, unit != .halfYear else { return nil }
            return .duration(.duration(count: m.count, unit, plusHalf: m.plusHalf))
        },
        examples: [("a three-year period", "P3Y")])

    /// "over the years", "for the past months": a stretch of unstated length.
    static let theUnits = Rule(
        id: "duration.the-units",
        pattern: [
            .after(.words(["over", "for", "during", "throughout", "through"])), .word("the"),
            .unit(plural: true), .notBefore(.words(["ago", "before", "after", "of", "that", "when"])),
        ],
        build: { m in
            guard let unit = m.unit, unit != .second, unit != .quarter else { return nil }
            return .duration(.duration(count: nil, unit, plusHalf: false))
        },
        examples: [("prices fell over [the years]", "PXY")])

    /// "the first hours of the ground war", "the early years", "the final days of the campaign": a
    /// stretch of unstated length at one end of something. ("The early hours of Wednesday" are a
    /// time of that day, left to the day.)
    static let unitsAtAnEnd = Rule(
        id: "duration.units-at-an-end",
        pattern: [
            .word("the"), .words(["first", "last", "final", "opening", "closing", "early", "waning", "dying"]),
            .unit(plural: true), .notBefore(.words(["ago", "before", "after", "later", "earlier"])),
            // "the final days of 2019", "the first weeks of March", "the last days of the year": a
            // part of that date (see `Lexicon.pointPrefixes`).
            .notBeforeAll([
                .word("of"), .either([.year, .month(standalone: false), .words(["this", "last", "next"])]),
            ]),
            .notBeforeAll([.word("of"), .word("the"), .unit(plural: false)]),
        ],
        build: { m in
            guard let unit = m.unit, m.isPlural, unit != .second, unit != .quarter, unit != .weekend else { return nil }
            if unit == .hour, m.said("early") { return nil }
            return .duration(.duration(count: nil, unit, plusHalf: false))
        },
        examples: [
            ("in [the first hours] of the war", "PTXH"), ("in [the early years]", "PXY"),
            ("[the final days] of the campaign", "PXD"),
        ])

    /// "three-month-long", "a 10-day-long trip": a counted length, "long" and all.
    static let compoundLong = Rule(
        id: "duration.compound-long",
        pattern: [.count, .glued(.dash), .glued(.unit(plural: false)), .glued(.dash), .glued(.word("long"))],
        build: { m in
            guard let unit = m.unit, unit != .halfYear, !m.isArticle else { return nil }
            return .duration(.duration(count: m.count, unit, plusHalf: m.plusHalf))
        },
        examples: [("three-month-long", "P3M"), ("a [10-day-long] trip", "P10D")])

    /// "day-long", "decades-long".
    static let unitLong = Rule(
        id: "duration.unit-long",
        pattern: [.unit(plural: nil), .glued(.dash), .glued(.word("long"))],
        build: { m in
            guard let unit = m.unit else { return nil }
            return .duration(.duration(count: m.isPlural ? nil : 1, unit, plusHalf: false))
        },
        examples: [("day-long", "P1D"), ("decades-long", "PXE")])

    /// "a monthlong offensive", "an hourlong meeting": a unit and "long" written as one word.
    static let unitLongWord = Rule(
        id: "duration.unit-long-word",
        pattern: [.words(Lexicon.unitLongWords.map(\.word))],
        build: { m in
            guard let unit = Lexicon.unitLongWords.first(where: { m.said($0.word) })?.unit else { return nil }
            return .duration(.duration(count: 1, unit, plusHalf: false))
        },
        examples: [("a [monthlong] offensive", "P1M"), ("an [hourlong] meeting", "PT1H"), ("yearlong", "P1Y")])

    /// "for a while", "after a while": a stretch of time of no stated unit; "a while ago" is a
    /// time past, and "once in a while" a frequency, not read here.
    static let aWhile = Rule(
        id: "duration.a-while",
        pattern: [
            .optional(.words(["quite", "little"])), .word("a"), .optional(.words(["little", "short", "long"])),
            .word("while"), .optional(.words(["ago", "back"])),
        ],
        build: { m in
            if m.said("ago") || m.said("back") { return .date(.literal("PAST_REF")) }
            return .duration(.literal("PXX"))
        },
        examples: [("for [a while]", "PXX"), ("a little while ago", "PAST_REF")])

    /// "at the half hour", "buses leave on the half hour": thirty minutes past each hour, a mark
    /// of the clock, no length of time.
    static let halfHourMark = Rule(
        id: "ignore.half-hour-mark",
        pattern: [.after(.words(["at", "on"])), .word("the"), .word("half"), .optional(.dash), .word("hour")],
        build: { _ in .nothing },
        examples: [("on the half hour", "")])

    /// "once in a while": now and then, no length of time.
    static let onceInAWhile = Rule(
        id: "ignore.once-in-a-while",
        pattern: [.word("once"), .word("in"), .word("a"), .word("while")],
        build: { _ in .nothing },
        examples: [("once in a while", "")])

    /// "call it a day", "called it a night": an idiom for stopping, no length of time.
    static let callItADay = Rule(
        id: "ignore.call-it-a-day",
        pattern: [.words(["call", "calls", "called", "calling"]), .word("it"), .word("a"), .words(["day", "night"])],
        build: { _ in .nothing },
        examples: [("decided to call it a day", ""), ("called it a night", "")])

    /// "24 hours a day, seven days a week", "365 days a year": always, no length or rate of time.
    static let roundTheClock = Rule(
        id: "ignore.round-the-clock",
        pattern: [
            .either([
                .sequence([.count, .word("hours"), .word("a"), .word("day")]),
                .sequence([.count, .word("days"), .word("a"), .words(["week", "year"])]),
            ])
        ],
        build: { m in
            let aroundTheDay = m.said("hours") && m.count == 24
            let aroundTheWeek = m.said("week") && m.count == 7
            let aroundTheYear = m.said("year") && (m.count == 365 || m.count == 366)
            return aroundTheDay || aroundTheWeek || aroundTheYear ? .nothing : nil
        },
        examples: [("staffed 24 hours a day", ""), ("open seven days a week", ""), ("365 days a year", "")])

    /// "a minute amount", "minute traces": the adjective "minute", tiny, not sixty seconds.
    static let tinyMinute = Rule(
        id: "ignore.tiny-minute",
        pattern: [.optional(.words(["a", "an"])), .word("minute"), .words(Lexicon.tinyThings)],
        build: { _ in .nothing },
        examples: [("a minute amount of force", ""), ("minute traces of lead", "")])

    /// "for years", "within weeks", "in months": an unstated number of units.
    static let bareUnits = Rule(
        id: "duration.bare-units",
        pattern: [
            .after(.words(["for", "within", "in", "after", "over", "from"])), .unit(plural: true),
            .optional(.sequence([.word("or"), .second([.unit(plural: true)])])),
            .notBefore(.words(["ago", "later", "earlier"])),
        ],
        build: { m in
            guard let unit = m.unit, unit != .second, unit != .quarter else { return nil }
            return .duration(.duration(count: nil, unit, plusHalf: false))
        },
        examples: [("they waited for [months]", "PXM"), ("lost within [weeks or months]", "PXW")])

    /// "follows months of twists and turns", "ended years of war", "the heady days of swelling
    /// sales": an unstated number of units that a stretch of something filled. Not after a word
    /// that starts a noun phrase or counts ("the days of the week", "many years of"), nor one that
    /// places the units in a period ("the early hours of Thursday", "the final days of the
    /// campaign"), nor minutes ("the minutes of the meeting").
    static let unitsOf = Rule(
        id: "duration.units-of",
        pattern: [
            .notAfter(
                .either([
                    .words(Lexicon.nounPhraseStarts + Lexicon.vagueCounts + Lexicon.placingAdjectives), .number,
                ])),
            .unit(plural: true), .before(.word("of")), .notBeforeAll([.word("of"), .words(["age", "the", "a"])]),
        ],
        build: { m in
            guard let unit = m.unit, [.hour, .day, .week, .month, .year, .decade, .century].contains(unit) else {
                return nil
            }
            return .duration(.duration(count: nil, unit, plusHalf: false))
        },
        examples: [
            ("follows [months] of twists and turns", "PXM"), ("the heady [days] of swelling sales", "PXD"),
            ("the days of the week", ""),
        ])

    /// "Hours later", "decades later": an unstated number of units, as "two years later" is a
    /// stated one (the span leaves "later" out).
    static let bareUnitsLater = Rule(
        id: "duration.bare-units-later",
        pattern: [.unit(plural: true), .before(.word("later"))],
        build: { m in
            guard let unit = m.unit, unit != .quarter, unit != .weekend else { return nil }
            return .duration(.duration(count: nil, unit, plusHalf: false))
        },
        examples: [("[hours] later", "PTXH"), ("[decades] later", "PXE")])

    /// "the year ended June 30", "the quarter ending in March": a reporting period as a length of time.
    static let periodEnded = Rule(
        id: "duration.period-ended",
        pattern: [
            .word("the"), .optional(fiscalWord), .unit(plural: false),
            .before(.words(["ended", "ending", "ends", "that", "through", "to"])),
            .notBeforeAll([.word("to"), .word("come")]),
        ],
        build: { m in
            switch m.unit {
            case .year?: .duration(.literal("P1Y"))
            case .quarter?: .date(.reportingPeriod(.quarter, isLatest: false))
            case .month?: .duration(.literal("P1M"))
            case .week?: .duration(.literal("P1W"))
            default: nil
            }
        },
        examples: [("profit for [the year] ended June 30", "P1Y"), ("sales in [the year] to March", "P1Y")])

    /// "the half-year to September", "the half year ended June 30": a six-month reporting period as a
    /// length of time, as "the year ended June 30" is.
    static let halfYearEnded = Rule(
        id: "duration.half-year-ended",
        pattern: [
            .word("the"), .optional(fiscalWord), .word("half"), .optional(.dash), .word("year"),
            .before(.words(["ended", "ending", "to", "through"])),
        ],
        build: { _ in .duration(.literal("P6M")) },
        examples: [("sales fell in [the half-year] to September", "P6M"), ("[the half year] ended June 30", "P6M")])

    /// "for the year", "the full year", "the fiscal year", "the full fiscal year": the year a report
    /// covers; "the latest fiscal year" is the last one that has ended.
    static let reportYear = Rule(
        id: "date.report-year",
        pattern: [
            .word("the"), .optional(.word("latest")),
            .optional(.words(["full", "whole", "entire"])), .optional(.words(["fiscal", "financial", "calendar"])),
            .word("year"),
            .notBefore(.either([.word("before"), .word("after"), .word("of"), .glued(.dash), .glued(.mark("'"))])),
        ],
        build: { m in .date(.reportingPeriod(.year, isLatest: m.said("latest"))) },
        examples: [
            ("the full year", "2021"), ("the fiscal year", "2021"), ("the latest fiscal year", "2020"),
            ("for [the full fiscal year]", "2021"),
        ])

    /// "recent months", "in recent weeks", "coming years", "over the following weeks": a stretch of
    /// unstated length.
    static let recentUnits = Rule(
        id: "duration.recent-units",
        pattern: [
            .either([
                .sequence([.optional(.word("the")), .words(["recent", "coming", "upcoming"])]),
                .sequence([.word("the"), .words(["following", "succeeding", "ensuing"])]),
            ]),
            .unit(plural: true),
        ],
        build: { m in
            guard let unit = m.unit else { return nil }
            // "in recent years" speaks of a time in the past rather than of a length.
            if unit == .year, m.said("recent") { return .date(.literal("PAST_REF")) }
            return .duration(.duration(count: nil, unit, plusHalf: false))
        },
        examples: [
            ("recent months", "PXM"), ("recent years", "PAST_REF"), ("the coming weeks", "PXW"),
            ("over [the following weeks]", "PXW"),
        ])

    /// "the weeks ahead", "the years to come".
    static let unitsAhead = Rule(
        id: "duration.units-ahead",
        pattern: [
            .word("the"), .unit(plural: true), .either([.word("ahead"), .sequence([.word("to"), .word("come")])]),
        ],
        build: { m in .duration(.duration(count: nil, m.unit!, plusHalf: false)) },
        examples: [("the weeks ahead", "PXW"), ("the years to come", "PXY")])
}
