extension RuleSet {
    /// "last year", "this week", "next month", "this quarter", "this past weekend": counted from the
    /// document date.
    static let relativePeriod = Rule(
        id: "date.relative-period",
        pattern: [
            // After "the" the article rule reads it ("the last week of the campaign" is none).
            .notAfter(.word("the")), .optional(.sequence([.word("this"), .before(.word("past"))])),
            .relation(offsets: nil),
            .optional(.either([fiscalWord, .words(["long", "holiday"])])), .unit(plural: false),
            .notBefore(.glued(.dash)),
        ],
        build: { m in
            guard m.anchoring == .speech, let unit = m.unit, let offset = m.offset else { return nil }
            // "this long weekend", "last holiday weekend".
            if m.said("long") || m.said("holiday"), unit != .weekend { return nil }
            if m.said("current") || m.said("present"), ![.year, .quarter, .month, .week].contains(unit) { return nil }
            if unit == .weekend { return .date(.weekend(offset: offset)) }
            if unit == .day || unit == .night || unit.isClock { return nil }
            // A fortnight is no calendar period: "next fortnight" is two weeks.
            if unit == .fortnight, offset != 0 { return .duration(.duration(count: 1, unit, plusHalf: false)) }
            return .date(.relative(unit, offset: offset, anchoring: .speech))
        },
        examples: [
            ("last year", "2020"), ("this week", "2021-W14"), ("next month", "2021-05"), ("this quarter", "2021-Q2"),
            ("last weekend", "2021-W13-WE"), ("next decade", "203"), ("next fortnight", "P2W"),
            ("this past weekend", "2021-W13-WE"), ("this long weekend", "2021-W14-WE"),
        ])

    /// "talks will resume in the new year": the year that begins next (see `Reading.newYear`); not
    /// "the New Year's holiday" nor "the new year's budget", which name a day or qualify a noun.
    static let theNewYear = Rule(
        id: "date.the-new-year",
        pattern: [
            .word("the"), .word("new"), .word("year"), .notBefore(.glued(.mark("'"))),
            .notBefore(.words(["holiday", "holidays", "celebrations", "festival", "eve", "day"])),
        ],
        build: { _ in .date(.newYear) },
        examples: [("resume in [the new year]", "2022"), ("the new year's budget", "")])

    /// "around the turn of the year": the start of the year that begins next (see `Reading.newYear`).
    static let turnOfTheYear = Rule(
        id: "date.turn-of-the-year",
        pattern: [.word("the"), .word("turn"), .word("of"), .word("the"), .word("year")],
        build: { _ in .date(.newYear, "START") },
        examples: [("should ease by [the turn of the year]", "2022")])

    /// "between Christmas and New Year", "over New Year": New Year's Day; not another calendar's
    /// ("Lunar New Year") nor the year ("in the new year").
    static let newYearsDay = Rule(
        id: "date.new-year-holiday",
        pattern: [
            .notAfter(.words(Lexicon.notNewYearsDay)), .word("new"), .word("year"), .notBefore(.glued(.mark("'"))),
        ],
        build: { _ in .date(.calendar(year: nil, month: 1, day: 1)) },
        examples: [
            ("closed over [New Year]", "2021-01-01"), ("Lunar New Year", ""),
            ("the new year's budget", ""),
        ])

    /// "the past year", "the current quarter", "the coming week": with an article.
    static let relativePeriodWithArticle = Rule(
        id: "date.relative-period-article",
        pattern: [
            .word("the"), .relation(offsets: nil), .optional(fiscalWord), .unit(plural: false),
            // "the last week of the campaign" is a part of something else.
            .notBefore(.glued(.dash)), .notBefore(.word("of")),
        ],
        build: { m in
            guard m.anchoring == .speech, let unit = m.unit, let offset = m.offset, !m.said("this"), !m.said("next")
            else { return nil }
            if unit == .day || unit == .night || unit.isClock { return nil }
            if unit == .weekend {
                return .date(.weekend(offset: offset, isComing: m.said("coming") || m.said("upcoming")))
            }
            // "Over the past decade, arrivals tripled": ten years up to now, not the calendar
            // decade before this one; so for "the past century", "the coming decade" and "the last
            // fortnight" (which has no calendar period at all).
            if unit == .decade || unit == .century, m.said("past") || m.said("coming") {
                return .duration(.duration(count: 1, unit, plusHalf: false))
            }
            if unit == .fortnight, offset != 0 {
                return .duration(.duration(count: 1, unit, plusHalf: false))
            }
            return .date(.relative(unit, offset: offset, anchoring: .speech))
        },
        examples: [
            ("the past year", "2020"), ("the past decade", "P10Y"), ("the past century", "P100Y"),
            ("the coming decade", "P10Y"), ("the last fortnight", "P2W"),
            ("the current quarter", "2021-Q2"), ("the coming week", "2021-W15"),
            ("the coming weekend", "2021-W15-WE"),
        ])

