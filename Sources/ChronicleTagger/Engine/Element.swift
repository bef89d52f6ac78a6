/// One step of a rule's pattern: a class of tokens, a literal, or a combination. Each class that
/// reads a value stores it in a named field of the `Match` (`.month` sets `month`), so a builder
/// never counts capture groups.
indirect enum Element: Sendable {
    /// A literal word, any case.
    case word(String)
    /// Any of the literal words.
    case words([String])
    /// An ASCII punctuation mark.
    case mark(Character)
    /// A hyphen, en dash or em dash between two parts of one word or range ("mid-1990s", "2019–20").
    case dash
    /// A month name, or an abbreviation with its optional period → `month`. `standalone` accepts
    /// "May" and "March" only after a preposition, as other words would be verbs.
    case month(standalone: Bool)
    /// A month as one or two digits, 1–12 → `month`.
    case numericMonth
    /// A weekday name → `weekday`.
    case weekday
    /// A day of the month: 1–31, "22nd", "eighth" → `day`.
    case day
    /// Four digits that name a year (1000–2199), unless they are an amount → `year`.
    case year
    /// Four digits that end a numeric date ("12/22/2019"), where a separator comes before them → `year`.
    case numericYear
    /// A year standing alone: stricter about amounts and names ("Resolution 2397") → `year`.
    case bareYear
    /// Two digits after an apostrophe, "'98" → `year` (century from the anchor) and `isShortYear`.
    case apostropheYear
    /// One or two digits that end a numeric date or a year range ("3/4/98", "2019–20") → `year`, `isShortYear`.
    case shortYear
    /// A year said in words: "nineteen ninety-six", "two thousand" → `year`.
    case spokenYear
    /// A decade: "1990s", "1990's", "'90s", "nineties" → `decade` (or `decadeInCentury`).
    case decade
    /// An amount: digits, number words, "a", "a few", "a couple of", with "1/2" or "and a half" →
    /// `count` (nil when vague), `isVague`, `plusHalf`.
    case count
    /// A unit, singular or plural when `plural` is nil → `unit`, `isPlural`.
    case unit(plural: Bool?)
    /// A season name → `season`.
    case season
    /// A part of the day → `dayPart`.
    case dayPart
    /// "last", "next", "this", "following" … → `offset`, `anchoring`; `offsets` limits which.
    case relation(offsets: [Int]?)
    /// An ordinal: "third", "3rd" → `ordinal`.
    case ordinal
    /// An hour with optional minutes and seconds: "10", "10:35", "10:35:20", "1035" when a meridiem
    /// follows → `hour`, `minute`, `seconds`.
    case clock
    /// "a.m.", "pm" … → `meridiem` (0 before noon, 12 after).
    case meridiem
    /// A time zone abbreviation: "EST", "GMT".
    case timeZone
    /// A name: a capitalized word that is in none of the tagger's lists ("Rome" in "8 p.m. Rome
    /// time"). It cannot open a pattern, since patterns are indexed by the words they start on.
    case name
    /// A lowercase word in none of the tagger's lists ("crossing" in "a second crossing"): for
    /// lookarounds.
    case plainWord
    /// A holiday name → `month` and `day`, or `holiday` for holidays on a weekday of a month.
    case holiday
    /// A lowercase word in "-ng" of five letters or more that names no time ("closing", "selling"):
    /// a verb form, for lookarounds ("30 days before closing" counts from an event, not a date).
    case gerund
    /// Any number in figures, whatever it counts ("$1.76 a year"): for lookarounds.
    case number
    /// A lowercase word that names no time and is no past verb, right after a number or a number
    /// word ("100,000 vehicles", "five jets", not "in 2010 lasted"): what an amount counts, for
    /// lookarounds.
    case countedWord
    /// The element or nothing.
    case optional(Element)
    /// The first of the alternatives that leads to the longest match.
    case either([Element])
    /// Elements in a row.
    case sequence([Element])
    /// Elements that make the first expression of a range; their fields go to `match`.
    case first([Element])
    /// Elements that make the second expression of a range; their fields go to `match.second`.
    case second([Element])
    /// Succeeds without reading when the previous token does not match the element.
    case notAfter(Element)
    /// Succeeds without reading when the previous token matches the element.
    case after(Element)
    /// Succeeds without reading when the next token does not match the element.
    case notBefore(Element)
    /// Succeeds without reading when the next token matches the element.
    case before(Element)
    /// Succeeds without reading unless the next tokens match the elements in turn (single-token
    /// elements, or an `either` of them).
    case notBeforeAll([Element])
    /// The element, with no space before it.
    case glued(Element)
}
