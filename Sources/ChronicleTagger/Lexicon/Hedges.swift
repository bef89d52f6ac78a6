extension Lexicon {
    /// Words before a date or time that belong to its expression, and the TIMEX3 `mod` they give:
    /// "the end of 1990" (`END`), "early next year" (`START`), "mid-1996" (`MID`), "earlier this month",
    /// "no later than June 2025" (`ON_OR_BEFORE`).
    static let pointPrefixes: [(phrase: String, modifier: String?)] = [
        ("the end of", "END"), ("the beginning of", "START"), ("the start of", "START"), ("the middle of", "MID"),
        ("the close of", "END"), ("the turn of", "START"), ("end of", "END"), ("beginning of", "START"),
        ("middle of", "MID"), ("the early", "START"), ("the late", "END"), ("the mid", "MID"), ("the mid-", "MID"),
        ("the very early", "START"), ("early", "START"), ("late", "END"), ("mid", "MID"), ("mid-", "MID"),
        ("early-", "START"), ("late-", "END"), ("end-", "END"), ("earlier", nil), ("later", nil), ("around", "APPROX"),
        ("sometime", nil), ("some time", nil), ("post-", "AFTER"), ("pre-", "BEFORE"),
        ("no later than", "ON_OR_BEFORE"), ("not later than", "ON_OR_BEFORE"), ("no earlier than", "ON_OR_AFTER"),
        ("not earlier than", "ON_OR_AFTER"), ("no sooner than", "ON_OR_AFTER"), ("circa", "APPROX"), ("c.", "APPROX"),
        ("ca.", "APPROX"),
        // "early to mid-March", "from early to late January": one span of the month.
        ("early to mid-", "MID"), ("early to mid", "MID"), ("early to late", "END"), ("mid to late", "END"),
        ("early-to-mid", "MID"), ("early-to-mid-", "MID"), ("mid-to-late", "END"), ("early-to-late", "END"),
        ("late on", "END"), ("early on", "START"), ("on or before", "ON_OR_BEFORE"), ("on or after", "ON_OR_AFTER"),
        ("on or about", "APPROX"),
        // "the first week of April", "the final days of 2012": the week or days are not placed more
        // closely than the start or end of the period.
        ("the first week of", "START"), ("the first days of", "START"), ("the opening days of", "START"),
        ("the last week of", "END"), ("the final week of", "END"), ("the last days of", "END"),
        ("the final days of", "END"), ("the closing days of", "END"), ("the dying days of", "END"),
        // "the second half of the 19th century", "the latter part of 1990": the earlier or later
        // part of a period that has no halves of its own in TIMEX3 (a year's halves are `H1`, `H2`).
        ("the first half of", "EARLY"), ("the second half of", "LATE"), ("the latter half of", "LATE"),
        ("the early part of", "EARLY"), ("the latter part of", "LATE"), ("the later part of", "LATE"),
        // "this time last year", "the same time next week": the period, said of a point in it.
        ("this time", nil), ("the same time", nil),
    ]

    /// Point prefixes that stay out of a weekday's expression: "earlier [Friday]", "get around [Wednesday]'s ruling".
    static let notBeforeWeekdays: Set<String> = ["earlier", "later", "around"]

    /// Words before a duration counted with "a" or "an": "over a week", "just over an hour".
    static let countPrefixes: [(phrase: String, modifier: String?)] = [
        ("just over", "MORE_THAN"), ("over", "MORE_THAN"), ("well over", "MORE_THAN"),
    ]

    /// Words after an expression that belong to it: "the next year or so".
    static let suffixes: [(phrase: String, modifier: String?)] = [("or so", "APPROX")]

    /// Words before a duration that belong to it: "nearly two years", "more than four hours".
    static let durationPrefixes: [(phrase: String, modifier: String?)] = [
        ("nearly", "APPROX"), ("almost", "APPROX"), ("more than", "MORE_THAN"), ("less than", "LESS_THAN"),
        ("fewer than", "LESS_THAN"), ("at least", "EQUAL_OR_MORE"), ("up to", "EQUAL_OR_LESS"),
        ("no more than", "EQUAL_OR_LESS"), ("at most", "EQUAL_OR_LESS"), ("at least the", "EQUAL_OR_MORE"),
        ("a maximum of", "EQUAL_OR_LESS"), ("a minimum of", "EQUAL_OR_MORE"),
    ]

    /// Words before "two years ago" that belong to it: "nearly four years ago", "about a decade ago".
    static let agoPrefixes: [(phrase: String, modifier: String?)] = [
        ("nearly", "APPROX"), ("almost", "APPROX"), ("about", "APPROX"), ("around", "APPROX"),
        ("roughly", "APPROX"), ("some", "APPROX"), ("approximately", "APPROX"), ("more than", "MORE_THAN"),
        ("less than", "LESS_THAN"), ("at least", "EQUAL_OR_MORE"), ("earlier", nil), ("later", nil),
    ]
}
