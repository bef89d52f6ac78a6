import ChronicleText

/// Turns what an expression states (`Reading`) into a TIMEX3 value, anchoring relative and partial
/// expressions: against the document date (news, speech-anchored words such as "yesterday") or the
/// last date mentioned (narrative, and reference words such as "the following day").
///
/// Without an anchor nothing is guessed: the value keeps `X`s (`XXXX-04`, `XXXX-WXX-5`) and
/// `Resolution.isUnanchored` tells the tagger to report it.
struct Resolver {
    /// The date relative expressions count from: the document's (or its section's).
    var documentDate: TimePoint?
    /// Whether that date was inferred from the latest date the text states: the text was written
    /// then or later, so a story's past may run past it.
    var isDocumentDateInferred = false
    /// The last date the text mentioned, for reference-anchored words and narratives.
    var reference: TimePoint?
    var kind: Document.Kind
    /// A day named earlier in the same sentence, for a clock time that names none ("Tuesday, March 3,
    /// 2020 at 5:30 p.m.").
    var sentenceDay: TimePoint?
    /// The last day mentioned and the token index just after its expression.
    var lastDayMention: (end: Int, day: TimePoint)?
    /// A week named earlier in the same sentence, for a weekday: "will sit next week – Tuesday,
    /// Wednesday and Thursday".
    var sentenceWeek: TimePoint?
    /// The last week mentioned and the token index just after its expression.
    var lastWeekMention: (end: Int, week: TimePoint)?
    /// In news, a year named earlier in the same sentence, for a month, day, season, quarter or half
    /// that names none: "In 1993 the river crested on July 24" is 1993's July 24, not the one nearest the
    /// document date.
    var sentenceYear: Int?
    /// The last year named (a year, or a year counted from the document date: "last year") and the
    /// token index just after its expression.
    var lastYearMention: (end: Int, year: Int)?
    /// The last decade or century mentioned, while no finer date has followed it, and the token
    /// index just after its expression.
    var lastEraMention: (end: Int, era: TimePoint)?
    /// That decade or century when it was mentioned shortly before the expression being resolved:
    /// "During the 1950s … By the end of the decade" is the end of the 1950s.
    var recentEra: TimePoint?
    /// The last day mentioned, when it was mentioned shortly before the expression being resolved:
    /// "the following day" after a coarser date named in passing counts from it.
    var recentDay: TimePoint?
    /// The period a report is about: the last quarter, half or year the text named (a year for
    /// "the nine months", the year so far). Other dates leave it in place: in "the quarter ended
    /// Sept. 30 … up from $3 million a year earlier" the comparison is with the quarter.
    var focus: TimePoint?
    /// The last quarter or half in focus, which a later year leaves in place for "last year's quarter".
    var focusQuarter: TimePoint?
    /// Whether the text said the period in focus has ended ("the fourth quarter ended Sept. 30").
    var isFocusClosed = false

    struct Resolution {
        var value: String
        /// The anchor used, as a TIMEX3 value, for `--explain`.
        var anchor: String?
        /// Whether the value needed an anchor that was missing.
        var isUnanchored = false
    }

    /// The anchor for an expression anchored the way `anchoring` says.
    func anchor(_ anchoring: Anchoring) -> TimePoint? {
        switch (kind, anchoring) {
        case (.news, .speech): documentDate
        default: reference ?? documentDate
        }
    }

