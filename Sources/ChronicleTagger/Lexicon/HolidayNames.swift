extension Lexicon {
    /// Holidays with a fixed date, as month and day.
    static let fixedHolidays: [(phrase: String, month: Int, day: Int)] = [
        ("new year's day", 1, 1), ("new year's eve", 12, 31), ("christmas", 12, 25), ("christmas day", 12, 25),
        ("christmas eve", 12, 24), ("boxing day", 12, 26), ("independence day", 7, 4), ("halloween", 10, 31),
        ("valentine's day", 2, 14), ("veterans day", 11, 11), ("veteran's day", 11, 11), ("armistice day", 11, 11),
        ("st. patrick's day", 3, 17), ("bastille day", 7, 14), ("international women's day", 3, 8),
        ("may day", 5, 1), ("labour day", 5, 1),
    ]

    /// Words before "New Year" that make it another calendar's ("Lunar New Year", "the Jewish New
    /// Year"), or the year itself ("the new year", "a new year"), not January 1.
    static let notNewYearsDay: [String] = [
        "the", "a", "this", "that", "every", "each", "lunar", "chinese", "jewish", "persian", "iranian",
        "islamic", "hijri", "vietnamese", "korean", "tibetan", "mongolian", "thai", "tamil", "sikh", "bengali",
        "sinhala", "sinhalese", "nepali", "orthodox", "julian", "ethiopian", "coptic", "hindu", "balinese",
    ]

    /// Nouns a holiday's name qualifies without naming the day: "the Christmas tree", "Easter
    /// Island", "a Halloween costume", "the Good Friday agreement" (a name).
    static let holidayObjects: [String] = [
        "tree", "trees", "card", "cards", "light", "lights", "ornament", "ornaments", "decoration", "decorations",
        "carol", "carols", "island", "egg", "eggs", "costume", "costumes", "sweater", "sweaters", "pudding",
        "cake", "stocking", "stockings", "bonus", "bonuses", "cactus", "album", "song", "songs", "movie",
        "movies", "film", "films", "special", "specials", "shopping", "sales", "catalog", "catalogue", "agreement",
        "accord", "accords", "rising",
    ]

    /// Days that name one event of one year when they qualify it: "the Sept. 11 attacks", "9/11
    /// victims". Written of a later year, they are that day, not the nearest September 11th.
    static let eventDays: [(month: Int, day: Int, year: Int)] = [(9, 11, 2001)]

    /// Nouns after which a day of `eventDays` names its event.
    static let eventDayNouns: [String] = [
        "attack", "attacks", "terrorist", "terror", "hijacker", "hijackers", "hijackings", "commission",
        "victims", "memorial", "families", "plot", "plotters", "mastermind", "strikes",
    ]

    /// Holidays on a weekday of a month, as the first such weekday on or after a day of the month:
    /// the fourth Thursday of November (Thanksgiving) is the first from the 22nd; the last Monday of
    /// May (Memorial Day) the first from the 25th; the Tuesday after the first Monday of November
    /// (the American election day) the first from the 2nd; Black Friday, the day after Thanksgiving,
    /// the first Friday from the 23rd.
    static let weekdayHolidays: [(phrase: String, month: Int, weekday: Int, fromDay: Int)] = [
        ("election day", 11, 2, 2),
        ("thanksgiving", 11, 4, 22), ("thanksgiving day", 11, 4, 22), ("black friday", 11, 5, 23),
        ("cyber monday", 11, 1, 26), ("giving tuesday", 11, 2, 27), ("labor day", 9, 1, 1), ("memorial day", 5, 1, 25),
        ("martin luther king day", 1, 1, 15), ("presidents day", 2, 1, 15), ("presidents' day", 2, 1, 15),
        ("president's day", 2, 1, 15),
        ("columbus day", 10, 1, 8), ("mother's day", 5, 7, 8), ("father's day", 6, 7, 15),
    ]

    /// Feasts that move with Easter, as days from Easter Sunday (Gregorian reckoning).
    static let easterHolidays: [(phrase: String, daysFromEaster: Int)] = [
        ("easter", 0), ("easter sunday", 0), ("easter day", 0), ("easter monday", 1), ("good friday", -2),
        ("holy saturday", -1), ("maundy thursday", -3), ("holy thursday", -3), ("palm sunday", -7),
        ("ash wednesday", -46), ("shrove tuesday", -47), ("mardi gras", -47),
        ("fat tuesday", -47), ("ascension day", 39),
        ("pentecost", 49), ("whit sunday", 49), ("whitsunday", 49), ("whit monday", 50),
    ]

    /// Words that make a weekday the name of an event, not a day near the text's date: "Black
    /// Monday", "Bloody Sunday", "Super Tuesday" (the holidays among them, "Black Friday", are read first).
    static let eventWeekdayWords: [String] = ["black", "bloody", "super", "blue", "manic", "mad"]

    /// Counts that name a war by its length: "the Six-Day War", "the Hundred Years' War", "the
    /// Thirty Years War". A war's name, not a duration.
    static let warLengthCounts: [String] = ["six", "seven", "thirty", "eighty", "hundred"]
}
