extension RuleSet {
    static let year = Rule(
        id: "date.year",
        pattern: [.bareYear],
        build: { m in .date(.calendar(year: m.year, month: nil, day: nil)) },
        examples: [("1998", "1998"), ("2014", "2014")])

    /// "graduated in '98", "since '01", "the class of '76": a year cut to two digits, after a
    /// preposition that takes years (a quoted "'98'" is no year).
    static let apostropheYear = Rule(
        id: "date.apostrophe-year",
        pattern: [
            .after(.words(["in", "since", "of", "from", "until", "till", "by", "during", "before", "after", "circa"])),
            .apostropheYear, .notBefore(.glued(.mark("'"))),
        ],
        build: { m in .date(.shortYear(m.year!, month: nil, day: nil)) },
        examples: [("in ['98]", "1998"), ("since ['01]", "2001")])

    /// "fiscal", or as British reports say it, "financial": "the second quarter of the financial year".
    static let fiscalWord: Element = .words(["fiscal", "financial"])

    /// "fiscal 1989", "the fiscal year 2020", "calendar 2015": a year a report names as its
    /// company's or the calendar's.
    static let fiscalYear = Rule(
        id: "date.fiscal-year",
        pattern: [
            // "fiscal 2012-13" is left to the range of two years.
            .optional(.word("the")), .words(["fiscal", "financial", "calendar"]), .optional(.word("year")),
            .year,
            .notBefore(.glued(.dash)),
        ],
        build: { m in .date(.calendar(year: m.year, month: nil, day: nil)) },
        examples: [
            ("fiscal 1989", "1989"), ("the fiscal year 2020", "2020"), ("calendar 2015", "2015"),
            ("the financial year 2023", "2023"),
        ])

    /// "FY2020", "FY 2021", "FY20", "FY'24": a fiscal year, named by the calendar year it ends in;
    /// "CY2024", a calendar year.
    static let fiscalYearCode = Rule(
        id: "date.fiscal-year-code",
        pattern: [.words(["fy", "cy"]), .either([.numericYear, .shortYear, .apostropheYear])],
        build: { m in
            guard let year = m.year else { return nil }
            return m.isShortYear
                ? .date(.shortYear(year, month: nil, day: nil)) : .date(.calendar(year: year, month: nil, day: nil))
        },
        examples: [("FY2020", "2020"), ("FY 2021", "2021"), ("FY19", "2019"), ("FY'24", "2024"), ("CY2024", "2024")])

    static let theYear = Rule(
        id: "date.the-year",
        pattern: [.word("the"), .word("year"), .either([.year, .spokenYear])],
        build: { m in .date(.calendar(year: m.year, month: nil, day: nil)) },
        examples: [("the year 2000", "2000"), ("the year two thousand", "2000")])

    /// "nineteen ninety-six" is a year anywhere; "two thousand" only where a year is expected.
    static let spokenYear = Rule(
        id: "date.spoken-year",
        pattern: [.notAfter(.words(["the", "of", "about", "some", "than", "nearly", "almost"])), .spokenYear],
        build: { m in
            // "twelve hundred students" is an amount; a round hundred is a year only after "in" and the like.
            guard let year = m.year, year < 2000, year % 100 != 0 else { return nil }
            return .date(.calendar(year: year, month: nil, day: nil))
        },
        examples: [("nineteen ninety-six", "1996"), ("nineteen seventy nine", "1979")])

    static let spokenYearAfterPreposition = Rule(
        id: "date.spoken-year-after-preposition",
        pattern: [.after(.words(["in", "since", "by", "until", "before", "after", "of"])), .spokenYear],
        build: { m in .date(.calendar(year: m.year, month: nil, day: nil)) },
        examples: [
            ("opened in [two thousand and one]", "2001"), ("gone by [twenty twelve]", "2012"),
            ("since [twenty twenty-one]", "2021"),
        ])

    static let monthSpokenYear = Rule(
        id: "date.month-spoken-year",
        pattern: [.month(standalone: false), .spokenYear],
        build: { m in .date(.calendar(year: m.year, month: m.month, day: nil)) },
        examples: [("January nineteen ninety-seven", "1997-01")])

    static let yearOpenEnded = Rule(
        id: "date.year-open-ended",
        pattern: [.year, .words(["and", "or"]), .words(["beyond", "later", "after", "earlier", "before"])],
        build: { m in
            let after = m.said("beyond") || m.said("later") || m.said("after")
            return .date(.calendar(year: m.year, month: nil, day: nil), after ? "ON_OR_AFTER" : "ON_OR_BEFORE")
        },
        examples: [("1990 and beyond", "1990"), ("1994 or later", "1994")])

    /// "BC", "BCE", "B.C.": the mark of a year or century before the common era.
    static let beforeCommonEra: Element = .either([
        .words(["bc", "bce"]), .sequence([.word("b"), .mark("."), .word("c"), .optional(.mark("."))]),
    ])

    /// Years before the common era: "500 BC" is the astronomical year -499.
    static let yearBeforeCommonEra = Rule(
        id: "date.year-bce",
        pattern: [.count, beforeCommonEra],
        build: { m in
            guard let count = m.count, count > 0, count < 10000, !m.plusHalf else { return nil }
            return .date(.calendar(year: 1 - count, month: nil, day: nil))
        },
        examples: [("500 BC", "-0499"), ("44 B.C.", "-0043")])

