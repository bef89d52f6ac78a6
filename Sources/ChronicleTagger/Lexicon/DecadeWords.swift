extension Lexicon {
    /// Decades said in words, as the first three digits of their years within a century ("nineties" is 9).
    static let decadeWords: [(word: String, tens: Int)] = [
        ("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6), ("seventies", 7),
        ("eighties", 8), ("nineties", 9),
    ]

    /// Hedges that place a number within its tens ("the upper 30s", "the low 90s"): said of
    /// temperatures, prices and ages, never of a decade of the calendar.
    static let tensHedges: [String] = ["upper", "lower", "low", "high"]

    /// Words for readings that come in tens ("highs in the mid-40s", "temperatures reached the 90s").
    static let readingNouns: [String] = [
        "highs", "lows", "high", "low", "temperature", "temperatures", "temps", "readings", "mercury",
        "thermometer", "thermometers",
    ]

    /// Words between a reading and its tens: "lows will be in the 20s", "temperatures reached the 90s",
    /// "temperatures will climb into the 90s".
    static let readingLinks: [String] = [
        "will", "be", "is", "are", "was", "were", "in", "into", "near", "around", "reached", "hit", "topped",
        "climbed", "rose", "fell", "dropped", "dipped", "soared", "stayed", "remained", "only", "mostly",
        "expected", "to", "of", "from", "the", "climb", "rise", "fall", "drop", "dip", "soar", "stay", "remain",
        "reach", "hover", "hovered", "could", "should", "may", "might", "again", "back",
    ]

    /// Words that name a temperature reading. Anywhere after one in its sentence, a decade written
    /// without its century is the reading's tens ("Highs on Saturday will reach only the mid-50s");
    /// "'70s" and "since the 70s" stay decades.
    static let temperatureWords: [String] = [
        "highs", "lows", "temperature", "temperatures", "temps", "mercury", "thermometer", "thermometers", "heat",
        "degrees",
    ]

    /// Words of weather that, right before a number, make it a temperature: after one in its
    /// sentence, a decade written without its century is a reading's tens ("hot 90s today, then
    /// cooler 80s and even some 70s").
    static let weatherAdjectives: [String] = [
        "hot", "hotter", "warm", "warmer", "cool", "cooler", "cold", "colder", "mild", "milder", "chilly",
        "balmy", "scorching", "sizzling", "steamy", "frigid", "freezing",
    ]
}
