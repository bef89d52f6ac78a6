extension RuleSet {
    static let isoDate = Rule(
        id: "date.iso",
        pattern: [
            .year, .glued(.mark("-")), .glued(.numericMonth), .glued(.mark("-")), .glued(.day),
            .notBefore(.glued(.mark("-"))),
        ],
        build: { m in .date(.calendar(year: m.year, month: m.month, day: m.day)) },
        examples: [("2019-12-22", "2019-12-22"), ("2020-03-03", "2020-03-03")])

    /// "2019-03-03T10:15:00Z": an ISO date and time, as web pages and feeds write them (the zone
    /// stays outside the expression).
    static let isoDateTime = Rule(
        id: "time.iso",
        pattern: [
            .year, .glued(.mark("-")), .glued(.numericMonth), .glued(.mark("-")), .glued(.day), .glued(.word("t")),
            .glued(.clock),
        ],
        build: { m in
            guard let hour = m.hour, let minute = m.minute, hour < 24 else { return nil }
            let day = Reading.calendar(year: m.year, month: m.month, day: m.day)
            return .time(.clock(day: day, hour: hour, minute: minute, second: m.seconds))
        },
        examples: [("[2019-03-03T10:15:00]Z", "2019-03-03T10:15:00"), ("2020-12-31T23:59", "2020-12-31T23:59")])

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
