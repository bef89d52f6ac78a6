extension Lexicon {
    /// Weekday names, ISO numbered (Monday 1 … Sunday 7).
    static let weekdayNames: [(word: String, weekday: Int)] = [
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6),
        ("sunday", 7),
    ]

    /// Plural weekday names, which make a set: "on Mondays".
    static let weekdayPlurals: [(word: String, weekday: Int)] = [
        ("mondays", 1), ("tuesdays", 2), ("wednesdays", 3), ("thursdays", 4), ("fridays", 5), ("saturdays", 6),
        ("sundays", 7),
    ]

    /// Abbreviations, which need a capital letter and a period or a date beside them ("Sun." not "sun").
    static let weekdayAbbreviations: [(word: String, weekday: Int)] = [
        ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5),
        ("sat", 6), ("sun", 7),
    ]

    /// Nouns a weekday names a kind of, not a day: "a Sunday school", "a Saturday timetable".
    static let weekdayKinds: [String] = ["school", "schools", "timetable", "timetables", "schedule", "service"]
}
