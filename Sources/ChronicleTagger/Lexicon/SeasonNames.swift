extension Lexicon {
    /// Season names and their TIMEX3 codes.
    static let seasons: [(word: String, season: SeasonName)] = [
        ("spring", .spring), ("summer", .summer), ("fall", .fall), ("autumn", .fall), ("winter", .winter),
        ("springtime", .spring), ("summertime", .summer), ("wintertime", .winter),
    ]

    /// Nouns a season names a kind of, not a time: "the Winter Olympics", "the Summer Palace".
    static let seasonKinds: [String] = [
        "olympics", "olympic", "paralympics", "games", "palace", "collection", "collections", "wheat", "solstice",
        "equinox", "water", "waters", "onion", "onions", "roll", "rolls",
    ]
}
