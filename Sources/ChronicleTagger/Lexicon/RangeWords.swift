extension Lexicon {
    /// Words that open a range of two dates: "from 2011 to 2015", "between 2020 and 2023".
    static let rangeOpeners: [String] = ["from", "between"]

    /// Words that join the two dates of a range; "and" only after "between".
    static let rangeConnectors: [String] = ["to", "through", "thru", "until", "till", "and"]

    /// Words after which a weekday closes a range opened by the weekday before them: "Thursday
    /// night into Friday", "Monday through Wednesday".
    static let dayRangeConnectors: [String] = ["to", "through", "thru", "until", "till", "into"]

    /// Words that give the hours of a place or service. Shortly after one in its sentence, a range
    /// of weekdays is a recurring week ("The office is open Monday through Friday, 9 a.m. to 5
    /// p.m."), not two dates; "was closed Monday through Wednesday" names days.
    static let openingHoursWords: [String] = ["open", "opens", "hours", "operates", "operate", "staffed"]
}