    /// "the year-earlier quarter", "the year-ago period", "year-earlier", "the prior year period":
    /// the period last mentioned, a year before.
    static let yearAgoPeriod = Rule(
        id: "date.year-ago-period",
        pattern: [
            .optional(.sequence([.optional(.word("the")), .optional(.word("comparable"))])),
            .either([
                .sequence([.word("year"), .glued(.dash), .glued(.words(["earlier", "ago"]))]),
                .sequence([.word("prior"), .optional(.glued(.dash)), .word("year")]),
            ]),
            .optional(.either([.word("period"), .word("quarter"), .sequence([.ordinal, .word("quarter")])])),
        ],
        build: { m in
            // "The year-ago results": the article belongs to the noun the adjective qualifies.
            if m.said("the") || m.said("comparable"), !m.said("period"), !m.said("quarter") { return nil }
            if let ordinal = m.ordinal {
                guard (1...4).contains(ordinal) else { return nil }
                return .date(.inYear(offset: -1, suffix: "Q\(ordinal)"))
            }
            return .date(.yearBefore(isQuarter: m.said("quarter")))
        },
        examples: [
            ("the year-earlier period", "2020-Q1"), ("the year-ago third quarter", "2020-Q3"),
            ("the prior-year quarter", "2020-Q1"), ("the prior year period", "2020-Q1"),
        ])

    /// "the weekend", "over the weekend": the nearest weekend.
    /// "over the weekend", "the holiday weekend", "the long weekend": the nearest weekend.
    static let theWeekend = Rule(
        id: "date.weekend",
        pattern: [.word("the"), .optional(.words(["holiday", "long"])), .word("weekend")],
        build: { _ in .date(.weekend(offset: nil)) },
        examples: [("the weekend", "2021-W14-WE"), ("over [the holiday weekend]", "2021-W14-WE")])

    /// "two years ago", "six weeks ago", "a decade ago", "several years ago", "an hour ago"; "five
    /// and a half years ago" and "a year and a half ago" count back in months, to the month they
    /// name.
    static let ago = Rule(
        id: "date.ago",
        pattern: [
            .count, .unit(plural: nil), .optional(.sequence([.word("and"), .word("a"), .word("half")])),
            .optional(.sequence([.word("or"), .word("so")])),
            // "a couple of weeks back", not "two days back home" or "a year back in Ohio".
            .either([
                .word("ago"),
                .sequence([.word("back"), .notBefore(.words(["to", "in", "into", "at", "on", "from", "home", "up"]))]),
            ]),
        ],
        build: { m in
            guard let unit = m.unit, unit != .weekend else { return nil }
            if m.isVague { return .date(.literal("PAST_REF")) }
            // "an hour ago", "20 minutes ago": earlier on the day of writing; "48 hours ago" is two
            // days back.
            if unit.isClock {
                guard let count = m.count else { return nil }
                if unit == .hour, count >= 24 {
                    guard count % 24 == 0 else { return .date(.literal("PAST_REF")) }
                    return .date(.shifted(count: count / 24, .day, sign: -1, anchoring: .speech))
                }
                return .date(.relative(.day, offset: 0, anchoring: .speech))
            }
            if m.plusHalf || m.said("half"), let count = m.count {
                switch unit {
                case .year: return .date(.shifted(count: count * 12 + 6, .month, sign: -1, anchoring: .speech))
                case .decade: return .date(.shifted(count: count * 10 + 5, .year, sign: -1, anchoring: .speech))
                default: break
                }
            }
            return .date(.shifted(count: m.count, unit, sign: -1, anchoring: .speech))
        },
        examples: [
            ("two years ago", "2019"), ("six weeks ago", "2021-W08"), ("10 days ago", "2021-03-31"),
            ("five and a half years ago", "2015-10"), ("a year and a half ago", "2019-10"),
            ("an hour ago", "2021-04-10"), ("48 hours ago", "2021-04-08"),
            ("several years ago", "PAST_REF"), ("a month ago", "2021-03"), ("a week or so ago", "2021-W13"),
            ("a couple of weeks back", "2021-W12"),
        ])

