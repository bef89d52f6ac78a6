extension Lexicon {
    /// Words that, as the nearest tense-bearing word in the sentence, say an expression lies ahead:
    /// "will meet Friday", "is scheduled to close Monday", "plans to double its flights by August".
    static let futureCues: [String] = [
        "will", "shall", "ll", "going", "scheduled", "expected", "expects", "expect", "planning", "due", "until",
        "upcoming", "soon", "resume", "resumes", "intends", "intend", "aims",
        "hopes", "would", "wo", "await", "awaits", "awaiting", "payable", "effective", "expire", "expires",
        "deadline", "next", "tomorrow",
    ]

    /// Words that point ahead only before "to": "plans to close", not "the plan".
    static let futureBeforeTo: [String] = ["plan", "plans", "schedule", "aim", "intend", "hope", "want", "wants"]

    /// Auxiliaries that put a future word in the past: "had been scheduled", "was expected".
    static let pastAuxiliaries: [String] = ["had", "was", "were", "been"]

    /// Past-tense words that do not end in "-ed", which as the nearest tense-bearing word say an
    /// expression lies behind ("met Monday", "said Friday").
    static let pastCues: [String] = [
        "said", "was", "were", "had", "did", "met", "came", "went", "began", "took", "gave", "saw", "won",
        "rose", "fell", "knew", "ran", "spoke", "wrote", "chose", "became", "quit", "stood", "fought", "flew",
        "drove", "broke", "ended", "since",
    ]

    /// Past forms that are also participles ("was held", "will be paid"): like a form in "-ed", they
    /// end the search for a tense without saying much.
    static let participles: [String] = [
        "told", "made", "left", "lost", "sent", "held", "got", "found", "thought", "brought", "bought", "paid",
        "led", "struck", "hit", "shot", "cut", "read", "heard", "felt", "kept", "sold", "spent", "caught",
        "taught", "sought", "built", "put",
    ]
}

extension Lexicon {
    /// Nouns after "today's" that make it the present in general rather than the day: "today's youth".
    static let presentInGeneral: [String] = [
        "world", "youth", "society", "generation", "generations", "children", "students", "young", "economy",
        "standards", "technology", "culture", "families", "era", "age", "climate", "environment", "america",
        "china", "europe", "politics", "media", "market", "markets", "workers", "workplace", "kids", "teenagers",
    ]
}
