extension RuleSet {
    static let isoDate = Rule(
        id: "date.iso",
        pattern: [
            .year, .glued(.mark("-")), .glued(.numericMonth), .glued(.mark("-")), .glued(.day),
            .notBefore(.glued(.mark("-"))),
        ],
        build: { m in .date(.calendar(year: m.year, month: m.month, day: m.day)) },
        examples: [("2019-12-22", "2019-12-22"), ("2020-03-03", "2020-03-03")])

    static let yearSlashMonthSlashDay = Rule(
        id: "date.year-month-day",
        pattern: [.year, .glued(.mark("/")), .glued(.numericMonth), .glued(.mark("/")), .glued(.day)],
        build: { m in .date(.calendar(year: m.year, month: m.month, day: m.day)) },
        examples: [("2019/12/22", "2019-12-22")])

    /// Month first, the American order, wherever the first number can be a month.
    static let monthSlashDaySlashYear = Rule(
        id: "date.month-day-year-numeric",
        pattern: [
            .numericMonth, .glued(.mark("/")), .glued(.day), .glued(.mark("/")),
            .glued(.either([.numericYear, .shortYear])), .notBefore(.glued(.mark("/"))),
        ],
        build: { m in
            m.isShortYear
                ? .date(.shortYear(m.year!, month: m.month, day: m.day))
                : .date(.calendar(year: m.year, month: m.month, day: m.day))
        },
        examples: [("12/22/2019", "2019-12-22"), ("3/4/98", "1998-03-04")])

    /// Day first when the first number cannot be a month ("22/12/2019"), and always with periods ("22.12.2019").
    static let daySlashMonthSlashYear = Rule(
        id: "date.day-month-year-numeric",
        pattern: [
            .day, .glued(.either([.mark("/"), .mark(".")])), .glued(.numericMonth),
            .glued(.either([.mark("/"), .mark(".")])), .glued(.numericYear),
        ],
        build: { m in .date(.calendar(year: m.year, month: m.month, day: m.day)) },
        examples: [("22/12/2019", "2019-12-22"), ("3.4.2020", "2020-04-03")])
}
