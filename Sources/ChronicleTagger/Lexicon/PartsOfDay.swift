extension Lexicon {
    /// Parts of a day and their TIMEX3 codes ("morning" is `MO`: `1998-02-06TMO`). "Tonight" is a
    /// day of its own (a rule reads it), and "overnight" mostly means "suddenly".
    static let partsOfDay: [(word: String, part: DayPart, isPlural: Bool)] = [
        ("morning", .morning, false), ("mornings", .morning, true), ("afternoon", .afternoon, false),
        ("afternoons", .afternoon, true), ("evening", .evening, false), ("evenings", .evening, true),
        ("night", .night, false), ("nights", .night, true), ("midday", .midday, false), ("noon", .midday, false),
        ("midnight", .midnight, false), ("dawn", .morning, false), ("daybreak", .morning, false),
        ("dusk", .evening, false), ("nightfall", .evening, false), ("midafternoon", .afternoon, false),
        ("midmorning", .morning, false),
    ]

    /// Nouns a part of the day names a kind of, not a time: "the evening news", "the morning rush".
    static let partOfDayKinds: [String] = [
        "news", "show", "paper", "papers", "newspaper", "newspapers", "edition", "editions", "bulletin",
        "newscast", "broadcast", "program", "programme", "rush", "commute", "prayer", "prayers", "star", "shift",
        "shifts", "class", "classes",
    ]

    /// Words that, capitalized after a capitalized weekday or part of the day, finish the name of a
    /// paper or a show: "the Sunday Times", "The Morning Call", "the Evening Standard", "The Tonight
    /// Show".
    static let mastheadWords: [String] = [
        "times", "telegraph", "express", "mirror", "herald", "post", "tribune", "observer", "star", "mail",
        "independent", "standard", "call", "union", "news", "journal", "show", "sun", "chronicle", "gazette",
        "record", "globe", "bulletin", "edition",
    ]
}
