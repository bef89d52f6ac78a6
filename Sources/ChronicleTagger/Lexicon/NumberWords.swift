extension Lexicon {
    /// Cardinal number words; compounds ("twenty-four", "a hundred") are read by the count element.
    static let cardinals: [(word: String, value: Int)] = [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
        ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
        ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40), ("fifty", 50),
        ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100), ("thousand", 1000),
        ("dozen", 12),
    ]

    /// Ordinal number words.
    static let ordinals: [(word: String, value: Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
        ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30),
    ]

    /// The letters after a digit that make it an ordinal: "22nd", "3rd".
    static let ordinalSuffixes: [String] = ["st", "nd", "rd", "th"]

    /// Words that stand for a number nobody states ("a few days", "several years"): values get an `X`.
    static let vagueCounts: [String] = ["few", "several", "some", "many", "numerous", "couple"]

    /// Adjectives that place units within a period rather than count them: "the early hours of
    /// Thursday", "the final days of the campaign", "in the past weeks".
    static let placingAdjectives: [String] = [
        "early", "late", "small", "wee", "first", "final", "last", "closing", "opening", "dying", "waning", "past",
        "next", "coming", "recent", "following", "previous", "same", "other",
    ]
}
