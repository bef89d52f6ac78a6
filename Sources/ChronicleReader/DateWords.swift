/// Words the reader's date recognizer knows. Lowercased; a trailing period is allowed after
/// every abbreviation ("Sept.", "Dec.").
enum DateWords {
    static let months: [(word: String, month: Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12),
        ("dec", 12),
    ]

    static let monthNumbers: [String: Int] = Dictionary(
        months.map { ($0.word, $0.month) }, uniquingKeysWith: { a, _ in a })

    /// Words before a bare year that make it a date ("in 2019", "the 2022 report", "between
    /// 2020 and 2023"); without one, a four-digit number may be a quantity.
    static let yearCues: Set<String> = [
        "in", "since", "during", "from", "of", "until", "till", "by", "through", "before", "after", "the", "a", "an",
        "early", "late", "mid", "year", "fiscal", "between", "and", "to", "around", "circa", "spring", "summer",
        "autumn", "fall", "winter",
    ]

    /// Words before a date that put it ahead of the writing ("by December 2019", "no later than
    /// 22 December 2019"): such dates say nothing about when the text was written.
    static let deadlineCues: Set<String> = [
        "by", "until", "till", "before", "through", "than", "due", "deadline", "scheduled", "expected", "planned",
        "will", "target", "postponed", "next",
    ]

    /// Labels of a line that states when the text was published ("Published: 3 March 2021").
    static let publishedLabels: [String] = [
        "published on", "published", "posted on", "posted", "first published", "date", "dated", "released",
        "issued", "last updated", "updated on", "updated",
    ]

    /// Words that make a title a periodical report named for its year ("2020 Fisheries
    /// Labour Report", "Rights Review 2025", "Annual Review 2019").
    static let reportWords: Set<String> = [
        "report", "reports", "review", "yearbook", "survey", "assessment", "index", "outlook", "almanac",
        "factbook", "digest", "bulletin", "update", "overview",
    ]
}
