import ChronicleText

/// A time expression found in a document, normalized the TimeML way (TIMEX3).
public struct TimeExpression: Hashable, Sendable {
    /// The TIMEX3 type.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        case date = "DATE"
        case time = "TIME"
        case duration = "DURATION"
        case set = "SET"
    }

    /// Where the expression lies in the document text (UTF-8 bytes).
    public var range: TextRange
    /// DATE, TIME, DURATION or SET.
    public var kind: Kind
    /// The TIMEX3 value: `2019-12-22`, `2020-08`, `P3Y`, `XXXX-12-22`, `PRESENT_REF`, …
    public var value: String
    /// The TIMEX3 `mod` (TimeML 1.2): `START`, `MID`, `END` ("early", "mid-", "late"), `APPROX`,
    /// `MORE_THAN`, `LESS_THAN`, `EQUAL_OR_MORE`, `EQUAL_OR_LESS`, `ON_OR_AFTER`, `AFTER`, …; nil when none.
    public var modifier: String?
    /// The id of the rule that found it, for `--explain` and the evaluation.
    public var rule: String
    /// What a relative or partial expression was resolved against, for `--explain`.
    public var anchor: String?
    /// For a duration counted from the date last mentioned, the date it leads to: "two years
    /// [later]" after 1957 reaches `1959`. The TIMEX3 stays the duration, as TimeML annotates it.
    public var reaches: String?

    /// An expression made by the rule `rule`; `anchor` is what a relative value was resolved against.
    public init(
        range: TextRange, kind: Kind, value: String, modifier: String? = nil, rule: String, anchor: String? = nil
    ) {
        self.range = range
        self.kind = kind
        self.value = value
        self.modifier = modifier
        self.rule = rule
        self.anchor = anchor
    }

    /// The calendar date the value names, when it names one fully (not `XXXX-12-22`, not a
    /// duration); approximate when the modifier hedges it.
    public var point: TimePoint? {
        guard kind == .date || kind == .time, let point = TimePoint(timex: value) else { return nil }
        let hedged: Set<String> = ["APPROX", "EARLY", "MID", "LATE", "START", "END"]
        return point.approximate(modifier.map(hedged.contains) ?? false)
            .phased(modifier.flatMap(TimePoint.Phase.init(timexModifier:)))
    }

    /// The calendar date a duration counted from the last date mentioned leads to (`reaches`).
    public var reachedPoint: TimePoint? {
        guard kind == .duration, let reaches else { return nil }
        return TimePoint(timex: reaches)
    }
}