    /// `tense` says whether the sentence speaks of what is past or to come, for expressions that can
    /// point either way ("Friday", "in April").
    func resolve(_ reading: Reading, tense: ClauseTense.Tense) -> Resolution {
        switch reading {
        case .calendar(let year?, let month, let day):
            return Resolution(value: Timex.calendar(year, month, day))
        case .calendar(nil, let month?, let day):
            return resolveMonth(month, offset: nil, day: day, tense: tense, anchoring: .speech)
        case .calendar(nil, nil, let day?):
            return resolveDayOfMonth(day, tense: tense)
        case .calendar(nil, nil, nil):
            return Resolution(value: "XXXX-XX-XX", isUnanchored: true)
        case .shortYear(let digits, let month, let day, let part):
            let base = anchor(.speech)?.year ?? 1950
            var year = (base / 100) * 100 + digits
            if year > base + 20 { year -= 100 } else if year < base - 80 { year += 100 }
            let value = part.map { "\(Timex.pad(year, 4))-\($0)" } ?? Timex.calendar(year, month, day)
            return Resolution(value: value, anchor: anchor(.speech)?.timex)
        case .decade(let tens):
            return Resolution(value: Timex.pad(tens, 3))
        case .decadeInCentury(let digit):
            guard let anchor = anchor(.speech) else { return Resolution(value: "XX\(digit)", isUnanchored: true) }
            var tens = (anchor.year / 100) * 10 + digit
            if tens * 10 > anchor.year { tens -= 10 }
            // In a story, counted from the time it tells of, the decade nearest that time, though
            // never one after the time of writing: "In 1945 … the music of the '60s" is the 1960s.
            if kind == .narrative, let reference, anchor == reference,
                (tens + 10) * 10 - anchor.year < anchor.year - tens * 10,
                documentDate.map({ (tens + 10) * 10 <= $0.year }) ?? true
            {
                tens += 10
            }
            return Resolution(value: Timex.pad(tens, 3), anchor: anchor.timex)
        case .century(let hundreds):
            return Resolution(value: Timex.pad(hundreds, 2))
        case .yearPart(let year?, let code, _):
            return Resolution(value: "\(Timex.pad(year, 4))-\(code)")
        case .yearPart(nil, let code, _):
            return resolveYearPart(code, tense: tense)
        case .relative(let unit, let offset, let anchoring):
            // "Today it carries only pedestrians": in a narrative, "today" in a clause not about
            // the past is the time of writing, not the story's day.
            if kind == .narrative, unit == .day, offset == 0, anchoring == .speech, tense != .past,
                tense != .participle
            {
                guard let documentDate, documentDate.precision >= .day else {
                    return Resolution(value: "PRESENT_REF")
                }
                return Resolution(value: documentDate.timex, anchor: documentDate.timex)
            }
            return resolveRelative(unit, offset: offset, anchoring: anchoring)
        case .shifted(let count, let unit, let sign, let anchoring):
            return resolveShift(count: count, unit, sign: sign, anchoring: anchoring)
        case .countedFrom(let day, let count, let unit, let sign):
            // "a year ago Tuesday": the Tuesday just gone, a year back; "a week from Monday": the
            // coming Monday, a week on.
            // ("Friday of next week" counts from the Friday of this week, whichever side of now.)
            var isOfThisWeek = false
            if case .weekday(_, 0?, _) = day { isOfThisWeek = true }
            var resolution = resolve(day, tense: isOfThisWeek ? .unmarked : sign < 0 ? .past : .future)
            guard let point = TimePoint(timex: resolution.value),
                let moved = Timex.counted(from: point, by: sign * count, unit)
            else {
                resolution.value = "XXXX-XX-XX"
                return resolution
            }
            resolution.value = moved
            return resolution
        case .weekday(let weekday, let offset, let anchoring):
            return resolveWeekday(weekday, offset: offset, anchoring: anchoring, tense: tense)
        case .month(let month, let offset, let day, let anchoring):
            return resolveMonth(month, offset: offset, day: day, tense: tense, anchoring: anchoring)
        case .season(let season, let offset, let anchoring):
            return resolveSeason(season, offset: offset, anchoring: anchoring, tense: tense)
        case .inYear(let offset, let suffix, let anchoring):
            guard let anchor = anchor(anchoring) else {
                return Resolution(value: "XXXX-" + suffix, isUnanchored: true)
            }
            return Resolution(value: Timex.pad(anchor.year + offset, 4) + "-" + suffix, anchor: anchor.timex)
        case .inRelativeYear(let reading, let offset):
            guard let anchor = anchor(.speech), let dated = TaggingRun.reading(reading, inYear: anchor.year + offset)
            else { return resolve(reading, tense: tense) }
            return Resolution(value: resolve(dated, tense: tense).value, anchor: anchor.timex)
        case .weekend(let offset, let isComing):
            guard let anchor = anchor(.speech), let today = Timex.day(of: anchor) else {
                return Resolution(value: "XXXX-WXX-WE", isUnanchored: true)
            }
            // Monday to Thursday, "the weekend" is the one just past (or the coming one in a future sentence).
            var shift = offset ?? (tense == .future ? (today.weekday == 7 ? 1 : 0) : (today.weekday <= 4 ? -1 : 0))
            // "the coming weekend": this week's until it begins, then the next.
            if isComing { shift = today.weekday <= 5 ? 0 : 1 }
            // "turned back 1,000 fans this weekend", written on a Monday: in a past clause, before
            // this week's weekend has come, the one just past.
            if offset == 0, tense == .past || tense == .participle, today.weekday <= 5 { shift = -1 }
            let value = Timex.period(.weekend, offset: shift, from: anchor) ?? "XXXX-WXX-WE"
            return Resolution(value: value, anchor: anchor.timex)
        case .yearBefore(let isQuarter):
            if let focus = isQuarter ? focusQuarter ?? focus : focus {
                return Resolution(value: Timex.shift(focus, years: -1), anchor: focus.timex)
            }
            if let reference, [.quarter, .halfYear, .season, .month, .year].contains(reference.precision) {
                // "the year-ago quarter" after "in December" is a quarter: the one December ends.
                if isQuarter, reference.precision == .month, let month = reference.month,
                    let quarter = TimePoint.quarter(reference.year, (month + 2) / 3)
                {
                    return Resolution(value: Timex.shift(quarter, years: -1), anchor: reference.timex)
                }
                return Resolution(value: Timex.shift(reference, years: -1), anchor: reference.timex)
            }
            var resolution = resolveReportingPeriod(.quarter, isLatest: true, tense: tense)
            if let point = TimePoint(timex: resolution.value) { resolution.value = Timex.shift(point, years: -1) }
            return resolution
        case .quarterOfYear(let year):
            let period = focusQuarter ?? reference
            let quarter = period?.quarter.map(String.init) ?? "X"
            return Resolution(value: "\(Timex.pad(year, 4))-Q\(quarter)", anchor: period?.timex)
        case .periodOfYear(let year):
            // "the 1988 period" beside a quarter's results is that quarter of 1988.
            guard let focus, [.quarter, .halfYear].contains(focus.precision) else {
                return Resolution(value: Timex.pad(year, 4))
            }
            return Resolution(value: Timex.shift(focus, years: year - focus.year), anchor: focus.timex)
        case .weekOf(let day, let isWeekend):
            var resolution = resolve(day, tense: tense)
            if let point = TimePoint(timex: resolution.value), let date = Timex.day(of: point) {
                resolution.value = Timex.week(date)
            } else if case .relative(.day, let days, .reference) = day, let reference, reference.precision == .week,
                let week = Timex.period(.week, offset: days < 0 ? -1 : 0, from: reference)
            {
                // "Later that week … the following weekend": a week with no day named; its own
                // weekend follows it, the one before is the previous week's.
                resolution = Resolution(value: week, anchor: reference.timex)
            } else {
                resolution.value = "XXXX-WXX"
            }
            // "as Easter week began": a week the document date lies in has begun and is still to
            // come, whatever the clause's tense says of its day.
            if let documentDate, documentDate.precision >= .day, let today = Timex.day(of: documentDate) {
                let nearest = resolve(day, tense: .unmarked)
                if let point = TimePoint(timex: nearest.value), let date = Timex.day(of: point),
                    Timex.week(date) == Timex.week(today)
                {
                    resolution.value = Timex.week(date)
                }
            }
            if isWeekend { resolution.value += "-WE" }
            return resolution
        case .nextTo(let day, let unit, let sign, let weekday):
            var resolution = resolve(day, tense: tense)
            guard let point = TimePoint(timex: resolution.value), let date = Timex.day(of: point) else {
                resolution.value = unit == .day ? "XXXX-XX-XX" : unit == .weekend ? "XXXX-WXX-WE" : "XXXX-WXX"
                return resolution
            }
            switch unit {
            case .day:
                guard let weekday else {
                    resolution.value = Timex.day(date.adding(days: sign))
                    break
                }
                // The nearest such weekday on that side of the day, never the day itself.
                let gap = sign > 0 ? (weekday - date.weekday + 7) % 7 : (date.weekday - weekday + 7) % 7
                resolution.value = Timex.day(date.adding(days: sign * (gap == 0 ? 7 : gap)))
            case .weekend:
                // The first weekend after a weekday is that week's; after a Saturday or Sunday, the
                // next week's. The one before is the previous week's.
                let shift = sign > 0 ? (date.weekday <= 5 ? 0 : 7) : -7
                resolution.value = Timex.week(date.adding(days: shift)) + "-WE"
            default: resolution.value = Timex.week(date.adding(days: 7 * sign))
            }
            return resolution
        case .holiday(let month, let weekday, let fromDay, let year, let offset):
            return resolveHoliday(
                month: month, weekday: weekday, fromDay: fromDay, year: year, offset: offset, tense: tense)
        case .weekdayInMonth(let weekday, let week, let month):
            var resolution = resolve(month, tense: tense)
            guard let point = TimePoint(timex: resolution.value), point.precision == .month, let number = point.month
            else {
                resolution.value = "XXXX-XX-XX"
                return resolution
            }
            resolution.value =
                Self.weekday(weekday, week: week, month: number, year: point.year).map(Timex.day)
                ?? Timex.calendar(point.year, number, nil) + "-XX"
            return resolution
        case .dayInMonth(let day, let month):
            var resolution = resolve(month, tense: tense)
            guard let point = TimePoint(timex: resolution.value), point.precision == .month, let number = point.month,
                CalendarDay.valid(point.year, number, day) != nil
            else {
                resolution.value = "XXXX-XX-XX"
                return resolution
            }
            resolution.value = Timex.calendar(point.year, number, day)
            return resolution
        case .clock(let day, let hour, let minute, let second):
            return resolveDay(day, suffix: Timex.clock(hour, minute, second), tense: tense, isClock: true)
        case .dayPart(let day, let part):
            return resolveDay(day, suffix: "T" + part.code, tense: tense, isClock: false)
        case .literal(let value):
            return Resolution(value: value)
        case .duration(let count, let unit, let plusHalf):
            return Resolution(value: Timex.duration(count: count, unit, plusHalf: plusHalf))
        case .reportingPeriod(let unit, let isLatest):
            return resolveReportingPeriod(unit, isLatest: isLatest, tense: tense)
        case .turnOf(let unit, let ordinal):
            let size = unit == .millennium ? 1000 : 100
            if let ordinal { return Resolution(value: Timex.pad((ordinal - 1) * size, 4)) }
            // "In the 19th century … by the turn of the century": the end of the century named.
            if let era = era(for: unit), let hundreds = Int(era.timex) {
                return Resolution(value: Timex.pad((hundreds + 1) * size, 4), anchor: era.timex)
            }
            // Otherwise the turn nearest the time talked about: 2000 for a text of 2024.
            guard let anchor = anchor(.speech) else { return Resolution(value: "XXXX", isUnanchored: true) }
            let year = (anchor.year + size / 2 - 1) / size * size
            return Resolution(value: Timex.pad(year, 4), anchor: anchor.timex)
        case .newYear:
            guard let anchor = anchor(.speech) else { return Resolution(value: "XXXX", isUnanchored: true) }
            // "Prices eased at the turn of the year", told in October: a past clause speaks of the
            // year begun.
            let isBegun = (anchor.month ?? 12) <= 2 || tense == .past || tense == .participle
            let year = isBegun ? anchor.year : anchor.year + 1
            return Resolution(value: Timex.pad(year, 4), anchor: anchor.timex)
        case .periodTalkedAbout(.year):
            // "In 1968, the siege ended at the end of the year": the year its sentence names.
            if let year = sceneYear(tense: tense) {
                return Resolution(value: Timex.pad(year, 4), anchor: Timex.pad(year, 4))
            }
            return resolveRelative(.year, offset: 0, anchoring: .speech)
        case .periodTalkedAbout(let unit):
            // "During the 1950s … By the end of the decade": the decade just named.
            if let reference = era(for: unit) ?? reference, let precision = Timex.precision(of: unit),
                reference.precision >= precision
            {
                // "The House votes Friday. Earlier in the day, the Fed left rates unchanged": a
                // clause about the past does not speak of a day still to come, nor one that looks
                // ahead of a day gone by.
                let isPast = tense == .past || tense == .participle
                let isStale =
                    documentDate.map {
                        (isPast && reference.firstDay > $0.lastDay)
                            || (tense == .future && reference.lastDay < $0.firstDay)
                    } ?? false
                if !isStale { return resolveRelative(unit, offset: 0, anchoring: .reference) }
            }
            return resolveRelative(unit, offset: 0, anchoring: .speech)
        }
    }

