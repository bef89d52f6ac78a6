/// What an expression states, before it is anchored: a builder's result. The resolver turns it
/// into a TIMEX3 value against the document date or the last date mentioned.
///
/// Fields the text leaves out stay out: `calendar(year: nil, month: 4, day: nil)` is "April" of a
/// year the anchor decides, never a day.
indirect enum Reading: Sendable {
    /// A calendar date, as precise as stated; a missing year comes from the anchor.
    case calendar(year: Int?, month: Int?, day: Int?)
    /// A year written with two digits ("'98"): the century comes from the anchor. `part` names a
    /// part of that year (`SP` for "the spring of '98").
    case shortYear(Int, month: Int?, day: Int?, part: String? = nil)
    /// A decade by the first three digits of its years (199 is the 1990s).
    case decade(Int)
    /// A decade named within an unstated century ("the nineties" is 9).
    case decadeInCentury(Int)
    /// A century by its first two digits (19 is the 20th century).
    case century(Int)
    /// A part of a year: a quarter (`Q3`), half (`H1`) or season (`SU`); a missing year comes from the anchor.
    case yearPart(year: Int?, code: String, isQuarter: Bool)
    /// The period `offset` units from the anchor's: "last year" (-1), "this week" (0), "tomorrow" (+1 day).
    case relative(TimeUnit, offset: Int, anchoring: Anchoring)
    /// A moment `count` units before (`sign` -1) or after (+1) the anchor, at the unit's precision:
    /// "two years ago", "three days later". A vague count gives the past or future reference.
    case shifted(count: Int?, TimeUnit, sign: Int, anchoring: Anchoring)
    /// The day or month `count` units before (`sign` -1) or after (+1) the one another reading
    /// names: "a year ago Tuesday" is `countedFrom(.weekday(2, …), count: 1, .year, sign: -1)`, the
    /// anniversary of that Tuesday; "a week from Monday" counts ahead of the coming Monday.
    case countedFrom(Reading, count: Int, TimeUnit, sign: Int)
    /// A weekday: the nearest one when `offset` is nil, "last Friday" (-1), "next Friday" (+1), "this Friday" (0).
    case weekday(Int, offset: Int?, anchoring: Anchoring)
    /// A month of a year the anchor decides: "last April" (-1), "this April" (0), "April" (nil: nearest);
    /// counted from the date last mentioned with `.reference`: "that November" (0), "the following
    /// March" (+1), "the previous May" (-1).
    case month(Int, offset: Int?, day: Int?, anchoring: Anchoring = .speech)
    /// A season of a year the anchor decides: "last fall" (-1), "this summer" (0), "in the spring" (nil).
    case season(SeasonName, offset: Int?, anchoring: Anchoring = .speech)
    /// A part of the year `offset` years from the anchor's: "January this year" is
    /// `inYear(offset: 0, suffix: "01")`, "next year's first quarter" `inYear(offset: 1, suffix: "Q1")`;
    /// counted from the date last mentioned with reference anchoring ("July 24 that year").
    case inYear(offset: Int, suffix: String, anchoring: Anchoring = .speech)
    /// A weekend: the nearest when `offset` is nil ("over the weekend"), "last weekend" (-1), "this weekend" (0);
    /// `isComing` for the first one still ahead ("the coming weekend").
    case weekend(offset: Int?, isComing: Bool = false)
    /// The period being reported (or the last whole quarter), a year before: "the year-earlier
    /// period", "year-ago"; `isQuarter` when the text says "quarter" ("last year's quarter"), which
    /// takes the quarter in focus even when a year was named since.
    case yearBefore(isQuarter: Bool)
    /// The quarter last talked about, in another year ("the 1988 quarter"); `QX` when none was.
    case quarterOfYear(Int)
    /// The period in focus, in another year ("the 1988 period"); the year itself when no quarter
    /// or half is in focus.
    case periodOfYear(Int)
    /// The ISO week that holds a day ("the week of March 6"), or its weekend ("the weekend of
    /// March 9").
    case weekOf(Reading, isWeekend: Bool = false)
    /// The day, week or weekend just before (`sign` -1) or after (+1) the day another reading names:
    /// "the day after Christmas", "the week after Thanksgiving", "the weekend before Easter"; with
    /// `weekday`, the nearest such weekday ("the Monday before Labor Day"). The named day is read as
    /// the clause's tense places it.
    case nextTo(Reading, TimeUnit, sign: Int, weekday: Int? = nil)
    /// A holiday on a weekday: the first `weekday` on or after day `fromDay` of `month`
    /// ("Thanksgiving" is the first Thursday from November 22), in the year stated or the one the
    /// anchor decides; month 0 is a feast `fromDay` days from Easter Sunday ("Good Friday" is -2).
    case holiday(month: Int, weekday: Int, fromDay: Int, year: Int?, offset: Int?)
    /// A day or period another reading names without its year, in the year `offset` from the time
    /// of writing: "Christmas last year", "Thanksgiving next year".
    case inRelativeYear(Reading, offset: Int)
    /// The n-th weekday (`week` -1 is the last) of the month another reading names: "the second
    /// Sunday in March" is `weekdayInMonth(weekday: 7, week: 2, month: .month(3, offset: nil, day: nil))`.
    case weekdayInMonth(weekday: Int, week: Int, month: Reading)
    /// A day of the month another reading names: "the 3rd of the following month" is
    /// `dayInMonth(day: 3, month: .relative(.month, offset: 1, anchoring: .reference))`.
    case dayInMonth(day: Int, month: Reading)
    /// A time of day on a day: `day` nil is the anchor's day; `second` when the text gives it.
    case clock(day: Reading?, hour: Int, minute: Int, second: Int? = nil)
    /// A part of a day ("Friday morning", "last night").
    case dayPart(day: Reading?, DayPart)
    /// A stated value that needs no anchor: `PRESENT_REF`, `P1D`, `XXXX-WXX-4`.
    case literal(String)
    /// An amount of time: `P3Y`, `PT12H`, `P2Y6M`; `count` nil is vague (`PXY`).
    case duration(count: Int?, TimeUnit, plusHalf: Bool)
    /// The current period reading under another name: the anchor's value at a unit's precision
    /// ("the quarter" in a results report is the quarter being reported); `isLatest` for "the
    /// latest quarter", a period that has ended.
    case reportingPeriod(TimeUnit, isLatest: Bool)
    /// "later in the day", "earlier in the week": the day or week the text talks about, or the
    /// document's when the date last mentioned does not name one.
    case periodTalkedAbout(TimeUnit)
    /// "the turn of the century" (`ordinal` nil), "the turn of the 20th century", "the turn of the
    /// millennium": the year a century (or millennium) gave way to the next.
    case turnOf(TimeUnit, ordinal: Int?)
    /// "in the new year", "the turn of the year": the year that begins next, or the one begun in the
    /// last two months ("the new year" in a January story is the year under way) or told of in a
    /// past clause.
    case newYear
}

