extension Lexicon {
    /// Calendar and clock units, singular and plural.
    static let units: [(word: String, unit: TimeUnit, isPlural: Bool)] = [
        ("second", .second, false), ("seconds", .second, true), ("minute", .minute, false),
        ("minutes", .minute, true), ("hour", .hour, false), ("hours", .hour, true), ("day", .day, false),
        ("days", .day, true), ("night", .night, false), ("nights", .night, true), ("week", .week, false),
        ("weeks", .week, true), ("weekend", .weekend, false), ("weekends", .weekend, true),
        ("fortnight", .fortnight, false), ("month", .month, false), ("months", .month, true),
        ("quarter", .quarter, false), ("quarters", .quarter, true), ("year", .year, false),
        ("years", .year, true), ("decade", .decade, false), ("decades", .decade, true),
        ("century", .century, false), ("centuries", .century, true), ("millennium", .millennium, false),
        ("millennia", .millennium, true), ("hr", .hour, false), ("hrs", .hour, true), ("min", .minute, false),
        ("mins", .minute, true), ("yr", .year, false), ("yrs", .year, true), ("wk", .week, false),
        ("wks", .week, true), ("mo", .month, false), ("mos", .month, true),
    ]

    /// A unit and "long" written as one word: "a monthlong offensive", "an hourlong meeting".
    static let unitLongWords: [(word: String, unit: TimeUnit)] = [
        ("hourlong", .hour), ("daylong", .day), ("weeklong", .week), ("monthlong", .month), ("yearlong", .year),
        ("decadelong", .decade),
    ]
}
