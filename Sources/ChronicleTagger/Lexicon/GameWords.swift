extension Lexicon {
    /// Words of a match report. In a sentence with one of them, a half or quarter named without a
    /// year is a part of the game, not of the calendar: "scored twice in the first half", "threw a
    /// touchdown in the fourth quarter". Each word is rare in business news, where "the first
    /// half" is the year's.
    static let gameWords: [String] = [
        "goal", "goals", "goalless", "scoreless", "scored", "halftime", "touchdown", "touchdowns", "rebounds",
        "assists", "inning", "innings", "quarterback", "equaliser", "equalizer", "kickoff", "striker", "goalkeeper",
        "referee",
    ]
}
