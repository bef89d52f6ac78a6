extension RuleSet {
    /// "the third quarter", "the fiscal first quarter", "the 1988 second quarter", "the fourth quarter of 1990".
    static let quarter = Rule(
        id: "date.quarter",
        pattern: [
            .optional(.word("the")), .optional(fiscalWord), .optional(.year),
            .optional(.sequence([fiscalWord, .optional(.dash)])), .ordinal, .optional(fiscalWord),
            .word("quarter"),
            .optional(
                .either([
                    .sequence([.word("of"), .optional(fiscalWord), .optional(.word("year")), .year]),
                    // "Second quarter 2015 results".
                    .sequence([.optional(fiscalWord), .year]),
                ])),
        ],
        build: { m in
            guard let ordinal = m.ordinal, (1...4).contains(ordinal) else { return nil }
            return .date(.yearPart(year: m.year, code: "Q\(ordinal)", isQuarter: true))
        },
        examples: [
            ("the third quarter", "2021-Q3"), ("the fiscal first quarter", "2021-Q1"),
            ("the 1988 second quarter", "1988-Q2"),
            ("the fourth quarter of 1990", "1990-Q4"), ("first quarter", "2021-Q1"),
            ("second quarter 2015", "2015-Q2"),
        ])

    /// "fell for a second quarter in a row", "a third quarter running": a count of quarters, not the
    /// quarter of that number ("posted a third quarter loss" still is).
    static let quarterInARow = Rule(
        id: "ignore.quarter-in-a-row",
        pattern: [
            .words(["a", "an"]), .ordinal, .word("quarter"),
            .either([.sequence([.word("in"), .word("a"), .word("row")]), .word("running")]),
        ],
        build: { _ in .nothing },
        examples: [("fell for a second quarter in a row", ""), ("a third quarter running", "")])

    /// "the July-September quarter", "the April-June period of 2009": a calendar quarter named by its
    /// first and last months. Months that do not make one ("the May-July period") are left to the
    /// month rules.
    static let quarterByMonths = Rule(
        id: "date.quarter-by-months",
        pattern: [
            .optional(.word("the")), .first([.month(standalone: false)]), .dash,
            .second([.month(standalone: false)]), .optional(.year), .words(["quarter", "period"]),
            .optional(.sequence([.word("of"), .year])),
        ],
        build: { m in
            guard let first = m.month, let last = m.second.month, first % 3 == 1, last == first + 2 else { return nil }
            return .date(.yearPart(year: m.year ?? m.second.year, code: "Q\((first + 2) / 3)", isQuarter: true))
        },
        examples: [
            ("the July-September quarter", "2021-Q3"), ("the April-June period of 2009", "2009-Q2"),
            ("the October–December 2012 quarter", "2012-Q4"),
        ])

    /// "the December quarter", "the September 2012 quarter": a calendar quarter named by the month
    /// it ends in.
    static let quarterByLastMonth = Rule(
        id: "date.quarter-by-last-month",
        pattern: [.optional(.word("the")), .month(standalone: false), .optional(.year), .word("quarter")],
        build: { m in
            guard let month = m.month, month % 3 == 0 else { return nil }
            return .date(.yearPart(year: m.year, code: "Q\(month / 3)", isQuarter: true))
        },
        examples: [("the December quarter", "2021-Q4"), ("the September 2012 quarter", "2012-Q3")])

    /// "third-quarter", "fiscal second-quarter": before a noun, without the article.
    static let quarterAdjective = Rule(
        id: "date.quarter-adjective",
        pattern: [
            .optional(fiscalWord), .optional(.year), .ordinal, .glued(.dash), .glued(.word("quarter")),
            .optional(.year),
        ],
        build: { m in
            guard let ordinal = m.ordinal, (1...4).contains(ordinal) else { return nil }
            return .date(.yearPart(year: m.year, code: "Q\(ordinal)", isQuarter: true))
        },
        examples: [
            ("third-quarter", "2021-Q3"), ("fiscal second-quarter", "2021-Q2"), ("first-quarter 2024", "2024-Q1"),
        ])

    /// "Q3 2019", "Q3 '19", "Q1"; as analysts write them, "1Q 2020", "4Q19".
    static let quarterCode = Rule(
        id: "date.quarter-code",
        pattern: [
            .either([
                .sequence([
                    .word("q"), .glued(.numericMonth),
                    .optional(
                        .either([
                            .year, .apostropheYear,
                            // "Q1 FY25": a quarter of a fiscal year.
                            .sequence([.word("fy"), .either([.numericYear, .shortYear])]),
                        ])),
                ]),
                .sequence([
                    .numericMonth, .glued(.word("q")),
                    .optional(.either([.year, .apostropheYear, .glued(.shortYear)])),
                ]),
            ])
        ],
        build: { m in
            guard let quarter = m.month, quarter <= 4 else { return nil }
            if m.isShortYear, let year = m.year {
                return .date(.shortYear(year, month: nil, day: nil, part: "Q\(quarter)"))
            }
            return .date(.yearPart(year: m.year, code: "Q\(quarter)", isQuarter: true))
        },
        examples: [
            ("Q3 2019", "2019-Q3"), ("Q3 '19", "2019-Q3"), ("1Q 2020", "2020-Q1"), ("4Q19", "2019-Q4"),
            ("Q1 FY25", "2025-Q1"), ("Q2 FY2024", "2024-Q2"),
        ])

    /// "H1 2024", "H2", "1H24", "2H 2023"; written digit first, only with its year ("1H NMR" is
    /// no half), and not after a number ("version 23H2" names a release).
    static let halfCode = Rule(
        id: "date.half-code",
        pattern: [
            .either([
                .sequence([
                    .notAfter(.number), .word("h"), .glued(.numericMonth),
                    .optional(.either([.year, .apostropheYear])),
                ]),
                .sequence([
                    .numericMonth, .glued(.word("h")), .either([.year, .apostropheYear, .glued(.shortYear)]),
                ]),
            ])
        ],
        build: { m in
            guard let half = m.month, half <= 2 else { return nil }
            if m.isShortYear, let year = m.year {
                return .date(.shortYear(year, month: nil, day: nil, part: "H\(half)"))
            }
            return .date(.yearPart(year: m.year, code: "H\(half)", isQuarter: false))
        },
        examples: [
            ("H1 2024", "2024-H1"), ("H2", "2021-H2"), ("1H24", "2024-H1"), ("2H 2023", "2023-H2"),
            ("version 23H2", ""),
        ])

    /// "this year's third quarter", "next year's first quarter"; "last year's quarter" is the
    /// quarter being reported, a year before.
    static let quarterOfRelativeYear = Rule(
        id: "date.quarter-of-relative-year",
        pattern: [
            .relation(offsets: nil), .word("year"), .glued(.mark("'")), .glued(.word("s")), .optional(.ordinal),
            .words(["quarter", "period"]),
        ],
        build: { m in
            guard m.anchoring == .speech, let offset = m.offset else { return nil }
            guard let ordinal = m.ordinal else {
                return offset == -1 && !m.said("past") ? .date(.yearBefore(isQuarter: m.said("quarter"))) : nil
            }
            guard (1...4).contains(ordinal), m.said("quarter") else { return nil }
            return .date(.inYear(offset: offset, suffix: "Q\(ordinal)"))
        },
        examples: [
            ("this year's third quarter", "2021-Q3"), ("next year's first quarter", "2022-Q1"),
            ("last year's quarter", "2020-Q1"),
        ])

    /// "fiscal 1990's first quarter", "2019's second half": a part of the year named before it.
    static let quarterOfYearPossessive = Rule(
        id: "date.year-possessive-part",
        pattern: [
            .optional(fiscalWord), .year, .glued(.mark("'")), .glued(.word("s")),
            .optional(fiscalWord), .ordinal, .optional(.dash), .words(["quarter", "half"]),
        ],
        build: { m in
            guard let year = m.year, let ordinal = m.ordinal else { return nil }
            let isQuarter = m.said("quarter")
            guard (1...(isQuarter ? 4 : 2)).contains(ordinal) else { return nil }
            return .date(.yearPart(year: year, code: (isQuarter ? "Q" : "H") + String(ordinal), isQuarter: isQuarter))
        },
        examples: [("fiscal 1990's first quarter", "1990-Q1"), ("2019's second half", "2019-H2")])

    /// "the first quarter of next year", "the second half of last year", "the summer of this year":
    /// a part of the year the relation names, counted from the document date.
    static let yearPartOfRelativeYear = Rule(
        id: "date.year-part-of-relative-year",
        pattern: [
            .optional(.word("the")),
            .either([
                .sequence([.optional(fiscalWord), .ordinal, .optional(fiscalWord), .word("quarter")]),
                .sequence([.either([.ordinal, .words(["latter", "later"])]), .optional(.dash), .word("half")]),
                .season,
                // "Q4 of this year", "H2 of next year".
                .sequence([.words(["q", "h"]), .glued(.numericMonth)]),
            ]),
            .word("of"), .relation(offsets: nil), .word("year"),
        ],
        build: { m in
            guard m.anchoring == .speech, let offset = m.offset else { return nil }
            let code: String
            if let part = m.month {
                let isQuarter = m.said("q")
                guard part >= 1, part <= (isQuarter ? 4 : 2) else { return nil }
                code = (isQuarter ? "Q" : "H") + "\(part)"
            } else if let season = m.season {
                code = season.code
            } else if m.said("quarter") {
                guard let ordinal = m.ordinal, (1...4).contains(ordinal) else { return nil }
                code = "Q\(ordinal)"
            } else {
                // "the latter half of this year" is its second.
                guard let half = m.said("latter") || m.said("later") ? 2 : m.ordinal, (1...2).contains(half) else {
                    return nil
                }
                code = "H\(half)"
            }
            return .date(.inYear(offset: offset, suffix: code))
        },
        examples: [
            ("the first quarter of next year", "2022-Q1"), ("the second half of last year", "2020-H2"),
            ("the summer of last year", "2020-SU"), ("the fiscal third quarter of this year", "2021-Q3"),
            ("Q4 of this year", "2021-Q4"), ("H2 of next year", "2022-H2"),
        ])

    /// "the corresponding period last year", "the same quarter a year earlier": the period being
    /// reported, a year before.
    static let periodAYearBefore = Rule(
        id: "date.period-a-year-before",
        pattern: [
            .word("the"), .optional(.words(["corresponding", "comparable", "same", "like"])),
            .words(["period", "quarter"]),
            .either([
                .sequence([.optional(.word("of")), .word("last"), .word("year")]),
                .sequence([.word("a"), .word("year"), .words(["ago", "earlier", "before"])]),
            ]),
        ],
        build: { m in .date(.yearBefore(isQuarter: m.said("quarter"))) },
        examples: [
            ("the corresponding period last year", "2020-Q1"), ("the same quarter a year earlier", "2020-Q1"),
            ("the quarter a year ago", "2020-Q1"),
        ])

    /// "the quarter", "the latest quarter", "the latest period": the period a results report covers.
    static let reportingQuarter = Rule(
        id: "date.reporting-quarter",
        pattern: [
            .word("the"), .optional(.words(["latest", "recent", "most"])), .optional(.word("recent")),
            .words(["quarter", "period"]), .notBefore(.words(["ended", "ending", "of"])), .notBefore(.glued(.dash)),
        ],
        build: { m in
            let isLatest = m.said("latest") || m.said("recent")
            if m.said("period"), !isLatest { return nil }
            return .date(.reportingPeriod(.quarter, isLatest: isLatest))
        },
        examples: [("the quarter", "2021-Q1"), ("the latest quarter", "2021-Q1"), ("the latest period", "2021-Q1")])

    /// "the 1988 period": a year's results; "the 1988 quarter": the quarter talked about, in that year.
    static let yearPeriod = Rule(
        id: "date.year-period",
        pattern: [.word("the"), .year, .words(["period", "quarter"])],
        build: { m in
            m.said("quarter") ? .date(.quarterOfYear(m.year!)) : .date(.periodOfYear(m.year!))
        },
        examples: [("the 1988 period", "1988"), ("the 1988 quarter", "1988-QX")])

    /// "the first half of 1990", "the second half of the fiscal year", "first-half"; not the half of something else
    /// ("the second half of the game", "the last half of the '80s", whose decade is read alone).
    static let half = Rule(
        id: "date.half",
        pattern: [
            .optional(.word("the")), .either([.ordinal, .words(["last", "back", "front", "latter", "later"])]),
            .optional(.dash), .word("half"),
            .optional(
                .sequence([
                    .word("of"), .optional(.word("the")),
                    .either([.year, .sequence([.optional(fiscalWord), .word("year")])]),
                ])),
            // "inside the first half an hour", "the first half a dozen games": a half of something else.
            .notBefore(.words(["of", "a", "an"])),
        ],
        build: { m in
            // "the back half of the year", "the latter half of 1990" are its second half; "the back
            // half" alone may be a game's.
            let isSecond = m.said("last") || m.said("back") || m.said("latter") || m.said("later")
            if isSecond || m.said("front"), !m.said("last"), m.year == nil, !m.said("year") { return nil }
            let half = isSecond ? 2 : m.said("front") ? 1 : m.ordinal ?? 0
            guard (1...2).contains(half) else { return nil }
            return .date(.yearPart(year: m.year, code: "H\(half)", isQuarter: false))
        },
        examples: [
            ("the first half of 1990", "1990-H1"), ("the second half", "2021-H2"), ("the last half of 1989", "1989-H2"),
            ("the second half of the fiscal year", "2021-H2"), ("the back half of the year", "2021-H2"),
            ("the first half a dozen games", ""), ("the latter half of 1990", "1990-H2"),
        ])

    /// "the first two quarters of 1990", "the last two quarters of the year": a half of that year.
    /// Without a year ("in the last two quarters") it is two quarters' time, a duration.
    static let twoQuartersOfYear = Rule(
        id: "date.two-quarters-of-year",
        pattern: [
            .optional(.word("the")), .words(["first", "last"]), .word("two"), .word("quarters"), .word("of"),
            .optional(.word("the")), .either([.year, .word("year")]),
        ],
        build: { m in .date(.yearPart(year: m.year, code: m.said("first") ? "H1" : "H2", isQuarter: false)) },
        examples: [("the first two quarters of 1990", "1990-H1"), ("the last two quarters of the year", "2021-H2")])

    /// "the winter of 1994", "summer 1998", "spring of 2020".
    static let seasonOfYear = Rule(
        id: "date.season-year",
        pattern: [
            .optional(.word("the")), .season, .optional(.word("of")), .either([.year, .spokenYear, .apostropheYear]),
        ],
        build: { m in
            if m.isShortYear, let digits = m.year {
                return .date(.shortYear(digits, month: nil, day: nil, part: m.season!.code))
            }
            return .date(.yearPart(year: m.year, code: m.season!.code, isQuarter: false))
        },
        examples: [("the winter of 1994", "1994-WI"), ("summer 1998", "1998-SU"), ("the spring of '98", "1998-SP")])

    /// "the winter of 1777–78", "winter 2012/13": one winter, which starts in December of the first year.
    static let winterAcrossYears = Rule(
        id: "date.winter-across-years",
        pattern: [
            .optional(.word("the")), .word("winter"), .optional(.word("of")), .first([.year]),
            .either([.dash, .glued(.mark("/"))]), .second([.glued(.either([.shortYear, .numericYear]))]),
        ],
        build: { m in
            guard let start = m.year, let second = m.second.year, nextYear(after: start, written: second) != nil
            else { return nil }
            return .date(.yearPart(year: start, code: "WI", isQuarter: false))
        },
        examples: [
            ("the winter of 1777–78", "1777-WI"), ("winter 2012/13", "2012-WI"), ("the winter of 1999-2000", "1999-WI"),
        ])

    /// "last fall", "this summer", "next spring", "this past spring"; "the following spring"
    /// counts from the date last mentioned.
    static let relativeSeason = Rule(
        id: "date.relative-season",
        pattern: [.optional(.word("the")), .relation(offsets: nil), .optional(.word("past")), .season],
        build: { m in
            if m.said("the"), m.anchoring == .speech { return nil }
            return .date(.season(m.season!, offset: m.said("past") ? -1 : m.offset, anchoring: m.anchoring))
        },
        examples: [
            ("last fall", "2020-FA"), ("this summer", "2021-SU"), ("next spring", "2022-SP"),
            ("this past winter", "2020-WI"), ("In 1957 the dam opened; [the following spring]", "1958-SP"),
        ])

    /// "the fall in prices", "the fall to $5 a share": a decline, not autumn — unless a preposition
    /// of time comes first ("in the fall to record levels").
    static let fallAsDecline = Rule(
        id: "ignore.fall-decline",
        pattern: [
            .notAfter(.words(["in", "during", "by", "until", "since", "through", "over", "before", "after"])),
            .optional(.word("the")), .word("fall"), .before(.words(["in", "to", "from", "by"])),
        ],
        build: { _ in .nothing },
        examples: [("the fall in prices", ""), ("the fall to $5", "")])

    /// "the summer", "in spring": the nearest such season. "The fall of" is rarely autumn, and "the
    /// Winter Olympics" no season.
    static let season = Rule(
        id: "date.season",
        pattern: [
            .either([
                .word("the"),
                .after(.words(["in", "during", "early", "late", "mid", "this", "by", "until", "through"])),
            ]),
            .season, .notBefore(.either([.word("of"), .glued(.dash), .words(Lexicon.seasonKinds)])),
        ],
        build: { m in .date(.season(m.season!, offset: nil)) },
        examples: [("the summer", "2020-SU")])

    /// "in spring and summer", "the fall or winter": two seasons, the second of which standing alone
    /// would be no season ("prices rise and fall"), and which follows the first.
    static let seasonPair = Rule(
        id: "date.season-pair",
        pattern: [
            // The opening range after "the": a branch of its own at every "the" would cost the
            // matcher a step there.
            .either([.word("the"), .after(.words(["in", "during", "by", "until", "through"]))]), .first([.season]),
            .words(["and", "or"]),
            .second([.optional(.word("the")), .season]),
            .notBefore(.either([.word("of"), .glued(.dash), .words(Lexicon.seasonKinds)])),
        ],
        build: { m in
            guard let first = m.season, let second = m.second.season, first != second else { return nil }
            return .range(.season(first, offset: nil), .season(second, offset: nil))
        },
        examples: [("in spring and summer", "2021-SP/2021-SU"), ("the fall or winter", "2020-FA/2020-WI")])

    /// "mid-decade", "mid-century", "midyear", "mid-month": the middle of the period talked about
    /// (a decade or century named shortly before, else the present one) or of the present year,
    /// month or week.
    static let midPeriod = Rule(
        id: "date.mid-period",
        pattern: [
            .either([
                .sequence([.word("mid"), .glued(.dash), .glued(.unit(plural: false))]),
                .words(["midyear", "midmonth", "midweek", "midcentury"]),
            ]),
            // "mid-century modern", "a mid-year review": what a thing is like, not when.
            .notBefore(.either([.glued(.dash), .words(["modern", "review", "reviews", "exams", "break"])])),
        ],
        build: { m in
            let unit: TimeUnit? =
                switch m.firstWord {
                case "midyear": .year
                case "midmonth": .month
                case "midweek": .week
                case "midcentury": .century
                default: m.unit
                }
            guard let unit, [.decade, .century, .year, .month, .week].contains(unit) else { return nil }
            if unit == .decade || unit == .century { return .date(.periodTalkedAbout(unit), "MID") }
            return .date(.relative(unit, offset: 0, anchoring: .speech), "MID")
        },
        examples: [("mid-decade", "202"), ("midyear", "2021"), ("mid-month", "2021-04")])

    /// "the turn of the century", "the turn of the 20th century", "the turn of the millennium":
    /// about the year one gave way to the next.
    static let turnOfCentury = Rule(
        id: "date.turn-of-century",
        pattern: [
            .word("the"), .word("turn"), .word("of"), .word("the"),
            .either([.words(["century", "millennium"]), .sequence([.ordinal, .optional(.dash), .word("century")])]),
        ],
        build: { m in
            if let ordinal = m.ordinal {
                guard (1...30).contains(ordinal) else { return nil }
                return .date(.turnOf(.century, ordinal: ordinal), "APPROX")
            }
            return .date(.turnOf(m.said("millennium") ? .millennium : .century, ordinal: nil), "APPROX")
        },
        examples: [
            ("the turn of the century", "2000"), ("the turn of the 20th century", "1900"),
            ("the turn of the millennium", "2000"),
        ])

    /// "year-end", "year end", "the end of the year", "the end of this month".
    static let periodEnd = Rule(
        id: "date.period-end",
        pattern: [
            .either([
                .sequence([.word("year"), .optional(.dash), .word("end"), .optional(.year)]),
                .sequence([.word("year"), .glued(.mark("'")), .glued(.word("s")), .word("end")]),
                .sequence([
                    .optional(.word("the")), .words(["end", "beginning", "start", "middle", "close"]), .word("of"),
                    .words(["the", "this"]), .unit(plural: false),
                ]),
            ])
        ],
        build: { m in
            let unit = m.unit ?? .year
            guard [.year, .month, .week, .quarter, .decade, .century].contains(unit) else { return nil }
            let modifier = m.said("beginning") || m.said("start") ? "START" : m.said("middle") ? "MID" : "END"
            // "year-end 2025": the end of a named year.
            if let year = m.year { return .date(.calendar(year: year, month: nil, day: nil), modifier) }
            // "the end of the decade": the decade or century talked about ("During the 1950s …"),
            // else the present one; "the end of this decade" is always the present one. So for a
            // month or week ("Nine days later … By the end of the month" in a clause about the
            // past); a year's end is the present one's unless its sentence names a year ("In 1968,
            // the siege ended at the end of the year"), and a quarter's always.
            if !m.said("this"), unit != .quarter, unit != .year || m.said("of") {
                return .date(.periodTalkedAbout(unit), modifier)
            }
            return .date(.relative(unit, offset: 0, anchoring: .speech), modifier)
        },
        examples: [
            ("year-end", "2021"), ("the end of the month", "2021-04"), ("the beginning of this week", "2021-W14"),
            ("year-end 2025", "2025"), ("the end of the decade", "202"),
        ])
}
