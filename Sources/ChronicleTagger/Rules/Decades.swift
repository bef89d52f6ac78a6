extension RuleSet {
    static let decade = Rule(
        id: "date.decade",
        pattern: [.optional(.word("the")), .decade],
        build: { m in
            // "the 1800s" is the century, as writers mean it; "the 2000s" stays the decade.
            if let decade = m.decade, decade % 10 == 0, decade < 200 { return .date(.century(decade / 10)) }
            if let decade = m.decade { return .date(.decade(decade)) }
            return .date(.decadeInCentury(m.decadeInCentury!))
        },
        examples: [
            ("the 1990s", "199"), ("1960s", "196"), ("the '80s", "198"), ("the nineties", "199"), ("the 1800s", "18"),
            ("the 2000s", "200"),
        ])

    /// "the Roaring Twenties", "the roaring '20s": the 1920s, by name.
    static let roaringTwenties = Rule(
        id: "date.roaring-twenties",
        pattern: [.optional(.word("the")), .word("roaring"), .decade],
        build: { m in m.decadeInCentury == 2 || m.decade == 192 ? .date(.decade(192)) : nil },
        examples: [("the Roaring Twenties", "192"), ("the roaring '20s", "192")])

    /// "in his 30s", "their early twenties", "their 30s and 40s": an age, not a decade of the calendar.
    static let ageDecade = Rule(
        id: "ignore.age-decade",
        pattern: [
            .words(["his", "her", "their", "my", "your", "our"]), .optional(.words(["early", "mid", "late"])),
            .optional(.dash), .decade,
            .optional(
                .sequence([
                    .either([.words(["and", "or", "to"]), .dash]), .optional(.words(["early", "mid", "late"])),
                    .optional(.dash), .decade,
                ])),
        ],
        build: { _ in .nothing },
        examples: [("his 30s", ""), ("their early twenties", ""), ("their 30s and 40s", "")])

    /// "the upper 30s", "highs in the mid-40s", "temperatures reached the 90s": readings in their
    /// tens. A decade written with its century ("temperatures in the 1990s") is still a decade.
    static let readingDecade = Rule(
        id: "ignore.reading-tens",
        pattern: [
            .either([
                .sequence([.words(Lexicon.tensHedges), .optional(.dash), .decade]),
                .sequence([
                    .words(Lexicon.readingNouns), .optional(.words(Lexicon.readingLinks)),
                    .optional(.words(Lexicon.readingLinks)), .optional(.words(Lexicon.readingLinks)),
                    .optional(.words(Lexicon.readingLinks)),
                    .optional(.words(["early", "mid", "late"] + Lexicon.tensHedges)), .optional(.dash), .decade,
                ]),
            ])
        ],
        build: { m in m.decade == nil ? .nothing : nil },
        examples: [
            ("the upper 30s", ""), ("highs in the mid-40s", ""), ("lows will be in the 20s", ""),
            ("temperatures reached the 90s", ""), ("temperatures will climb into the 90s", ""),
        ])

    static let century = Rule(
        id: "date.century",
        pattern: [
            .optional(.word("the")), .ordinal, .optional(.dash), .word("century"), .optional(beforeCommonEra),
        ],
        build: { m in
            guard let ordinal = m.ordinal, ordinal > 0, ordinal < 30 else { return nil }
            // "the 5th century BC": the astronomical years -0499 to -0400, which share "-04".
            if m.said("bc") || m.said("bce") || m.said("b") { return .date(.literal("-" + Timex.pad(ordinal - 1, 2))) }
            return .date(.century(ordinal - 1))
        },
        examples: [
            ("the 20th century", "19"), ("11th century", "10"), ("the twenty-first century", "20"),
            ("the 5th century BC", "-04"),
        ])

    /// "the 15th and 16th centuries", "the 12th to the 14th century": two centuries and the span
    /// they make. Before the common era they count down: "the 7th or 6th century BC".
    static let centuryPair = Rule(
        id: "date.century-pair",
        pattern: [
            .first([.word("the"), .ordinal]), .words(["and", "to", "through", "or"]),
            .second([
                .optional(.word("the")), .ordinal, .optional(.dash), .words(["century", "centuries"]),
                .optional(beforeCommonEra),
            ]),
        ],
        build: { m in
            guard let first = m.ordinal, let second = m.second.ordinal, first > 0, second > 0, first < 30,
                second < 30
            else { return nil }
            if m.said("and") || m.said("or"), !m.said("centuries"), !m.said("century") { return nil }
            if m.said("bc") || m.said("bce") || m.said("b") {
                guard first == second + 1 || (first > second && !m.said("or")) else { return nil }
                return .range(.literal("-" + Timex.pad(first - 1, 2)), .literal("-" + Timex.pad(second - 1, 2)))
            }
            guard second > first else { return nil }
            return .range(.century(first - 1), .century(second - 1))
        },
        examples: [
            ("the 15th and 16th centuries", "14/15"), ("the 12th to the 14th century", "11/13"),
            ("the 7th or 6th century BC", "-06/-05"), ("the 15th or 16th century", "14/15"),
        ])
}
