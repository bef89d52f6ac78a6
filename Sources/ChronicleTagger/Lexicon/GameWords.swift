extension Lexicon {
    /// Words of a match report. In a sentence with one of them, a half or quarter named without a
    /// year is a part of the game, not of the calendar: "scored twice in the first half", "threw a
    /// touchdown in the fourth quarter". Each word is rare in business news, where "the first
    /// half" is the year's; "goal" and "rebounds" are common there ("the goal is growth in the
    /// second half"), so they are left out.
    static let gameWords: [String] = [
        "goalless", "scoreless", "scored", "halftime", "touchdown", "touchdowns", "inning", "innings", "quarterback",
        "equaliser", "equalizer", "kickoff", "striker", "goalkeeper", "referee", "overtime", "layup", "jumper",
        "buzzer",
    ]
}