    // MARK: - Days and times

    /// A time on a day; without one, a clock time is on the day its sentence names, else on the last
    /// day the text mentioned ("He was shot on Oct. 23. … He died at 10 p.m."), else the document's;
    /// "this morning" is the document's day.
    private func resolveDay(_ day: Reading?, suffix: String, tense: ClauseTense.Tense, isClock: Bool) -> Resolution {
        if let day {
            var resolution = resolve(day, tense: tense)
            resolution.value += suffix
            return resolution
        }
        var mentioned = isClock ? sentenceDay ?? lastDayMention?.day : nil
        // "… until next Tuesday. The computer was switched on at 9.30am": a clause about the past
        // is not on a day an earlier sentence named still to come, nor one that looks ahead ("the
        // summit starts at 3 o'clock") on a day gone by. A day its own sentence names stands.
        if sentenceDay == nil, let day = mentioned, let documentDate, documentDate.precision >= .day {
            let isPast = tense == .past || tense == .participle
            if (isPast && day.firstDay > documentDate.lastDay)
                || (tense == .future && day.lastDay < documentDate.firstDay)
            {
                mentioned = nil
            }
        }
        guard let anchor = mentioned ?? anchor(.speech), let date = Timex.day(of: anchor) else {
            return Resolution(value: "XXXX-XX-XX" + suffix, isUnanchored: true)
        }
        // "cuts that kicked in at midnight": in a past clause, the midnight that began the day of
        // writing, the end of the day before.
        if mentioned == nil, suffix == "T24:00", tense == .past || tense == .participle {
            return Resolution(value: Timex.day(date.adding(days: -1)) + suffix, anchor: anchor.timex)
        }
        return Resolution(value: Timex.day(date) + suffix, anchor: anchor.timex)
    }

