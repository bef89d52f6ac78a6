extension Lexicon {
    /// Words that open a range of two dates: "from 2011 to 2015", "between 2020 and 2023".
    static let rangeOpeners: [String] = ["from", "between"]

    /// Words that join the two dates of a range; "and" only after "between".
    static let rangeConnectors: [String] = ["to", "through", "thru", "until", "till", "and"]

    /// Words after which a weekday closes a range opened by the weekday before them: "Thursday
    /// night into Friday", "Monday through Wednesday".
    static let dayRangeConnectors: [String] = ["to", "through", "thru", "until", "till", "into"]
}
