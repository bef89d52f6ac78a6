extension RuleSet {
    /// "Christmas", "last Thanksgiving", "Good Friday 2000"; "Easter week" is the week of the day,
    /// and "Memorial Day weekend" the weekend that runs into it or follows it: the weekend of the
    /// ISO week that holds the day before (the Saturday and Sunday before a Monday holiday, after
    /// Thanksgiving, of Easter).
    static let holiday = Rule(
        id: "date.holiday",
        pattern: [
            .optional(.relation(offsets: [-1, 1, 0])), .holiday,
            .optional(.sequence([.optional(.mark(",")), .year])), .optional(.words(["week", "weekend"])),
            .notBefore(.words(Lexicon.holidayObjects)),
        ],
        build: { m in
            if m.offset != nil, m.anchoring != .speech { return nil }
            let day = holidayDay(m)
            if m.said("weekend") { return .date(.weekOf(.nextTo(day, .day, sign: -1), isWeekend: true)) }
            return .date(m.said("week") ? .weekOf(day) : day)
        },
        examples: [
            ("Christmas", "2020-12-25"), ("Thanksgiving Day", "2020-11-26"), ("last Thanksgiving", "2020-11-26"),
            ("New Year's Day 2020", "2020-01-01"), ("Christmas Day, 1979", "1979-12-25"), ("Easter", "2021-04-04"),
            ("Good Friday 2000", "2000-04-21"),
            ("Ash Wednesday", "2021-02-17"), ("Easter week", "2021-W13"), ("Black Friday", "2020-11-27"),
            ("Cyber Monday", "2020-11-30"), ("Memorial Day weekend", "2021-W21-WE"),
            ("Thanksgiving weekend", "2020-W48-WE"), ("Easter weekend", "2021-W13-WE"),
        ])

    /// "Christmas last year", "Valentine's Day of this year", "Thanksgiving next year": the holiday
    /// in the year before, of or after the time of writing ("last Thanksgiving" is the last one).
    static let holidayOfRelativeYear = Rule(
        id: "date.holiday-of-relative-year",
        pattern: [.holiday, .optional(.word("of")), .relation(offsets: [-1, 0, 1]), .word("year")],
        build: { m in
            guard let offset = m.offset, m.anchoring == .speech, m.year == nil else { return nil }
            let day: Reading =
                if let holiday = m.holiday {
                    .holiday(
                        month: Int(holiday.month), weekday: Int(holiday.weekday), fromDay: Int(holiday.fromDay),
                        year: nil, offset: nil)
                } else {
                    .calendar(year: nil, month: m.month, day: m.day)
                }
            return .date(.inRelativeYear(day, offset: offset))
        },
        examples: [
            ("Christmas last year", "2020-12-25"), ("Thanksgiving next year", "2022-11-24"),
            ("Valentine's Day of this year", "2021-02-14"), ("Easter last year", "2020-04-12"),
        ])

    /// The day a holiday match names: a weekday of a month or a feast from Easter (`holiday`), or a
    /// fixed day of the year stated or the one the anchor decides.
    private static func holidayDay(_ m: Match) -> Reading {
        if let holiday = m.holiday {
            return .holiday(
                month: Int(holiday.month), weekday: Int(holiday.weekday), fromDay: Int(holiday.fromDay),
                year: m.year, offset: m.offset)
        }
        if let year = m.year { return .calendar(year: year, month: m.month, day: m.day) }
        if let offset = m.offset { return .month(m.month!, offset: offset, day: m.day) }
        return .calendar(year: nil, month: m.month, day: m.day)
    }

    /// "the day after Christmas", "the week after Thanksgiving", "the weekend before Easter", "the
    /// Monday before Labor Day": a day, week, weekend or weekday next to a holiday, one expression.
    static let besideHoliday = Rule(
        id: "date.beside-holiday",
        pattern: [
            .word("the"), .either([.unit(plural: false), .weekday]), .words(["after", "before"]),
            .optional(.relation(offsets: [-1, 1, 0])),
            .holiday, .optional(.sequence([.optional(.mark(",")), .year])),
            .notBefore(.words(Lexicon.holidayObjects)),
        ],
        build: { m in
            if m.offset != nil, m.anchoring != .speech { return nil }
            let sign = m.said("after") ? 1 : -1
            if let weekday = m.weekday { return .date(.nextTo(holidayDay(m), .day, sign: sign, weekday: weekday)) }
            guard let unit = m.unit, [.day, .week, .weekend].contains(unit) else { return nil }
            return .date(.nextTo(holidayDay(m), unit, sign: sign))
        },
        examples: [
            ("the day after Christmas", "2020-12-26"), ("the week after Thanksgiving", "2020-W49"),
            ("the weekend before Easter 2022", "2022-W14-WE"), ("the day before Thanksgiving", "2020-11-25"),
            ("the Monday before Labor Day 2021", "2021-08-30"), ("the Sunday after Thanksgiving 2020", "2020-11-29"),
        ])

    /// "Holy Week", "Holy Week 2019": the week before Easter, from Palm Sunday; its weekdays lie in
    /// the ISO week of Good Friday, which the value names.
    static let holyWeek = Rule(
        id: "date.holy-week",
        pattern: [
            .optional(.relation(offsets: [-1, 1, 0])), .word("holy"), .word("week"),
            .optional(.sequence([.optional(.mark(",")), .year])),
        ],
        build: { m in
            if m.offset != nil, m.anchoring != .speech { return nil }
            return .date(.weekOf(.holiday(month: 0, weekday: 0, fromDay: -2, year: m.year, offset: m.offset)))
        },
        examples: [
            ("Holy Week", "2021-W13"), ("Holy Week 2019", "2019-W16"), ("last Holy Week", "2021-W13"),
            ("next Holy Week", "2022-W15"),
        ])

    /// "the Good Friday agreement", "the Christmas tree": a holiday's name before what it qualifies
    /// names no day, nor does its weekday alone.
    static let holidayObject = Rule(
        id: "ignore.holiday-object",
        pattern: [.holiday, .before(.words(Lexicon.holidayObjects))],
        build: { _ in .nothing },
        examples: [("the Good Friday agreement", ""), ("the Christmas tree", ""), ("Easter Island", "")])

    /// "the Sept. 11 attacks", "9/11 victims", "since 9/11": a day that names an event of one
    /// year (`Lexicon.eventDays`), before a noun it qualifies or as the written "9/11" after "since",
    /// "after" or "before".
    static let eventDay = Rule(
        id: "date.event-day",
        pattern: [
            .either([
                .sequence([.month(standalone: false), .day, .before(.words(Lexicon.eventDayNouns))]),
                .sequence([
                    .numericMonth, .glued(.mark("/")), .glued(.day), .notBefore(.glued(.mark("/"))),
                    .before(.words(Lexicon.eventDayNouns)),
                ]),
                .sequence([
                    .after(.words(["since", "after", "before"])), .numericMonth, .glued(.mark("/")), .glued(.day),
                    .notBefore(.glued(.mark("/"))),
                ]),
            ])
        ],
        build: { m in
            guard let event = Lexicon.eventDays.first(where: { $0.month == m.month && $0.day == m.day }) else {
                return nil
            }
            // A literal: the event is what the text names, not the day it goes on to talk about.
            return .date(.literal(Timex.calendar(event.year, event.month, event.day)))
        },
        examples: [
            ("the [Sept. 11] attacks", "2001-09-11"), ("[9/11] victims", "2001-09-11"),
            ("since [9/11]", "2001-09-11"),
        ])

    /// "Black Monday", "Bloody Sunday", "Super Tuesday": an event's name, not the nearest such weekday.
    static let eventWeekday = Rule(
        id: "ignore.event-weekday",
        pattern: [.words(Lexicon.eventWeekdayWords), .weekday],
        build: { _ in .nothing },
        examples: [("Black Monday", ""), ("Bloody Sunday", ""), ("Super Tuesday", "")])

    /// "a Sunday school", "to a Saturday timetable": a kind of thing a weekday names, no day
    /// (`Lexicon.weekdayKinds`).
    static let weekdayKind = Rule(
        id: "ignore.weekday-kind",
        pattern: [.weekday, .before(.words(Lexicon.weekdayKinds))],
        build: { m in m.isPlural ? nil : .nothing },
        examples: [("started a Sunday school", ""), ("buses run to a Saturday timetable", "")])

    /// "the Six-Day War", "the Hundred Years' War": a war named by its length.
    static let warName = Rule(
        id: "ignore.war-name",
        pattern: [
            .optional(.word("the")), .words(Lexicon.warLengthCounts), .optional(.dash),
            .words(["day", "days", "week", "weeks", "year", "years"]),
            .optional(.mark("'")), .word("war"),
        ],
        build: { _ in .nothing },
        examples: [("the Six-Day War", ""), ("the Hundred Years' War", ""), ("the Thirty Years War", "")])
}
