/// The tagging rules, organized by phenomenon in `Rules/*.swift`; their order is in `RuleSet+English.swift`.
enum RuleSet {
    /// "Friday," before a date, which the date makes redundant.
    static let weekdayPrefix: Element = .optional(
        .sequence([
            .optional(.sequence([.words(["this", "last", "next"]), .optional(.word("coming"))])), .weekday,
            .optional(.mark(",")),
        ]))
}
