extension Lexicon {
    /// Parts of a day and their TIMEX3 codes ("morning" is `MO`: `1998-02-06TMO`). "Tonight" is a
    /// day of its own (a rule reads it), and "overnight" mostly means "suddenly".
    static let partsOfDay: [(word: String, part: DayPart)] = [
        ("morning", .morning), ("mornings", .morning), ("afternoon", .afternoon), ("afternoons", .afternoon),
        ("evening", .evening), ("evenings", .evening), ("night", .night), ("nights", .night),
        ("midday", .midday), ("noon", .midday), ("midnight", .midnight), ("dawn", .morning),
        ("daybreak", .morning), ("dusk", .evening), ("nightfall", .evening), ("midafternoon", .afternoon),
        ("midmorning", .morning),
    ]
}