    /// "a year ago Tuesday", "a year ago today", "two years ago this month", "ten years ago this
    /// week": the day (month, week) named, that many units back: its anniversary.
    static let agoFromDay = Rule(
        id: "date.ago-from-day",
        pattern: [
            .count, .unit(plural: nil), .word("ago"),
            .either([
                .weekday, .words(["today", "yesterday", "tomorrow"]),
                .sequence([.word("this"), .words(["month", "week"])]),
            ]),
        ],
        build: { m in
            guard let count = m.count, let unit = m.unit,
                [.year, .decade, .century, .month, .week, .day].contains(unit)
            else { return nil }
            if m.said("month") {
                guard [.year, .decade, .century].contains(unit) else { return nil }
                return .date(
                    .countedFrom(.relative(.month, offset: 0, anchoring: .speech), count: count, unit, sign: -1))
            }
            // "three years ago this week": the week of this day, that many years back.
            if m.said("week") {
                guard [.year, .decade, .century].contains(unit) else { return nil }
                return .date(
                    .weekOf(.countedFrom(.relative(.day, offset: 0, anchoring: .speech), count: count, unit, sign: -1)))
            }
            return day(m).map { .date(.countedFrom($0, count: count, unit, sign: -1)) }
        },
        examples: [
            ("a year ago Tuesday", "2020-04-06"), ("a year ago today", "2020-04-10"),
            ("two years ago this month", "2019-04"), ("three years ago this week", "2018-W15"),
            ("a week ago yesterday", "2021-04-02"),
            ("five years ago tomorrow", "2016-04-11"),
        ])

    /// "a week from Monday", "three days from tomorrow", "a week on Friday", "Monday week": the
    /// day named, that many units on; not "two days from Monday to Friday".
    static let fromDay = Rule(
        id: "date.from-day",
        pattern: [
            .either([
                .sequence([
                    .count, .unit(plural: nil),
                    .either([
                        .sequence([.word("from"), .either([.weekday, .words(["tomorrow", "yesterday"])])]),
                        .sequence([.word("on"), .weekday]),
                    ]),
                ]),
                .sequence([.weekday, .word("week")]),
            ]),
            .notBefore(.either([.words(["to", "through", "until", "till", "and", "or"]), .glued(.mark("'"))])),
        ],
        build: { m in
            let count = m.count ?? 1
            let unit = m.unit ?? .week
            guard !m.isVague, [.year, .month, .week, .day].contains(unit) else { return nil }
            // "twice a month on Fridays": a set's days, not one day counted on.
            if m.weekday != nil, m.isPlural { return nil }
            // "a week on Friday" counts days or weeks; "the worst quake in three years on Saturday"
            // is a length, then a day.
            if m.said("on"), unit != .week, unit != .day { return nil }
            return day(m).map { .date(.countedFrom($0, count: count, unit, sign: 1)) }
        },
        examples: [
            ("a week from Monday", "2021-04-19"), ("three days from tomorrow", "2021-04-14"),
            ("a week on Friday", "2021-04-23"), ("Monday week", "2021-04-19"),
        ])

    /// "years ago", "decades ago": some time back, no count given ("two years ago" is read from
    /// its count first); "half a century ago": half the unit, counted in the next smaller one.
    static let agoUncounted = Rule(
        id: "date.ago-uncounted",
        pattern: [
            .either([
                .unit(plural: true),
                .sequence([
                    .optional(.word("a")), .word("half"), .optional(.dash), .optional(.word("a")), .unit(plural: false),
                ]),
            ]),
            .word("ago"),
        ],
        build: { m in
            guard let unit = m.unit, !unit.isClock, unit != .weekend else { return nil }
            guard m.said("half") else { return .date(.literal("PAST_REF")) }
            switch unit {
            case .century: return .date(.shifted(count: 50, .year, sign: -1, anchoring: .speech))
            case .decade: return .date(.shifted(count: 5, .year, sign: -1, anchoring: .speech))
            case .year: return .date(.shifted(count: 6, .month, sign: -1, anchoring: .speech))
            default: return nil
            }
        },
        examples: [("years ago", "PAST_REF"), ("half a century ago", "1971"), ("a half-century ago", "1971")])

