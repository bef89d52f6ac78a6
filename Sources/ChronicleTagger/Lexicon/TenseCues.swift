extension Lexicon {
    /// Words that, as the nearest tense-bearing word in the sentence, say an expression lies ahead:
    /// "will meet Friday", "is scheduled to close Monday", "plans to double its flights by August".
    static let futureCues: [String] = [
        "will", "shall", "ll", "going", "scheduled", "schedule", "expected", "expects", "expect", "plans", "plan",
        "planning", "due", "until", "upcoming", "soon", "resume", "resumes", "intends", "intend", "aims",
        "hopes", "would", "wo", "await", "awaits", "awaiting", "payable", "effective", "expire", "expires",
        "deadline", "next", "tomorrow",
    ]

    /// Past-tense words that do not end in "-ed", which as the nearest tense-bearing word say an
    /// expression lies behind ("met Monday", "said Friday").
    static let pastCues: [String] = [
        "said", "told", "was", "were", "had", "did", "met", "came", "went", "began", "took", "made", "gave",
        "left", "saw", "won", "lost", "sent", "held", "rose", "fell", "got", "found", "thought", "knew",
        "brought", "bought", "paid", "ran", "spoke", "wrote", "led", "chose", "struck", "became", "ago",
        "yesterday", "last", "earlier", "hit", "shot", "quit", "cut", "read", "heard", "felt", "kept", "sold",
        "spent", "stood", "fought", "flew", "drove", "broke", "caught", "taught", "sought", "ended", "since",
    ]
}
