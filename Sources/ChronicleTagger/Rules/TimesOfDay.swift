extension RuleSet {
    /// A day named after a clock time: "Wednesday", "yesterday", "Nov. 9", "Friday, Oct. 23"; or
    /// today's part of the day, "this evening", "tonight", and a part of a day named ("tomorrow
    /// night").
    static let namedDayAfterClock: Element = .sequence([
        .optional(.mark(",")), .optional(.word("on")),
        .either([
            .weekday, .sequence([.words(["today", "yesterday", "tomorrow"]), .optional(.dayPart)]), partOfToday,
            .sequence([
                weekdayPrefix, .month(standalone: false), .day,
                .optional(.sequence([.optional(.mark(",")), .year])),
            ]),
            .sequence([weekdayPrefix, .day, .month(standalone: false), .optional(.year)]),
        ]),
    ])

    /// "this evening", "tonight": a part of the document's day.
    static let partOfToday: Element = .either([.sequence([.word("this"), .dayPart]), .word("tonight")])

    /// The day after a clock time, if one is named.
    static let dayAfterClock: Element = .optional(namedDayAfterClock)

    /// A time zone after a clock time: "EST", "local time", "Rome time", "Eastern Standard Time".
    static let clockZone: Element = .either([
        .timeZone,
        .sequence([
            .either([.words(["local"] + Lexicon.timeZoneRegions), .name]),
            .optional(.words(["standard", "daylight"])), .word("time"),
        ]),
    ])

    /// What may follow a clock time: a time zone, then the day ("5 p.m. EST Nov. 9", "8 p.m. Rome
    /// time on Feb. 28"), or a region's name and the day ("10 a.m. Eastern on Thursday"); a region
    /// alone may be a name ("10 a.m. Central Park").
    static let zoneAndDayAfterClock: Element = .either([
        .sequence([.optional(clockZone), dayAfterClock]),
        .sequence([.words(Lexicon.timeZoneRegions), namedDayAfterClock]),
    ])

    /// The day a phrase names, if any: a date, a weekday, "today", "yesterday" or "tomorrow".
    static func day(_ m: Match) -> Reading? {
        if let month = m.month, let day = m.day { return .calendar(year: m.year, month: month, day: day) }
        if let weekday = m.weekday { return .weekday(weekday, offset: nil, anchoring: .speech) }
        if m.said("yesterday") { return .relative(.day, offset: -1, anchoring: .speech) }
        if m.said("tomorrow") { return .relative(.day, offset: 1, anchoring: .speech) }
        if m.said("today") || m.said("tonight") || (m.said("this") && m.dayPart != nil) {
            return .relative(.day, offset: 0, anchoring: .speech)
        }
        return nil
    }

    /// A clock time on the day named after it; on a weekday said in the plural, the set of those
    /// times ("9 p.m. on Thursdays" is `XXXX-WXX-4T21:00`).
    static func clockOnDay(_ m: Match, hour: Int, minute: Int, second: Int? = nil) -> Build {
        if let weekday = m.weekday, m.isPlural {
            return .set(.literal("XXXX-WXX-\(weekday)" + Timex.clock(hour, minute, second)))
        }
        return .time(.clock(day: day(m), hour: hour, minute: minute, second: second))
    }

    /// The part of the day a clock time without a.m. or p.m. is in: the one named after it ("six
    /// o'clock this evening", "at 10 tonight").
    static func partAfterClock(_ m: Match) -> DayPart? {
        m.said("tonight") ? .night : m.dayPart
    }

    /// The 24-hour clock hour of an hour said with a.m./p.m. or a part of the day.
    static func hour(_ hour: Int, meridiem: Int?, part: DayPart? = nil) -> Int? {
        guard hour <= 24 else { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            return hour % 12 + meridiem
        }
        if let part, hour <= 12 {
            switch part {
            case .afternoon, .evening: return hour % 12 + 12
            case .night: return hour >= 6 ? hour % 12 + 12 : hour
            default: return hour % 12
            }
        }
        return hour
    }

    /// "10 p.m. Wednesday", "10:35 a.m.", "5 p.m. EST Nov. 9", "4 a.m. EDT Thursday".
    static let clockWithMeridiem = Rule(
        id: "time.clock-meridiem",
        pattern: [.clock, .meridiem, zoneAndDayAfterClock],
        build: { m in
            guard let hour = hour(m.hour!, meridiem: m.meridiem) else { return nil }
            return clockOnDay(m, hour: hour, minute: m.minute ?? 0, second: m.seconds)
        },
        examples: [
            ("10 p.m. Wednesday", "2021-04-07T22:00"), ("10:35 a.m.", "2021-04-10T10:35"),
            ("5 p.m. EST Nov. 9", "2020-11-09T17:00"), ("6 a.m. yesterday", "2021-04-09T06:00"),
            ("10:42:15 a.m.", "2021-04-10T10:42:15"), ("8 p.m. Rome time on Feb. 28", "2021-02-28T20:00"),
            ("9:30 a.m. Eastern Standard Time Friday", "2021-04-09T09:30"),
            ("7 a.m. local time on Monday", "2021-04-05T07:00"), ("10 a.m. Eastern on Thursday", "2021-04-08T10:00"),
            ("9 p.m. on Thursdays", "XXXX-WXX-4T21:00"),
        ])

    /// "between 2 and 4 p.m. Sunday", "from 9 to 11 a.m.", "about 5 to 6 a.m.": a range whose first
    /// hour takes the a.m. or p.m. of the second (the other one when it is later: "from 11 to 1 p.m."
    /// starts at 11 a.m.).
    static let clockRangeSharingMeridiem = Rule(
        id: "time.clock-range-meridiem",
        pattern: [
            .words(["between", "from", "about", "around", "roughly", "approximately"]), .first([.clock]),
            .either([.dash, .words(["and", "to", "until", "till"])]),
            .second([.clock, .meridiem, zoneAndDayAfterClock]),
        ],
        build: { m in
            guard let first = m.hour, let last = m.second.hour, let meridiem = m.second.meridiem,
                (1...12).contains(first), let end = hour(last, meridiem: meridiem)
            else { return nil }
            let startMeridiem = first % 12 <= last % 12 ? meridiem : 12 - meridiem
            guard let start = hour(first, meridiem: startMeridiem) else { return nil }
            var second = m
            second.fields = m.second
            let day = day(second)
            return .range(
                .clock(day: day, hour: start, minute: m.minute ?? 0),
                .clock(day: day, hour: end, minute: m.second.minute ?? 0), kind: .time)
        },
        examples: [
            ("between 2 and 4 p.m. yesterday", "2021-04-09T14:00/2021-04-09T16:00"),
            ("from 11 to 1 p.m.", "2021-04-10T11:00/2021-04-10T13:00"),
            ("about 5 to 6 a.m.", "2021-04-10T05:00/2021-04-10T06:00"),
        ])

    /// "14:30", "at 9:15 GMT": a clock time with minutes and no a.m. or p.m.
    static let clock24 = Rule(
        id: "time.clock",
        pattern: [.clock, zoneAndDayAfterClock],
        build: { m in
            guard let minute = m.minute, let said = m.hour,
                let hour = hour(said, meridiem: nil, part: partAfterClock(m))
            else { return nil }
            return clockOnDay(m, hour: hour, minute: minute, second: m.seconds)
        },
        examples: [
            ("14:30", "2021-04-10T14:30"), ("9:15 GMT Tuesday", "2021-04-06T09:15"),
            ("23:59:59", "2021-04-10T23:59:59"),
            ("10:35 on 7 August 2019", "2019-08-07T10:35"), ("10:35 on August 7, 2019", "2019-08-07T10:35"),
            ("14:00 Moscow time Tuesday", "2021-04-06T14:00"), ("10:30 tonight", "2021-04-10T22:30"),
            ("at [07.45]", "2021-04-10T07:45"), ("10.30 GMT", "2021-04-10T10:30"),
        ])

    /// "at 10 tonight", "at 6 this morning": an hour alone, whose part of the day follows it.
    static let hourOfNamedPart = Rule(
        id: "time.hour-of-part",
        pattern: [.after(.word("at")), .clock, partOfToday],
        build: { m in
            guard m.minute == nil, let said = m.hour, said <= 12,
                let hour = hour(said, meridiem: nil, part: partAfterClock(m))
            else { return nil }
            return .time(.clock(day: .relative(.day, offset: 0, anchoring: .speech), hour: hour, minute: 0))
        },
        examples: [("at [10 tonight]", "2021-04-10T22:00"), ("at [6 this morning]", "2021-04-10T06:00")])

    /// "ran the mile in 3:41", "a time of 2:05": how long something took, not a clock.
    static let raceTime = Rule(
        id: "ignore.race-time",
        pattern: [.words(["in", "of"]), .clock, .notBefore(.meridiem)],
        build: { m in m.minute == nil ? nil : .nothing },
        examples: [("ran the mile in 3:41", ""), ("a winning time of 2:05", "")])

    /// "at 2100 hours", "0600 hrs Tuesday": the 24-hour clock written as four digits, where the
    /// phrase ends ("worked 1500 hours a year" is a duration).
    static let militaryClock = Rule(
        id: "time.clock-hours",
        pattern: [
            .count, .words(["hours", "hrs"]),
            .either([
                .before(.either([.mark("."), .mark(","), .mark(";"), .timeZone, .words(["local", "on", "and"])])),
                dayAfterClock,
            ]),
        ],
        build: { m in
            guard let count = m.count, !m.plusHalf, (100...2400).contains(count), count % 100 < 60 else { return nil }
            return clockOnDay(m, hour: count / 100, minute: count % 100)
        },
        examples: [("at [2100 hours].", "2021-04-10T21:00"), ("at [0600 hrs Tuesday]", "2021-04-06T06:00")])

    /// "at 0700 GMT", "1930 UTC Friday", "at 1430 local time": four digits of the 24-hour clock
    /// before a time zone.
    static let zonedMilitaryClock = Rule(
        id: "time.clock-zone",
        pattern: [.count, .either([.timeZone, .sequence([.word("local"), .word("time")])]), dayAfterClock],
        build: { m in
            guard let count = m.count, !m.plusHalf, !m.isVague, (0...2400).contains(count), count % 100 < 60
            else { return nil }
            // "at 8 local time" is no 00:08.
            if m.said("local"), count < 100 { return nil }
            return clockOnDay(m, hour: count / 100, minute: count % 100)
        },
        examples: [
            ("at [0700 GMT]", "2021-04-10T07:00"), ("[1930 UTC Friday]", "2021-04-09T19:30"),
            ("at [1430 local time]", "2021-04-10T14:30"),
        ])

    /// "4 in the morning", "eight in the evening".
    static let clockPartOfDay = Rule(
        id: "time.clock-part-of-day",
        pattern: [.clock, .optional(.word("o")), .word("in"), .word("the"), .dayPart, dayAfterClock],
        build: { m in
            guard let hour = hour(m.hour!, meridiem: nil, part: m.dayPart) else { return nil }
            return clockOnDay(m, hour: hour, minute: m.minute ?? 0)
        },
        examples: [("4 in the morning", "2021-04-10T04:00")])

    /// "8 o'clock", "eight o'clock in the evening", "half past nine", "a quarter to five p.m.".
    static let clockInWords = Rule(
        id: "time.clock-words",
        pattern: [
            .either([
                .sequence([.count, .word("o"), .glued(.mark("'")), .glued(.word("clock"))]),
                .sequence([
                    .optional(.word("a")), .words(["half", "quarter"]), .words(["past", "to"]), .count,
                    .optional(.sequence([.word("o"), .glued(.mark("'")), .glued(.word("clock"))])),
                ]),
            ]),
            .optional(.either([.meridiem, .sequence([.word("in"), .word("the"), .dayPart])])),
            dayAfterClock,
        ],
        build: { m in
            let isFraction = m.said("past") || m.said("to")
            guard let count = m.count, !m.isVague, !m.plusHalf, count >= 1, count <= (isFraction ? 12 : 24) else {
                return nil
            }
            var said = count
            var minute = 0
            if m.said("half") {
                guard !m.said("to") else { return nil }
                minute = 30
            } else if m.said("quarter") {
                minute = m.said("to") ? 45 : 15
                if m.said("to") { said = count == 1 ? 12 : count - 1 }
            }
            guard let clockHour = hour(said, meridiem: m.meridiem, part: partAfterClock(m)) else { return nil }
            return clockOnDay(m, hour: clockHour, minute: minute)
        },
        examples: [
            ("8 o'clock", "2021-04-10T08:00"), ("eight o'clock in the evening", "2021-04-10T20:00"),
            ("half past nine", "2021-04-10T09:30"), ("a quarter to five p.m. Friday", "2021-04-09T16:45"),
        ])

    /// "noon Thursday", "midnight Friday", "midday".
    static let noon = Rule(
        id: "time.noon",
        pattern: [.words(["noon", "midnight", "midday"]), dayAfterClock],
        build: { m in
            clockOnDay(m, hour: m.said("midnight") ? 24 : 12, minute: 0)
        },
        examples: [("noon Thursday", "2021-04-08T12:00"), ("midnight Friday", "2021-04-09T24:00")])

    /// "high noon": an idiom for a showdown, not a time of day.
    static let highNoon = Rule(
        id: "ignore.high-noon",
        pattern: [.word("high"), .word("noon")],
        build: { _ in .nothing },
        examples: [("high noon", "")])

    /// "this morning", "this evening": the document's day, at that part of it; "tonight" is the day.
    static let thisPartOfDay = Rule(
        id: "time.this-part-of-day",
        pattern: [.either([.sequence([.word("this"), .dayPart]), .word("tonight")])],
        build: { m in
            if m.said("tonight") { return .date(.relative(.day, offset: 0, anchoring: .speech)) }
            guard let part = m.dayPart, part != .midday, part != .midnight else { return nil }
            return .time(.dayPart(day: nil, part))
        },
        examples: [("this morning", "2021-04-10TMO"), ("tonight", "2021-04-10")])

    /// "last night", "yesterday morning", "tomorrow evening", "Friday morning", "Wednesday night".
    static let dayWithPartOfDay = Rule(
        id: "time.day-part-of-day",
        pattern: [
            .either([
                .sequence([.word("last"), .word("night")]),
                .sequence([.words(["yesterday", "today", "tomorrow"]), .dayPart]),
                .sequence([.weekday, .dayPart]),
            ])
        ],
        build: { m in
            if m.said("last") { return .time(.dayPart(day: .relative(.day, offset: -1, anchoring: .speech), .night)) }
            guard let part = m.dayPart, let day = day(m) else { return nil }
            if m.isPlural { return nil }
            // A part of a named day is a time of that day (TimeML: "Friday night" is `…TNI`).
            return .time(.dayPart(day: day, part))
        },
        examples: [
            ("last night", "2021-04-09TNI"), ("yesterday morning", "2021-04-09TMO"),
            ("Friday morning", "2021-04-09TMO"), ("Wednesday evening", "2021-04-07TEV"),
        ])

    /// "mid-afternoon", "mid afternoon yesterday", "midafternoon Wednesday".
    static let midPartOfDay = Rule(
        id: "time.mid-part-of-day",
        pattern: [
            .either([.sequence([.word("mid"), .optional(.dash), .dayPart]), .words(["midafternoon", "midmorning"])]),
            dayAfterClock,
        ],
        build: { m in
            let word: DayPart? = m.said("midafternoon") ? .afternoon : m.said("midmorning") ? .morning : nil
            guard let part = m.dayPart ?? word, part != .midday, part != .midnight else { return nil }
            return .time(.dayPart(day: day(m), part), "MID")
        },
        examples: [
            ("mid-afternoon", "2021-04-10TAF"), ("mid afternoon yesterday", "2021-04-09TAF"),
            ("midafternoon Wednesday", "2021-04-07TAF"), ("midmorning", "2021-04-10TMO"),
        ])

    /// "early afternoon", "late evening yesterday": the start or end of a part of the day.
    static let earlyLatePartOfDay = Rule(
        id: "time.early-late-part-of-day",
        pattern: [.words(["early", "late"]), .optional(.dash), .dayPart, dayAfterClock],
        build: { m in
            guard let part = m.dayPart, part != .midday, part != .midnight, !m.isPlural else { return nil }
            return .time(.dayPart(day: day(m), part), m.said("early") ? "START" : "END")
        },
        examples: [("early afternoon", "2021-04-10TAF"), ("late evening yesterday", "2021-04-09TEV")])

    /// "the morning": a part of the day talked about; "the next morning": the next day; "the late
    /// afternoon": its end. "The evening news" is a kind of news.
    static let thePartOfDay = Rule(
        id: "time.the-part-of-day",
        pattern: [
            .word("the"), .optional(.words(["next", "following", "previous", "early", "late", "same"])), .dayPart,
            .notBefore(.word("of")), .notBefore(.words(Lexicon.partOfDayKinds)),
        ],
        build: { m in
            guard let part = m.dayPart, part != .midday, part != .midnight else { return nil }
            // "she wrote in the mornings": every morning, no day of its own.
            if m.isPlural {
                guard !m.said("next"), !m.said("following"), !m.said("previous"), !m.said("same") else { return nil }
                return .set(.literal("XXXX-XX-XXT" + part.code))
            }
            if m.said("early") || m.said("late") {
                return .time(
                    .dayPart(day: .relative(.day, offset: 0, anchoring: .reference), part),
                    m.said("early") ? "START" : "END")
            }
            let offset = m.said("next") || m.said("following") ? 1 : m.said("previous") ? -1 : 0
            // "the next morning" is the next day; "the morning" alone, a part of the day talked about.
            if offset != 0 { return .date(.relative(.day, offset: offset, anchoring: .reference)) }
            return .time(.dayPart(day: .relative(.day, offset: 0, anchoring: .reference), part))
        },
        examples: [
            ("the next morning", "2021-04-11"), ("the morning", "2021-04-10TMO"),
            ("the late afternoon", "2021-04-10TAF"), ("the same evening", "2021-04-10TEV"),
            ("in [the afternoons]", "XXXX-XX-XXTAF"),
        ])

    /// "that afternoon", "that night", "that same evening": a part of the day last talked about.
    static let thatPartOfDay = Rule(
        id: "time.that-part-of-day",
        pattern: [.word("that"), .optional(.word("same")), .dayPart, .notBefore(.word("of"))],
        build: { m in
            guard let part = m.dayPart, part != .midday, part != .midnight, !m.isPlural else { return nil }
            return .time(.dayPart(day: .relative(.day, offset: 0, anchoring: .reference), part))
        },
        examples: [
            ("that afternoon", "2021-04-10TAF"), ("that night", "2021-04-10TNI"),
            ("that same evening", "2021-04-10TEV"),
        ])
}
