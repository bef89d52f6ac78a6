extension Lexicon {
    /// Words that pick a part of a period, and the TIMEX3 `mod` they give: "early 1990s" is `START`.
    static let positions: [(phrase: String, modifier: String)] = [
        ("early", "START"), ("mid", "MID"), ("middle", "MID"), ("late", "END"), ("end", "END"),
        ("beginning", "START"), ("start", "START"), ("dawn", "START"), ("close", "END"),
    ]

    /// Phrases that hedge or bound an amount of time, and the TIMEX3 `mod` they give.
    static let approximations: [(phrase: String, modifier: String)] = [
        ("about", "APPROX"), ("around", "APPROX"), ("approximately", "APPROX"), ("roughly", "APPROX"),
        ("some", "APPROX"), ("circa", "APPROX"), ("c.", "APPROX"), ("nearly", "APPROX"), ("almost", "APPROX"),
        ("more than", "MORE_THAN"), ("over", "MORE_THAN"), ("at least", "EQUAL_OR_MORE"),
        ("less than", "LESS_THAN"), ("under", "LESS_THAN"), ("fewer than", "LESS_THAN"),
        ("up to", "EQUAL_OR_LESS"), ("no more than", "EQUAL_OR_LESS"), ("at most", "EQUAL_OR_LESS"),
    ]
}
