extension Lexicon {
    /// Words that place a period relative to another: "last year", "the following week".
    ///
    /// `offset` counts periods from the anchor; `anchoring` says whether the anchor is the time of
    /// writing (the document date) or the time the text last talked about.
    static let relations: [(word: String, offset: Int, anchoring: Anchoring)] = [
        ("last", -1, .speech), ("past", -1, .speech), ("previous", -1, .reference),
        ("preceding", -1, .reference), ("prior", -1, .reference), ("next", 1, .speech), ("coming", 1, .speech),
        ("upcoming", 1, .speech), ("following", 1, .reference), ("ensuing", 1, .reference),
        ("this", 0, .speech), ("current", 0, .speech), ("present", 0, .speech), ("that", 0, .reference),
        ("same", 0, .reference),
    ]
}
