/// Word lists the first rules read.
enum Lexicon {
    static let monthNames: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Prepositions after which a bare four-digit number is a year ("in 2014", "since 1998").
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "to", "through", "during", "of", "before", "after", "early",
        "late", "mid", "around", "circa",
    ]
}