/// A builder's result: the TIMEX3 type, what the text states, and the `mod`.
struct Build: Sendable {
    var kind: TimeExpression.Kind
    var reading: Reading
    var modifier: String?
    /// For a range: what the second expression states.
    var second: Reading?
    /// Whether the match is text that looks like a time expression and is not one: it is read
    /// and passed over, so no shorter rule tags part of it.
    var isNothing = false

    /// Text that is no time expression ("three quarters of the votes").
    static let nothing = Build(kind: .date, reading: .literal(""), modifier: nil, second: nil, isNothing: true)

    static func date(_ reading: Reading, _ modifier: String? = nil) -> Build {
        Build(kind: .date, reading: reading, modifier: modifier)
    }

    static func time(_ reading: Reading, _ modifier: String? = nil) -> Build {
        Build(kind: .time, reading: reading, modifier: modifier)
    }

    static func duration(_ reading: Reading, _ modifier: String? = nil) -> Build {
        Build(kind: .duration, reading: reading, modifier: modifier)
    }

    static func set(_ reading: Reading, _ modifier: String? = nil) -> Build {
        Build(kind: .set, reading: reading, modifier: modifier)
    }

    /// Two dates that bound a period ("2019–20", "5–9 May 2021"), one expression each.
    static func range(_ first: Reading, _ second: Reading, kind: TimeExpression.Kind = .date) -> Build {
        Build(kind: kind, reading: first, modifier: nil, second: second)
    }
}
