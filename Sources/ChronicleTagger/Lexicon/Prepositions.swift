extension Lexicon {
    /// Words after which a number of four digits reads as a year even when it is small ("in 1066")
    /// or followed by a plural noun ("in 1990 sales rose").
    static let yearPrepositions: [String] = [
        "in", "since", "by", "until", "till", "from", "to", "through", "during", "of", "before", "after",
        "around", "circa", "early", "late", "mid", "the", "year", "fiscal", "financial", "between", "and", "or",
        "spring", "summer", "fall", "autumn", "winter", "as", "for", "on", "at", "into", "throughout",
    ]

    /// Short forms of "circa" that a period ends: a year after "c." or "ca." is read as after
    /// "circa" ("printed c. 1455").
    static let circaAbbreviations: [String] = ["c", "ca"]

    /// Hedges that, after a preposition of time, bound a year rather than count an amount: "deaf
    /// since about 1818", "born in approximately 1770".
    static let yearHedges: [String] = ["about", "approximately", "roughly"]

    /// Prepositions: after one, a present form that schedules ("open", "close", "end") is an
    /// adjective or a noun ("was in open water", "at close range"), not a verb.
    static let prepositions: [String] = [
        "in", "on", "at", "for", "from", "of", "by", "with", "into", "during", "through", "over", "under", "near",
        "about",
    ]

    /// Possessives, after which a year may come before a plural noun: "its 1989 results", "their
    /// 2019 tour" (news writes counts with a comma: "its 2,000 workers").
    static let possessives: [String] = ["its", "their", "his", "her", "our", "my", "your", "whose"]

    /// Words after which a number reads as an amount: "about 1500", "nearly 2000".
    static let amountWords: [String] = [
        "about", "nearly", "almost", "approximately", "roughly", "some", "over", "only", "just", "total",
        "totaling", "totalling", "least", "most", "another", "additional", "extra", "all", "those",
        "these", "up", "down", "rose", "fell", "dropped", "climbed", "gained", "lost", "cost", "costs", "paid",
        "pay", "earned", "killed", "injured", "wounded", "estimated", "average", "averaged", "number", "numbered",
    ]
}

extension Lexicon {
    /// Words that start a noun phrase: after "two days before" they make "before" a preposition
    /// ("two days before the vote"), not an adverb counting from the time talked about.
    static let nounPhraseStarts: [String] = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
        "he", "she", "it", "they", "we", "i", "you", "any", "each", "every", "being", "mr", "ms", "mrs", "dr",
    ]
}