    /// "three months from now", "a week from today", "two years hence": counted ahead from the document date.
    static let fromNow = Rule(
        id: "date.from-now",
        pattern: [
            .count, .unit(plural: nil),
            .either([.sequence([.word("from"), .words(["now", "today"])]), .word("hence")]),
        ],
        build: { m in
            guard let unit = m.unit, !unit.isClock, unit != .weekend else { return nil }
            if m.isVague { return .date(.literal("FUTURE_REF")) }
            // "a week from today" counts from a day and names one.
            if m.said("today"), unit == .week, let count = m.count {
                return .date(.shifted(count: count * 7, .day, sign: 1, anchoring: .speech))
            }
            return .date(.shifted(count: m.count, unit, sign: 1, anchoring: .speech))
        },
        examples: [
            ("three months from now", "2021-07"), ("a week from today", "2021-04-17"), ("two years hence", "2023"),
            ("a few years from now", "FUTURE_REF"),
        ])

    /// "a year earlier", "two months before": counted back from the date last mentioned; not "30
    /// days before the vote", "before closing" or "before expiration", which count from an event (a
    /// duration).
    static let earlier = Rule(
        id: "date.earlier",
        pattern: [
            .count, .unit(plural: nil),
            // "two days before the vote" counts from the vote; "a fire five months earlier that
            // killed 112 people" from the date last mentioned.
            .either([
                .word("earlier"),
                .sequence([
                    .word("before"), .notBefore(.plainWord),
                    .notBefore(.either([.words(Lexicon.nounPhraseStarts), .gerund])),
                ]),
            ]),
        ],
        build: { m in
            guard let unit = m.unit, !unit.isClock, unit != .weekend, !m.isVague else { return nil }
            return .date(.shifted(count: m.count, unit, sign: -1, anchoring: .reference))
        },
        examples: [("a year earlier", "2020"), ("two days before", "2021-04-08")])

    /// "the year before", "the week after": one unit from the date last mentioned; after a comma,
    /// only where no event follows (see `appositivePeriod`).
    static let unitBeforeAfter = Rule(
        id: "date.unit-before-after",
        pattern: [
            .either([
                .sequence([.notAfter(.mark(",")), .word("the"), .unit(plural: false), .words(["before", "after"])]),
                .sequence([
                    .after(.mark(",")), .word("the"), .unit(plural: false), .words(["before", "after"]),
                    .before(dayAfterEnd),
                ]),
            ]),
            .notBefore(.words(["the", "that", "his", "her", "its", "their", "a"])),
        ],
        build: { m in
            guard let unit = m.unit, !unit.isClock, unit != .weekend else { return nil }
            return .date(.relative(unit, offset: m.said("after") ? 1 : -1, anchoring: .reference))
        },
        examples: [("the year before", "2020"), ("the week after", "2021-W15")])

    /// "the summer before last", "the winter after next": two seasons from the document date.
    static let seasonBeforeLast = Rule(
        id: "date.season-before-last",
        pattern: [
            .optional(.word("the")), .season,
            .either([.sequence([.word("before"), .word("last")]), .sequence([.word("after"), .word("next")])]),
        ],
        build: { m in .date(.season(m.season!, offset: m.said("after") ? 2 : -2)) },
        examples: [("the summer before last", "2019-SU"), ("the winter after next", "2022-WI")])

    /// "the week before last", "the year after next": two units from the document date.
    static let unitBeforeLast = Rule(
        id: "date.unit-before-last",
        pattern: [
            .optional(.word("the")), .unit(plural: false),
            .either([.sequence([.word("before"), .word("last")]), .sequence([.word("after"), .word("next")])]),
            // "the day before last Tuesday" counts from Tuesday.
            .notBefore(.either([.weekday, .month(standalone: false)])),
        ],
        build: { m in
            guard let unit = m.unit, !unit.isClock, unit != .day else { return nil }
            let offset = m.said("after") ? 2 : -2
            if unit == .weekend { return .date(.weekend(offset: offset)) }
            return .date(.relative(unit, offset: offset, anchoring: .speech))
        },
        examples: [
            ("the week before last", "2021-W12"), ("the year after next", "2023"),
            ("the weekend after next", "2021-W16-WE"),
        ])