    private func resolveWeekday(_ weekday: Int, offset: Int?, anchoring: Anchoring, tense: ClauseTense.Tense)
        -> Resolution
    {
        guard let anchor = anchor(anchoring), let today = Timex.day(of: anchor) else {
            return Resolution(value: "XXXX-WXX-\(weekday)", isUnanchored: true)
        }
        let difference = weekday - today.weekday
        // "In 2016, the race was not called until Wednesday": a weekday of a year that sets the
        // sentence's time, far from the time of writing, is a Wednesday of that year, in no week
        // the text gives.
        if offset == nil, anchoring == .speech, let year = sceneYear(tense: tense), abs(year - today.year) > 1 {
            return Resolution(value: Timex.pad(year, 4) + "-WXX-\(weekday)", anchor: Timex.pad(year, 4))
        }
        // In a narrative, counted from the day last mentioned, the story moves on: "The strike
        // began on Monday, 3 May 1926. On Wednesday …" is the Wednesday after.
        let followsStory = kind == .narrative && reference != nil && anchoring == .speech
        // "will sit next week – Tuesday, Wednesday and Thursday": a weekday of the week its sentence
        // names, unless the clause's tense points the other way from the time of writing.
        if offset == nil, anchoring == .speech, kind == .news, let week = sentenceWeek, let number = week.week {
            let day = CalendarDay.monday(ofWeek: number, year: week.year).adding(days: weekday - 1)
            let isPast = tense == .past || tense == .participle
            if !(isPast && day > today), !(tense == .future && day < today) {
                return Resolution(value: Timex.day(day), anchor: week.timex)
            }
        }
        let shift: Int
        switch offset {
        case nil: shift = tense == .future || followsStory ? (difference + 7) % 7 : -((-difference + 7) % 7)
        case .some(-1): shift = difference < 0 ? difference : difference - 7
        case .some(1): shift = difference > 0 ? difference : difference + 7
        // "will be named this Friday", written on a Sunday: the coming one, not the one gone by.
        case .some(0) where tense == .future && difference < 0 && anchoring == .speech: shift = difference + 7
        // "This Sunday we celebrated", written on a Friday: the one gone by.
        case .some(0) where (tense == .past || tense == .participle) && difference > 0 && anchoring == .speech:
            shift = difference - 7
        default: shift = difference
        }
        return Resolution(value: Timex.day(today.adding(days: shift)), anchor: anchor.timex)
    }