    /// A month or day of a year before the common era: "March 44 BC", "the Ides of March, 44 BC"
    /// (the month), "15 March 44 BC", "March 15, 44 BC".
    static let dateBeforeCommonEra = Rule(
        id: "date.month-year-bce",
        pattern: [
            .either([
                .sequence([.month(standalone: false), .optional(.sequence([.day, .mark(",")]))]),
                .sequence([.day, .optional(.word("of")), .month(standalone: false)]),
            ]),
            .optional(.mark(",")), .count, beforeCommonEra,
        ],
        build: { m in
            guard let count = m.count, count > 0, count < 10000, !m.plusHalf else { return nil }
            return .date(.calendar(year: 1 - count, month: m.month, day: m.day))
        },
        examples: [
            ("March 44 BC", "-0043-03"), ("the Ides of [March, 44 BC]", "-0043-03"), ("15 March 44 BC", "-0043-03-15"),
            ("March 15, 44 B.C.", "-0043-03-15"),
        ])

    /// Years marked as of the common era: "AD 79", "79 A.D.", "220 CE". "AD" after the number
    /// counts only before a mark, so "30 ad agencies" stays an amount.
    static let yearOfCommonEraBefore = Rule(
        id: "date.year-ce",
        pattern: [.either([.word("ad"), .sequence([.word("a"), .mark("."), .word("d"), .mark(".")])]), .count],
        build: { m in commonEraYear(m.count, plusHalf: m.plusHalf) },
        examples: [("AD 79", "0079"), ("A.D. 1066", "1066")])

    static let yearOfCommonEraAfter = Rule(
        id: "date.year-ce-after",
        pattern: [
            .count,
            .either([
                .words(["ce"]), .sequence([.word("c"), .mark("."), .word("e"), .optional(.mark("."))]),
                .sequence([.word("a"), .mark("."), .word("d"), .optional(.mark("."))]),
                .sequence([.word("ad"), .before(.either([.mark("."), .mark(","), .mark(";"), .mark(")"), .dash]))]),
            ]),
        ],
        build: { m in commonEraYear(m.count, plusHalf: m.plusHalf) },
        examples: [("220 CE", "0220"), ("79 A.D.", "0079"), ("[476 AD].", "0476"), ("30 ad agencies", "")])

    private static func commonEraYear(_ count: Int?, plusHalf: Bool) -> Build? {
        guard let count, count > 0, count < 10000, !plusHalf else { return nil }
        return .date(.calendar(year: count, month: nil, day: nil))
    }

    /// "2019–20", "1998-99": two years, each its own expression, linked as an interval.
    static let yearRange = Rule(
        id: "date.year-range",
        pattern: [.first([.year]), .dash, .second([.shortYear])],
        build: { m in
            guard let start = m.year, let digits = m.second.year else { return nil }
            var end = start / 100 * 100 + digits
            if end <= start { end += 100 }
            guard end - start < 20 else { return nil }
            return .range(.calendar(year: start, month: nil, day: nil), .calendar(year: end, month: nil, day: nil))
        },
        examples: [("2019–20", "2019/2020"), ("1998-99", "1998/1999")])

    /// "2021–present", "from 2019 to the present day": a year and the time of writing it runs to, as
    /// timelines and biographies write a span still open.
    static let yearToPresent = Rule(
        id: "date.year-to-present",
        pattern: [
            .first([.year]), .either([.dash, .word("to")]),
            .second([.optional(.word("the")), .word("present"), .optional(.word("day"))]),
            .notBefore(.words(["value", "tense", "owner", "owners"])),
        ],
        build: { m in
            guard let year = m.year else { return nil }
            return .range(.calendar(year: year, month: nil, day: nil), .literal("PRESENT_REF"))
        },
        examples: [
            ("2021–present", "2021/PRESENT_REF"), ("from 2019 to the present", "2019/PRESENT_REF"),
            ("from 1990 to the present day", "1990/PRESENT_REF"),
        ])

    /// "2019/20", "2019/2020": a season or financial year that spans two calendar years.
    static let yearSlashRange = Rule(
        id: "date.year-slash-range",
        pattern: [.first([.year]), .glued(.mark("/")), .second([.glued(.either([.shortYear, .numericYear]))])],
        build: { m in
            guard let start = m.year, let second = m.second.year else { return nil }
            guard let end = nextYear(after: start, written: second) else { return nil }
            return .range(.calendar(year: start, month: nil, day: nil), .calendar(year: end, month: nil, day: nil))
        },
        examples: [("2019/20", "2019/2020"), ("the 2019/2020 season", "2019/2020"), ("1999/2000", "1999/2000")])

    /// The year after `start` when `written` names it in full or by its last two digits ("2019/20",
    /// "1999-2000"), else nil.
    static func nextYear(after start: Int, written: Int) -> Int? {
        let end = written >= 100 ? written : start / 100 * 100 + written + (written < start % 100 ? 100 : 0)
        return end == start + 1 ? end : nil
    }
}