    /// "January this year", "June last year", "April next year"; "July 24 that year", "March of
    /// the following year" and "15 September of the same year" count from the date last mentioned.
    static let monthOfRelativeYear = Rule(
        id: "date.month-of-relative-year",
        pattern: [
            .optional(.day), .month(standalone: false), .optional(.day), .optional(.word("of")),
            .optional(.word("the")), .either([.relation(offsets: nil), .word("same")]), .word("year"),
        ],
        build: { m in
            guard let month = m.month else { return nil }
            let suffix = Timex.pad(month, 2) + (m.day.map { "-" + Timex.pad($0, 2) } ?? "")
            // "15 September of the same year": the year last mentioned.
            if m.said("same") {
                guard m.said("the") else { return nil }
                return .date(.inYear(offset: 0, suffix: suffix, anchoring: .reference))
            }
            guard let offset = m.offset else { return nil }
            // "May of the next year" counts from the story, as "the next year" does.
            if m.said("the"), m.said("next") { return .date(.inYear(offset: 1, suffix: suffix, anchoring: .reference)) }
            // "June the last year" is no English; "of the following year" is.
            if m.said("the"), m.anchoring == .speech || m.said("that") { return nil }
            return .date(.inYear(offset: offset, suffix: suffix, anchoring: m.anchoring))
        },
        examples: [
            ("June last year", "2020-06"), ("January this year", "2021-01"), ("January of this year", "2021-01"),
            ("July 24 that year", "2021-07-24"), ("March of the following year", "2022-03"),
            ("May of the next year", "2022-05"), ("15 September of the same year", "2021-09-15"),
        ])

    /// "last April", "next May", "this September".
    static let relativeMonth = Rule(
        id: "date.relative-month",
        pattern: [.relation(offsets: nil), .month(standalone: false), .optional(.day)],
        build: { m in
            guard m.anchoring == .speech, let offset = m.offset, !m.said("past") else { return nil }
            return .date(.month(m.month!, offset: offset, day: m.day))
        },
        examples: [
            ("last April", "2020-04"), ("next May", "2021-05"), ("this September", "2021-09"),
            ("last November", "2020-11"), ("last Oct. 23", "2020-10-23"),
        ])

    /// "That November", "in that March", "the following March", "the previous May": a month counted
    /// from the date last mentioned. "That" opens a sentence or follows a preposition or a comma, as
    /// after a verb it joins a clause ("said that March would be busy").
    static let monthOfReference = Rule(
        id: "date.month-of-reference",
        pattern: [
            .either([
                .sequence([
                    .after(
                        .either([
                            .mark("."), .mark(","), .mark(";"), .mark(":"),
                            .words(["in", "by", "until", "during", "and", "from", "since", "of"]),
                        ])),
                    .word("that"),
                ]),
                .sequence([.word("the"), .words(["following", "previous", "next"])]),
            ]),
            .month(standalone: false), .notBefore(.day),
        ],
        build: { m in
            let offset = m.said("following") || m.said("next") ? 1 : m.said("previous") ? -1 : 0
            return .date(.month(m.month!, offset: offset, day: nil, anchoring: .reference))
        },
        examples: [
            ("in [that November]", "2021-11"), ("[the following March]", "2022-03"),
            ("[the previous May]", "2020-05"),
        ])

    /// "went on sale that June.", "shipped that July, and": after any word, "that" and a month that
    /// ends its clause are the month counted from the date last mentioned; "said that November was
    /// wet" goes on with a verb.
    static let monthOfReferenceEndingClause = Rule(
        id: "date.month-of-reference-ending-clause",
        pattern: [
            .word("that"), .month(standalone: false),
            .before(.either([.mark("."), .mark(","), .mark(";"), .mark(":"), .words(["and", "when"])])),
        ],
        build: { m in .date(.month(m.month!, offset: 0, day: nil, anchoring: .reference)) },
        examples: [("went on sale [that June].", "2021-06"), ("shipped [that July], and", "2021-07")])

    /// "last Friday", "next Tuesday", "this Sunday", "the previous Friday"; with a part of the day,
    /// a time of that day ("last Friday night").
    static let relativeWeekday = Rule(
        id: "date.relative-weekday",
        pattern: [
            .optional(.either([.word("the"), .sequence([.word("this"), .before(.word("past"))])])),
            .relation(offsets: nil), .optional(.word("coming")), .weekday, .optional(.dayPart),
        ],
        build: { m in
            // "this past Friday" is the last one; "past Friday" alone is no date.
            guard let offset = m.offset, !m.said("past") || m.said("this") else { return nil }
            let stated = m.said("coming") ? 1 : offset
            // Counted from the day talked about, "the following Monday" is the first after it, "the
            // previous Monday" the last before it, and "that Friday" the one of its week.
            let day = Reading.weekday(m.weekday!, offset: stated, anchoring: m.anchoring)
            if let part = m.dayPart {
                guard part != .midday, part != .midnight, !m.isPlural else { return nil }
                return .time(.dayPart(day: day, part))
            }
            return .date(day)
        },
        examples: [
            ("last Friday", "2021-04-09"), ("next Tuesday", "2021-04-13"), ("this coming Sunday", "2021-04-11"),
            ("last Friday night", "2021-04-09TNI"), ("this past Monday", "2021-04-05"),
        ])

