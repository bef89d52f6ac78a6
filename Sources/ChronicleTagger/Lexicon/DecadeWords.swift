extension Lexicon {
    /// Decades said in words, as the first three digits of their years within a century ("nineties" is 9).
    static let decadeWords: [(word: String, tens: Int)] = [
        ("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6), ("seventies", 7),
        ("eighties", 8), ("nineties", 9),
    ]
}
