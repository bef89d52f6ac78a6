extension Lexicon {
    /// Month names and abbreviations. An abbreviation may carry its period ("Sept."); abbreviations and
    /// the names that are also common words ("may", "march") need a capital letter and a date beside them.
    static let monthNames: [(word: String, month: Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ]

    static let monthAbbreviations: [(word: String, month: Int)] = [
        ("jan", 1), ("feb", 2), ("febr", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    /// Month names that are also ordinary English words.
    static let ambiguousMonthNames: Set<String> = ["may", "march"]
}
