extension Lexicon {
    /// Parts of a day and their TIMEX3 codes ("morning" is `MO`: `1998-02-06TMO`).
    static let partsOfDay: [(word: String, part: DayPart)] = [
        ("morning", .morning), ("mornings", .morning), ("afternoon", .afternoon), ("afternoons", .afternoon),
        ("evening", .evening), ("evenings", .evening), ("night", .night), ("nights", .night),
        ("overnight", .night), ("midday", .midday), ("noon", .midday), ("midnight", .midnight),
        ("dawn", .morning), ("daybreak", .morning), ("dusk", .evening), ("nightfall", .evening),
        ("tonight", .night), ("midafternoon", .afternoon),
        ("midmorning", .morning),
    ]
}
