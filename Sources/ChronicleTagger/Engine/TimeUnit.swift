/// A calendar or clock unit, as durations and relative expressions count them.
enum TimeUnit: Int, CaseIterable, Sendable {
    case second, minute, hour, day, night, week, weekend, fortnight, month, quarter, halfYear, year, decade,
        century, millennium

    /// The TIMEX3 duration designator and how many of it one unit is: a fortnight is `2W`.
    var durationDesignator: (letter: String, multiple: Int, isClock: Bool) {
        switch self {
        case .second: ("S", 1, true)
        case .minute: ("M", 1, true)
        case .hour: ("H", 1, true)
        case .day, .night: ("D", 1, false)
        case .week: ("W", 1, false)
        case .weekend: ("WE", 1, false)
        case .fortnight: ("W", 2, false)
        case .month: ("M", 1, false)
        case .quarter: ("Q", 1, false)
        case .halfYear: ("M", 6, false)
        case .year: ("Y", 1, false)
        case .decade: ("E", 1, false)
        case .century: ("C", 1, false)
        case .millennium: ("L", 1, false)
        }
    }

    /// Whether the unit is finer than a day.
    var isClock: Bool { durationDesignator.isClock }
}

/// A season, with its TIMEX3 code.
enum SeasonName: Int, CaseIterable, Sendable {
    case spring = 1, summer, fall, winter

    var code: String { ["SP", "SU", "FA", "WI"][rawValue - 1] }
}

/// A part of the day, with its TIMEX3 code (`MO`, `AF`, `EV`, `NI`) or clock time.
enum DayPart: Int, CaseIterable, Sendable {
    case morning, afternoon, evening, night, midday, midnight

    /// The suffix after `T` in a value: `TMO`, `T12:00`.
    var code: String {
        switch self {
        case .morning: "MO"
        case .afternoon: "AF"
        case .evening: "EV"
        case .night: "NI"
        case .midday: "12:00"
        case .midnight: "24:00"
        }
    }
}

/// What a relative expression counts from.
enum Anchoring: Int, Sendable {
    /// The time of writing: the document date ("yesterday", "last year", "two days ago").
    case speech
    /// The time the text last talked about ("the next day", "a year earlier", "that month").
    case reference
}
