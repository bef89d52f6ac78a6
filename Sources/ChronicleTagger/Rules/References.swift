extension RuleSet {
    /// "every now and then", "now and again": from time to time, not the present.
    static let nowAndThen = Rule(
        id: "ignore.now-and-then",
        pattern: [.optional(.word("every")), .word("now"), .word("and"), .words(["then", "again"])],
        build: { _ in .nothing },
        examples: [("every now and then", ""), ("now and again", "")])

    static let now = Rule(
        id: "ref.present",
        pattern: [
            .either([
                .word("now"), .word("currently"), .word("nowadays"),
                .word("presently"), .sequence([.word("these"), .word("days")]),
                .sequence([.word("at"), .word("present")]),
            ]),
            // "the now-defunct firm" describes the firm.
            .notBefore(.glued(.dash)),
        ],
        build: { _ in .date(.literal("PRESENT_REF")) },
        examples: [("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("these days", "PRESENT_REF")])

    /// "current" before a noun that is not a unit of time ("the current weakness").
    static let current = Rule(
        id: "ref.current",
        pattern: [.word("current"), .notBefore(.either([.unit(plural: nil), .word("fiscal"), .mark("-")]))],
        build: { _ in .date(.literal("PRESENT_REF")) },
        examples: [("current", "PRESENT_REF")])

    static let thenCurrent = Rule(
        id: "ref.then-current",
        pattern: [.word("then"), .optional(.dash), .word("current")],
        build: { _ in .date(.literal("PAST_REF")) },
        examples: [("then-current", "PAST_REF")])

    static let recently = Rule(
        id: "ref.past",
        pattern: [
            .either([
                .sequence([.optional(.word("more")), .word("recently")]), .word("lately"),
                .sequence([.word("the"), .word("past"), .notBefore(.either([.count, .unit(plural: nil)]))]),
            ])
        ],
        build: { _ in .date(.literal("PAST_REF")) },
        examples: [("recently", "PAST_REF"), ("more recently", "PAST_REF"), ("the past", "PAST_REF")])

    /// "as recently as 2010", "as recently as last week": "recently" only measures the date after it.
    static let asRecentlyAs = Rule(
        id: "ignore.as-recently-as",
        pattern: [.word("as"), .word("recently"), .word("as")],
        build: { _ in .nothing },
        examples: [("as recently as", "")])

    /// "killed, most recently last October", "extended twice, most recently a decade ago": "most
    /// recently" before the date it leads to only orders; the date says when.
    static let mostRecentlyBeforeDate = Rule(
        id: "ignore.most-recently",
        pattern: [
            .word("most"), .word("recently"),
            .before(
                .either([
                    .relation(offsets: nil), .count, .month(standalone: false), .weekday, .year,
                    .words(["in", "on", "during", "at"]),
                ])),
        ],
        build: { _ in .nothing },
        examples: [("most recently in", ""), ("most recently on", "")])

    /// "the other day", "the other week", "the other night": a time not long ago.
    static let otherDay = Rule(
        id: "ref.other-day",
        pattern: [.word("the"), .word("other"), .words(["day", "week", "night", "evening", "morning"])],
        build: { _ in .date(.literal("PAST_REF")) },
        examples: [("the other day", "PAST_REF"), ("the other week", "PAST_REF")])

    static let future = Rule(
        id: "ref.future",
        pattern: [
            .word("the"), .optional(.words(["near", "distant", "foreseeable", "immediate"])), .word("future"),
        ],
        build: { _ in .date(.literal("FUTURE_REF")) },
        examples: [("the future", "FUTURE_REF"), ("the near future", "FUTURE_REF")])

    /// "at a later date", "on a future date": a time to come that nobody has set.
    static let laterDate = Rule(
        id: "ref.later-date",
        pattern: [.words(["a", "some"]), .words(["later", "future"]), .words(["date", "time"])],
        build: { _ in .date(.literal("FUTURE_REF")) },
        examples: [("a later date", "FUTURE_REF"), ("some future date", "FUTURE_REF")])

    /// "someday", "will one day be", "hopes he one day follows": a time to come, not a day's length.
    static let someday = Rule(
        id: "ref.someday",
        pattern: [
            .either([
                .word("someday"),
                .sequence([
                    .after(
                        .words([
                            "will", "would", "could", "may", "might", "can", "should", "must", "to", "he", "she",
                            "they", "we", "i", "you",
                            // "believes one day his name will be cleared", "hopes that one day".
                            "believes", "believe", "believed", "hopes", "hope", "hoped", "dreams", "dream",
                            "dreamed", "thinks", "think", "predicts", "predicted", "that",
                        ])),
                    .words(["one", "some"]), .word("day"),
                    .notBefore(
                        .words([
                            "of", "after", "before", "later", "earlier", "ago", "and", "or", "to", "a", "in", "when",
                            "that", "last", "this", "next",
                        ])),
                ]),
            ])
        ],
        build: { _ in .date(.literal("FUTURE_REF")) },
        examples: [
            ("someday", "FUTURE_REF"), ("the region will [one day] prosper", "FUTURE_REF"),
            ("he believes [one day] his name will be cleared", "FUTURE_REF"),
        ])

    static let nearTerm = Rule(
        id: "ref.near-term",
        pattern: [.word("the"), .words(["near", "short"]), .word("term")],
        build: { _ in .date(.literal("FUTURE_REF")) },
        examples: [("the near term", "FUTURE_REF")])

    static let asSoonAsPossible = Rule(
        id: "ref.as-soon-as-possible",
        pattern: [.word("as"), .word("soon"), .word("as"), .word("possible")],
        build: { _ in .date(.literal("FUTURE_REF")) },
        examples: [("as soon as possible", "FUTURE_REF")])
}