    private func resolveHoliday(
        month: Int, weekday: Int, fromDay: Int, year: Int?, offset: Int?, tense: ClauseTense.Tense
    ) -> Resolution {
        func date(in year: Int) -> CalendarDay {
            // Month 0: a feast `fromDay` days from Easter Sunday.
            if month == 0 { return CalendarDay.easterSunday(in: year).adding(days: fromDay) }
            return CalendarDay(year: year, month: month, day: fromDay).onOrAfter(weekday: weekday)
        }
        if let year { return Resolution(value: Timex.day(date(in: year))) }
        guard let anchor = anchor(.speech) else {
            return Resolution(value: month == 0 ? "XXXX-XX-XX" : "XXXX-\(Timex.pad(month, 2))-XX", isUnanchored: true)
        }
        guard let today = Timex.day(of: anchor) else {
            return Resolution(value: Timex.day(date(in: anchor.year)), anchor: anchor.timex)
        }
        var candidate = date(in: today.year)
        // In a story, counted from its date last mentioned, the story moves on: "He enlisted on June
        // 1, 1945. He spent Father's Day aboard ship" is June 17, 1945.
        if kind == .narrative, reference != nil, offset == nil {
            if candidate.number < today.number { candidate = date(in: today.year + 1) }
            return Resolution(value: Timex.day(candidate), anchor: anchor.timex)
        }
        // The coming one in a clause that looks ahead ("will close on Thanksgiving"); the last one in
        // a past clause ("rose over Labor Day weekend"). Otherwise the nearer, a day ahead weighing
        // like two and a half behind, as for a month ("Retailers prepare for Black Friday", written
        // on August 31, is the coming one; in June, the last).
        let ahead = candidate.number - today.number
        let behind = today.number - date(in: today.year - 1).number
        let lookAhead = offset == 1 || (offset == nil && tense == .future)
        let isNearerBehind = ahead > 0 && Self.aheadWeight * ahead > Self.behindWeight * behind
        let lookBack = offset == -1 || (offset == nil && (tense == .past || isNearerBehind))
        if lookAhead, candidate.number < today.number + (offset == 1 ? 1 : 0) {
            candidate = date(in: today.year + 1)
        } else if lookBack, !lookAhead, candidate.number > today.number || (offset == -1 && candidate == today) {
            // "Shoppers lined up on Black Friday", written that Friday, is the day of writing.
            candidate = date(in: today.year - 1)
        }
        return Resolution(value: Timex.day(candidate), anchor: anchor.timex)
    }

    /// How news weighs a month or holiday of an unstated year: one ahead of the time of writing
    /// costs `aheadWeight` per unit of distance, one behind `behindWeight` (news tells what has
    /// happened, and what is about to).
    static let aheadWeight = 5
    static let behindWeight = 2

