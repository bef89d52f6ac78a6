import ChronicleText

/// A declarative tagging rule: an id (carried by every expression it makes), a pattern over token
/// classes, a builder that turns the named fields into a TIMEX3 reading, and examples that the
/// tests run through the whole rule set.
///
/// ```swift
/// static let monthDayYear = Rule(
///     id: "date.month-day-year",
///     pattern: [.month(standalone: false), .day, .optional(.mark(",")), .year],
///     build: { m in .date(.calendar(year: m.year, month: m.month, day: m.day)) },
///     examples: [("March 3, 2020", "2020-03-03")])
/// ```
struct Rule: Sendable {
    /// The document date examples resolve against: Saturday, 10 April 2021.
    static let exampleDate = TimePoint.day(2021, 4, 10)!

    let id: String
    let pattern: [Element]
    let build: @Sendable (Match) -> Build?
    /// Texts that must each be one whole expression made by this rule, with its value
    /// (`"2020-03-03"`); a range gives both values joined by `/`. Where the rule needs context, `[…]`
    /// marks the expression within it: `("stayed for [years]", "PXY")`.
    let examples: [(text: String, value: String)]

    /// A rule that reads the decimals of a count (`readsFractions`: "34.3 hours") builds from them;
    /// any other refuses a count with decimals, which it would read as a whole number.
    init(
        id: String, pattern: [Element], readsFractions: Bool = false, build: @escaping @Sendable (Match) -> Build?,
        examples: [(text: String, value: String)]
    ) {
        self.id = id
        self.pattern = pattern
        if readsFractions {
            self.build = build
        } else {
            self.build = { (match: Match) -> Build? in match.fields.fraction == nil ? build(match) : nil }
        }
        self.examples = examples
    }
}
