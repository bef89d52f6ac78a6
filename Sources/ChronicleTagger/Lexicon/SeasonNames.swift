extension Lexicon {
    /// Season names and their TIMEX3 codes.
    static let seasons: [(word: String, season: SeasonName)] = [
        ("spring", .spring), ("summer", .summer), ("fall", .fall), ("autumn", .fall), ("winter", .winter),
        ("springtime", .spring), ("summertime", .summer), ("wintertime", .winter),
    ]
}