    /// "Tuesday of last week", "Friday of next week", "Monday of this week", "Monday next week":
    /// that weekday in the week named, not the nearest one ("said Monday next week's vote" is no
    /// such day).
    static let weekdayOfRelativeWeek = Rule(
        id: "date.weekday-of-week",
        pattern: [
            .weekday, .optional(.word("of")), .relation(offsets: [-1, 0, 1]), .word("week"),
            .notBefore(.glued(.mark("'"))),
        ],
        build: { m in
            guard m.anchoring == .speech, let offset = m.offset else { return nil }
            let day = Reading.weekday(m.weekday!, offset: 0, anchoring: .speech)
            return .date(offset == 0 ? day : .countedFrom(day, count: 1, .week, sign: offset))
        },
        examples: [
            ("Tuesday of last week", "2021-03-30"), ("Friday of next week", "2021-04-16"),
            ("Monday of this week", "2021-04-05"), ("Monday next week", "2021-04-12"),
        ])

    static let weekday = Rule(
        id: "date.weekday",
        pattern: [.weekday],
        build: { m in .date(.weekday(m.weekday!, offset: nil, anchoring: .speech)) },
        examples: [("Friday", "2021-04-09"), ("Saturday", "2021-04-10"), ("Mon.", "2021-04-05")])

    /// "on a Tuesday", "on a Sunday afternoon": some Tuesday, not the nearest one.
    static let indefiniteWeekday = Rule(
        id: "date.weekday-indefinite",
        pattern: [.after(.word("on")), .word("a"), .weekday, .optional(.dayPart)],
        build: { m in
            let value = "XXXX-WXX-\(m.weekday!)"
            guard let part = m.dayPart else { return .date(.literal(value)) }
            return .time(.literal(value + "T" + part.code))
        },
        examples: [("on [a Tuesday]", "XXXX-WXX-2"), ("on [a Sunday afternoon]", "XXXX-WXX-7TAF")])

    /// "the week of March 6": the week that holds the day; "the weekend of March 13" (or "of
    /// March 13-14") its weekend.
    static let weekOf = Rule(
        id: "date.week-of",
        pattern: [
            .word("the"), .words(["week", "weekend"]), .word("of"), .month(standalone: false), .day,
            .optional(.sequence([.dash, .day])), .optional(.sequence([.optional(.mark(",")), .year])),
        ],
        build: { m in
            .date(.weekOf(.calendar(year: m.year, month: m.month, day: m.day), isWeekend: m.said("weekend")))
        },
        examples: [("the week of March 6", "2021-W09"), ("the weekend of March 13, 2021", "2021-W10-WE")])

    /// "the second week of January", "the third week of April 2014", "the second week of next
    /// month": the week that holds the middle day of that seven (the 11th, 18th, 25th). "The first
    /// week of April" and "the last week of March" are the month's start and end (`Lexicon.pointPrefixes`).
    static let nthWeekOfMonth = Rule(
        id: "date.nth-week-of-month",
        pattern: [
            .word("the"), .ordinal, .word("week"), .optional(.word("of")), .optional(.word("in")),
            .either([
                .sequence([.month(standalone: false), .optional(.sequence([.optional(.mark(",")), .year]))]),
                .sequence([.optional(.word("the")), .relation(offsets: nil), .word("month")]),
            ]),
        ],
        build: { m in
            guard let ordinal = m.ordinal, (2...4).contains(ordinal) else { return nil }
            let day = 7 * ordinal - 3
            guard let month = m.month else {
                guard let offset = m.offset else { return nil }
                let relative = Reading.relative(.month, offset: offset, anchoring: m.anchoring)
                return .date(.weekOf(.dayInMonth(day: day, month: relative)))
            }
            if let year = m.year { return .date(.weekOf(.calendar(year: year, month: month, day: day))) }
            return .date(.weekOf(.month(month, offset: nil, day: day)))
        },
        examples: [
            ("the second week of January", "2021-W02"), ("the third week of April 2014", "2014-W16"),
            ("the second week of next month", "2021-W19"),
        ])
}