    /// The `week`-th weekday of a month (`week` -1 is the last); nil when the month has no fifth one.
    static func weekday(_ weekday: Int, week: Int, month: Int, year: Int) -> CalendarDay? {
        if week < 0 {
            let last = CalendarDay(year: year, month: month, day: CalendarDay.days(inMonth: month, year: year))
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        let day = CalendarDay(year: year, month: month, day: 1).onOrAfter(weekday: weekday).adding(days: (week - 1) * 7)
        return day.month == month ? day : nil
    }

    // MARK: - Months, seasons and parts of years

    /// A month of an unstated year: the nearest such month to the anchor, weighing the months ahead
    /// more (the next one when the sentence speaks of the future). A year or month anchor is a
    /// reference period: its own year. "last April" is the latest April before the anchor's month;
    /// "next April" the coming one.
    /// "on the 15th": that day of the anchor's month; of the month before when the clause is past
    /// and the day is still to come, of the next when it looks ahead and the day has gone.
    private func resolveDayOfMonth(_ day: Int, tense: ClauseTense.Tense) -> Resolution {
        let unknown = "XXXX-XX-" + Timex.pad(day, 2)
        guard let anchor = anchor(.speech), let month = anchor.month else {
            return Resolution(value: unknown, isUnanchored: true)
        }
        var index = MonthIndex(year: anchor.year, month: month)
        if let today = anchor.day {
            // In a narrative, counted from the day last mentioned, the story moves on: "By 4
            // September the army had crossed the river. On the 5th, …" is 5 September.
            let followsStory = kind == .narrative && reference != nil
            if followsStory {
                if day < today { index = MonthIndex(value: index.value + 1) }
            } else {
                if tense == .past, day > today { index = MonthIndex(value: index.value - 1) }
                if tense == .future, day < today { index = MonthIndex(value: index.value + 1) }
            }
        }
        guard CalendarDay.valid(index.year, index.month, day) != nil else { return Resolution(value: unknown) }
        return Resolution(value: Timex.calendar(index.year, index.month, day), anchor: anchor.timex)
    }

    private func resolveMonth(
        _ month: Int, offset: Int?, day: Int?, tense: ClauseTense.Tense, anchoring: Anchoring
    ) -> Resolution {
        let tail = Timex.pad(month, 2) + (day.map { "-" + Timex.pad($0, 2) } ?? "")
        // After a day named earlier in the sentence, the month is the one nearest that day: "from
        // 1 to 5 May 2023, and again on 9–12 June".
        let mentioned = offset == nil ? sentenceDay : nil
        if mentioned == nil, offset == nil, anchoring == .speech, let year = sceneYear(tense: tense) {
            if let day, CalendarDay.valid(year, month, day) == nil { return Resolution(value: "XXXX-" + tail) }
            return Resolution(value: Timex.calendar(year, month, day), anchor: Timex.pad(year, 4))
        }
        guard let anchor = mentioned ?? anchor(anchoring) else {
            return Resolution(value: "XXXX-" + tail, isUnanchored: true)
        }
        guard let anchorMonth = Timex.month(of: anchor) else {
            let year = anchor.year + (offset ?? 0)
            return Resolution(value: Timex.calendar(year, month, day), anchor: anchor.timex)
        }
        let current = MonthIndex(year: anchor.year, month: anchorMonth).value
        var year = anchor.year
        switch offset {
        case .some(-1): year = month < anchorMonth ? anchor.year : anchor.year - 1
        case .some(1): year = month > anchorMonth ? anchor.year : anchor.year + 1
        case .some(0): year = anchor.year
        default:
            guard anchor.precision > .month else { break }
            // The nearest such month, a month ahead weighing like two and a half behind (news tells
            // what has happened, and what is about to); in a sentence about the future, the next one.
            // A story moves on: counted from its date last mentioned, a month ahead weighs half
            // one behind (`killed on 19 April 1906. She took his chair in November` is November 1906).
            let candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
            let distances = candidates.map { MonthIndex(year: $0, month: month).value - current }
            let isStory = kind == .narrative && mentioned == nil && reference != nil
            let cost = distances.map { $0 > 0 ? (isStory ? 1 : Self.aheadWeight) * $0 : -Self.behindWeight * $0 }
            var allowed = Array(candidates.indices)
            // Counted from the time of writing, the tense says which side of it; counted from a day
            // the sentence named or (in a narrative) the date last mentioned, the tense still
            // places the date against the time of writing, and the story's order does the rest.
            if mentioned == nil, kind == .news || reference == nil {
                if tense == .future, let index = distances.firstIndex(where: { $0 >= 0 }) { allowed = [index] }
                if tense == .past, let index = distances.lastIndex(where: { $0 <= 0 }) { allowed = [index] }
            } else if let documentDate, let documentMonth = documentDate.month, tense == .past || tense == .future {
                // "crowded the stores on Black Friday and again on Christmas Eve" is the Christmas Eve
                // after that Friday, so long as it has passed; "The siege began on 4 September 1914.
                // By mid-October the defenders had run short" is the October after.
                let now = MonthIndex(year: documentDate.year, month: documentMonth).value
                let fitting = allowed.filter {
                    let value = MonthIndex(year: candidates[$0], month: month).value
                    return tense == .past ? value <= now || isDocumentDateInferred : value >= now
                }
                if !fitting.isEmpty { allowed = fitting }
            }
            year = candidates[allowed.min { cost[$0] < cost[$1] || (cost[$0] == cost[$1] && $0 < $1) } ?? 1]
        }
        if let day, CalendarDay.valid(year, month, day) == nil { return Resolution(value: "XXXX-" + tail) }
        return Resolution(value: Timex.calendar(year, month, day), anchor: anchor.timex)
    }

    /// The year that sets the sentence's time (`sentenceYear`), in news, for a month, season or
    /// quarter the sentence names without one. A clause that looks ahead ("In 2012 sales fell, and
    /// the firm expects a profit in June") leaves a year gone by.
    private func sceneYear(tense: ClauseTense.Tense) -> Int? {
        guard kind == .news, let year = sentenceYear else { return nil }
        return tense != .future || year >= documentDate?.year ?? year ? year : nil
    }

    private func resolveSeason(_ season: SeasonName, offset: Int?, anchoring: Anchoring, tense: ClauseTense.Tense)
        -> Resolution
    {
        // "In 1993 the river crested in the spring": the season of the year that sets the sentence's time.
        if offset == nil, anchoring == .speech, let year = sceneYear(tense: tense) {
            return Resolution(value: "\(Timex.pad(year, 4))-\(season.code)", anchor: Timex.pad(year, 4))
        }
        guard let anchor = anchor(anchoring) else {
            return Resolution(value: "XXXX-\(season.code)", isUnanchored: true)
        }
        // The season the anchor lies in, as (year, season); December belongs to the winter of its year.
        let seasonNow: Int
        let yearNow: Int
        if let named = anchor.season {
            (seasonNow, yearNow) = (named.rawValue, anchor.year)
        } else if let month = Timex.month(of: anchor) {
            seasonNow = month == 12 ? 4 : month < 3 ? 4 : (month - 3) / 3 + 1
            yearNow = month < 3 ? anchor.year - 1 : anchor.year
        } else {
            return Resolution(
                value: "\(Timex.pad(anchor.year + (offset ?? 0), 4))-\(season.code)", anchor: anchor.timex)
        }
        let now = yearNow * 4 + seasonNow
        var year = yearNow
        switch offset {
        // "last summer" is the one before now; "the summer before last" (-2) the one before that.
        case .some(let back) where back < 0:
            year = (yearNow * 4 + season.rawValue < now ? yearNow : yearNow - 1) + back + 1
        case .some(let ahead) where ahead > 0:
            year = (yearNow * 4 + season.rawValue > now ? yearNow : yearNow + 1) + ahead - 1
        case .some(0): year = yearNow
        default:
            let here = yearNow * 4 + season.rawValue
            if kind == .narrative, anchoring == .speech, reference != nil {
                // A story moves on from its season last mentioned, as from its month: "In the winter
                // of 1777 … In the spring" is the spring of 1778.
                let nearest = [here - 4, here, here + 4].min {
                    ($0 >= now ? $0 - now : 2 * (now - $0)) < ($1 >= now ? $1 - now : 2 * (now - $1))
                }!
                year = (nearest - season.rawValue) / 4
            } else if tense == .future, here < now, !(here == now - 1 && Self.isAtSeasonTurn(anchor)) {
                year = yearNow + 1
            } else if tense != .future, here > now {
                year = yearNow - 1
            }
        }
        return Resolution(value: "\(Timex.pad(year, 4))-\(season.code)", anchor: anchor.timex)
    }

    /// Whether a day lies in the first three weeks of a season as months count it (March, June,
    /// September, December), before the solstice or equinox: "late summer heat" to come, written on
    /// September 14, is this summer's.
    private static func isAtSeasonTurn(_ point: TimePoint) -> Bool {
        guard point.precision >= .day, let month = point.month, let day = point.day else { return false }
        return month % 3 == 0 && day < 21
    }

    private func resolveYearPart(_ code: String, tense: ClauseTense.Tense) -> Resolution {
        // "In 2011, profit fell in the fourth quarter": a quarter of the year that sets the sentence's time.
        if let year = sceneYear(tense: tense) {
            return Resolution(value: "\(Timex.pad(year, 4))-\(code)", anchor: Timex.pad(year, 4))
        }
        guard let anchor = anchor(.speech) else { return Resolution(value: "XXXX-\(code)", isUnanchored: true) }
        var year = anchor.year
        if let month = Timex.month(of: anchor), code.hasPrefix("Q"), let quarter = Int(code.dropFirst()) {
            // The anchor's year, unless the quarter lies well ahead: a fourth quarter in February is
            // last year's (results are reported after a quarter ends), and so is one that has not
            // begun in a sentence about the past ("reported fourth-quarter sales" in April). A
            // clause that looks ahead keeps it ahead ("expect growth to pick up in the fourth quarter").
            let monthsAhead = (quarter - 1) * 3 + 1 - month
            if (monthsAhead > 7 && tense != .future) || (monthsAhead > 0 && (tense == .past || tense == .participle)) {
                year -= 1
            } else if tense == .future, month - quarter * 3 >= 4 {
                // "expects the plant to reopen by the end of the first quarter", written in October:
                // a quarter that ended four months or more before lies ahead only in the next year.
                year += 1
            }
        }
        return Resolution(value: "\(Timex.pad(year, 4))-\(code)", anchor: anchor.timex)
    }

    /// "the quarter", "the latest period": the period in focus when it is of that unit, else the
    /// last whole one before the document date. "Latest" takes the focus only when it has ended by
    /// the document date or the text said it ended ("no estimate of its effect on fourth-quarter
    /// results … in the latest quarter" is the third).
    private func resolveReportingPeriod(_ unit: TimeUnit, isLatest: Bool, tense: ClauseTense.Tense) -> Resolution {
        // "In 1948, revenue ended the year at $2.2 million": the year its sentence names.
        if unit == .year, !isLatest, let year = sceneYear(tense: tense) {
            return Resolution(value: Timex.pad(year, 4), anchor: Timex.pad(year, 4))
        }
        // The period in focus, unless it lies after the document date ("by 1992 … for the year"),
        // or ended a year or more before it in a clause that looks ahead ("closed for 21 days in
        // 1996. Spending will be cut over the rest of the fiscal year"; a quarter just reported
        // stays: "said it expected to break even for the quarter").
        for (period, isClosed) in [(focus, isFocusClosed), (reference, false)] {
            guard let period, period.precision == Timex.precision(of: unit) else { continue }
            if let documentDate {
                if period.firstDay > documentDate.lastDay { continue }
                if isLatest, !isClosed, period.lastDay >= documentDate.firstDay { continue }
                if tense == .future, period.lastDay < documentDate.firstDay - 365 { continue }
            }
            return Resolution(value: period.timex, anchor: period.timex)
        }
        // "fourth-quarter profit rose 12%. For the full year, …": the year of the quarter reported.
        if unit == .year, !isLatest, let focus, [.quarter, .halfYear].contains(focus.precision),
            documentDate.map({ focus.firstDay <= $0.lastDay }) ?? true
        {
            return Resolution(value: Timex.pad(focus.year, 4), anchor: focus.timex)
        }
        guard let anchor = documentDate else { return Resolution(value: Timex.unknown(unit), isUnanchored: true) }
        switch unit {
        case .quarter:
            guard let month = Timex.month(of: anchor) else {
                return resolveRelative(unit, offset: 0, anchoring: .speech)
            }
            let index = MonthIndex(year: anchor.year, month: month).value / 3 - 1
            return Resolution(value: "\(Timex.pad(index / 4, 4))-Q\(index % 4 + 1)", anchor: anchor.timex)
        default:
            return resolveRelative(unit, offset: isLatest ? -1 : 0, anchoring: .speech)
        }
    }

    // MARK: - Relative periods

    func resolveRelative(_ unit: TimeUnit, offset: Int, anchoring: Anchoring) -> Resolution {
        // "That decade", "the following century" after a decade or century just named count from it.
        let era = anchoring == .reference ? era(for: unit) : nil
        guard var anchor = era ?? anchor(anchoring) else {
            return Resolution(value: Timex.unknown(unit), isUnanchored: true)
        }
        // "crowned on May 6, 2023 … The last coronation, in June 1953, was televised. Celebrations
        // continued the following day": a day counted from a coarser date before the day told
        // shortly before, named in passing, counts from that day. ("That same day" stays in the
        // coarser date, and so does a day after one that moves the story on: "Later that year".)
        if unit == .day, offset != 0, anchoring == .reference, anchor.precision < .day, let day = recentDay,
            anchor.lastDay < day.firstDay
        {
            anchor = day
        }
        // "That same day" after "in October 1998": a day of that month, which the text does not name.
        if unit == .day, offset == 0, anchor.precision < .day, anchor.precision >= .year {
            let month = anchor.month.map { "-" + Timex.pad($0, 2) } ?? (anchor.precision == .year ? "-XX" : nil)
            if let month { return Resolution(value: Timex.pad(anchor.year, 4) + month + "-XX", anchor: anchor.timex) }
        }
        // "That same week" after "in March": a week of that year, which the text does not name ("by
        // the end of the week" after "next week" is that week's end).
        if unit == .week, offset == 0, anchoring == .reference, anchor.precision < .week, anchor.precision >= .year {
            return Resolution(value: Timex.pad(anchor.year, 4) + "-WXX", anchor: anchor.timex)
        }
        let value = Timex.period(unit, offset: offset, from: anchor)
        return Resolution(value: value ?? Timex.unknown(unit), anchor: anchor.timex, isUnanchored: value == nil)
    }

    /// The decade or century named shortly before, for an expression of that unit.
    private func era(for unit: TimeUnit) -> TimePoint? {
        guard let era = recentEra else { return nil }
        switch unit {
        case .decade: return era.precision == .decade ? era : nil
        case .century: return era.precision == .century ? era : nil
        default: return nil
        }
    }

    /// The largest offset of each unit that a year the story is set in keeps in that year.
    private static let offsetsWithinYear: [TimeUnit: Int] = [.hour: 48, .day: 14, .night: 14, .week: 2]

    private func resolveShift(count: Int?, _ unit: TimeUnit, sign: Int, anchoring: Anchoring) -> Resolution {
        guard let count else { return Resolution(value: sign < 0 ? "PAST_REF" : "FUTURE_REF") }
        // "4,500 years ago" counts from the time of writing, in a story too, when the text is dated.
        let written = anchoring == .speech && !isDocumentDateInferred ? documentDate : nil
        guard let anchor = written ?? anchor(anchoring) else {
            return Resolution(value: Timex.unknown(unit), isUnanchored: true)
        }
        // "A year ago" beside a quarter's results is that quarter a year before, the comparison
        // results make; "two years ago" beside them tells of another time ("staff dropped from
        // 17,000 two years ago"), counted from the time of writing.
        if unit == .year, count == 1, let period = focus ?? reference,
            [.quarter, .halfYear].contains(period.precision)
        {
            return Resolution(value: Timex.shift(period, years: sign * count), anchor: period.timex)
        }
        let value = Timex.moved(anchor, by: sign * count, unit)
        // "In 1969, two men walked on the Moon. Eight days earlier, …": a few days or weeks from a
        // year the story is set in stay in that year, whose day the text does not give; in news
        // only when that year is not the document's.
        if value == nil, anchoring == .reference, anchor.precision >= .year,
            kind != .news || documentDate?.year != anchor.year,
            let limit = Self.offsetsWithinYear[unit], count <= limit
        {
            let unknown = Timex.unknown(unit)
            return Resolution(value: Timex.pad(anchor.year, 4) + unknown.dropFirst(4), anchor: anchor.timex)
        }
        // "For fiscal 2025 … prices rose 0.2% from a month earlier": in news, a date last mentioned
        // that is coarser than the unit leaves the time of writing to count from.
        if value == nil, anchoring == .reference, kind == .news, let documentDate,
            let moved = Timex.moved(documentDate, by: sign * count, unit)
        {
            return Resolution(value: moved, anchor: documentDate.timex)
        }
        return Resolution(value: value ?? Timex.unknown(unit), anchor: anchor.timex, isUnanchored: value == nil)
    }
}
