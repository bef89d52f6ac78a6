/// The named fields a pattern read. Each element class writes one field (see `Element`).
struct Fields: Sendable {
    var year: Int?
    var isShortYear = false
    var month: Int?
    var day: Int?
    var weekday: Int?
    var decade: Int?
    var decadeInCentury: Int?
    var count: Int?
    var isVague = false
    /// Whether the count was the article "a" or "an".
    var isArticle = false
    var plusHalf = false
    var unit: TimeUnit?
    var isPlural = false
    var season: SeasonName?
    var dayPart: DayPart?
    var offset: Int?
    var anchoring: Anchoring = .speech
    var position: String?
    var approximation: String?
    var ordinal: Int?
    var hour: Int?
    var minute: Int?
    var meridiem: Int?
    var hasTimeZone = false
    var holiday: (month: Int, weekday: Int, week: Int)?
    /// The literal words the pattern read, in order, for builders that tell them apart.
    var words: [String] = []

    /// Whether the words read include `word`.
    func said(_ word: String) -> Bool { words.contains(word) }
}

/// What a rule's pattern read at one place: its fields, and for a range the fields and token span
/// of each expression.
@dynamicMemberLookup
struct Match: Sendable {
    var fields = Fields()
    var second = Fields()
    /// Token indexes: the match is `start..<end`; a range's expressions are `firstSpan` and `secondSpan`.
    var start = 0
    var end = 0
    var firstSpan: Range<Int>?
    var secondSpan: Range<Int>?

    /// Whether the literal words read include `word` (in either expression of a range).
    func said(_ word: String) -> Bool { fields.said(word) || second.said(word) }

    subscript<T>(dynamicMember path: WritableKeyPath<Fields, T>) -> T {
        get { fields[keyPath: path] }
        set { fields[keyPath: path] = newValue }
    }
}
