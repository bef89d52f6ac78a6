/// The named fields a pattern read. Each element class writes one field (see `Element`).
///
/// Fields are plain data (no strings, arrays or other references) because the matcher copies them at
/// every branch of a pattern; the optional-integer properties read and write the packed storage.
struct Fields: Sendable {
    private static let none = Int16.min

    private var packed:
        (
            year: Int16, month: Int16, day: Int16, weekday: Int16, decade: Int16, decadeInCentury: Int16,
            offset: Int16, ordinal: Int16, hour: Int16, minute: Int16, seconds: Int16, meridiem: Int16
        ) = (none, none, none, none, none, none, none, none, none, none, none, none)
    /// Counts reach past `Int16` ("2,000 years").
    private var packedCount = Int32.min
    private var codes: (unit: Int8, season: Int8, dayPart: Int8) = (-1, -1, -1)

    var isShortYear = false
    /// Whether the count was vague ("a few", "several"): `count` is then nil.
    var isVague = false
    /// Whether the count was the article "a" or "an".
    var isArticle = false
    var plusHalf = false
    /// The decimals of a count ("34.3 hours": 3, one digit), which only rules that say so read.
    var fraction: (value: Int16, digits: Int8)?
    var isPlural = false
    var hasTimeZone = false
    var anchoring: Anchoring = .speech
    /// A holiday on a weekday (see `Reading.holiday`).
    var holiday: (month: Int8, weekday: Int8, fromDay: Int8)?
    /// The vocabulary ids of the literal words read (the first six), in order.
    private var literals: (Int16, Int16, Int16, Int16, Int16, Int16) = (-1, -1, -1, -1, -1, -1)
    private var storedLiterals: UInt8 = 0

    private static func get(_ value: Int16) -> Int? { value == none ? nil : Int(value) }
    private static func set(_ value: Int?) -> Int16 {
        guard let value else { return none }
        return Int16(clamping: value) == none ? none + 1 : Int16(clamping: value)
    }

    var year: Int? {
        get { Self.get(packed.year) }
        set { packed.year = Self.set(newValue) }
    }
    var month: Int? {
        get { Self.get(packed.month) }
        set { packed.month = Self.set(newValue) }
    }
    var day: Int? {
        get { Self.get(packed.day) }
        set { packed.day = Self.set(newValue) }
    }
    var weekday: Int? {
        get { Self.get(packed.weekday) }
        set { packed.weekday = Self.set(newValue) }
    }
    var decade: Int? {
        get { Self.get(packed.decade) }
        set { packed.decade = Self.set(newValue) }
    }
    var decadeInCentury: Int? {
        get { Self.get(packed.decadeInCentury) }
        set { packed.decadeInCentury = Self.set(newValue) }
    }
    var count: Int? {
        get { packedCount == Int32.min ? nil : Int(packedCount) }
        set { packedCount = newValue.map { Int32(clamping: $0) } ?? Int32.min }
    }
    /// A relation's offset: -1 "last", 0 "this", 1 "next".
    var offset: Int? {
        get { Self.get(packed.offset) }
        set { packed.offset = Self.set(newValue) }
    }
    var ordinal: Int? {
        get { Self.get(packed.ordinal) }
        set { packed.ordinal = Self.set(newValue) }
    }
    var hour: Int? {
        get { Self.get(packed.hour) }
        set { packed.hour = Self.set(newValue) }
    }
    var minute: Int? {
        get { Self.get(packed.minute) }
        set { packed.minute = Self.set(newValue) }
    }
    var seconds: Int? {
        get { Self.get(packed.seconds) }
        set { packed.seconds = Self.set(newValue) }
    }
    /// 0 for a.m., 12 for p.m.
    var meridiem: Int? {
        get { Self.get(packed.meridiem) }
        set { packed.meridiem = Self.set(newValue) }
    }

    var unit: TimeUnit? {
        get { codes.unit < 0 ? nil : TimeUnit(rawValue: Int(codes.unit)) }
        set { codes.unit = newValue.map { Int8($0.rawValue) } ?? -1 }
    }
    var season: SeasonName? {
        get { codes.season < 0 ? nil : SeasonName(rawValue: Int(codes.season)) }
        set { codes.season = newValue.map { Int8($0.rawValue) } ?? -1 }
    }
    var dayPart: DayPart? {
        get { codes.dayPart < 0 ? nil : DayPart(rawValue: Int(codes.dayPart)) }
        set { codes.dayPart = newValue.map { Int8($0.rawValue) } ?? -1 }
    }

    /// Records a literal word the pattern read, by its vocabulary id.
    mutating func read(_ id: Int32) {
        let word = Int16(truncatingIfNeeded: id)
        switch storedLiterals {
        case 0: literals.0 = word
        case 1: literals.1 = word
        case 2: literals.2 = word
        case 3: literals.3 = word
        case 4: literals.4 = word
        case 5: literals.5 = word
        default: return
        }
        storedLiterals += 1
    }

    /// How many literal words were read (at most six are kept).
    var literalCount: Int { Int(storedLiterals) }

    /// Calls `body` with the vocabulary id of each literal word read, in order.
    func forEachLiteral(_ body: (Int32) -> Void) {
        let count = Int(storedLiterals)
        if count > 0 { body(Int32(literals.0)) }
        if count > 1 { body(Int32(literals.1)) }
        if count > 2 { body(Int32(literals.2)) }
        if count > 3 { body(Int32(literals.3)) }
        if count > 4 { body(Int32(literals.4)) }
        if count > 5 { body(Int32(literals.5)) }
    }
}

/// What a pattern has read so far, while the matcher walks the pattern tree: plain data, copied at
/// every branch.
struct PartialMatch: Sendable {
    var fields = Fields()
    var second = Fields()
    private var bounds: (start: Int32, firstStart: Int32, firstEnd: Int32, secondStart: Int32, secondEnd: Int32) =
        (0, -1, -1, -1, -1)

    var start: Int {
        get { Int(bounds.start) }
        set { bounds.start = Int32(truncatingIfNeeded: newValue) }
    }

    var firstSpan: Range<Int>? {
        get { bounds.firstStart < 0 ? nil : Int(bounds.firstStart)..<Int(bounds.firstEnd) }
        set {
            bounds.firstStart = newValue.map { Int32(truncatingIfNeeded: $0.lowerBound) } ?? -1
            bounds.firstEnd = newValue.map { Int32(truncatingIfNeeded: $0.upperBound) } ?? -1
        }
    }

    var secondSpan: Range<Int>? {
        get { bounds.secondStart < 0 ? nil : Int(bounds.secondStart)..<Int(bounds.secondEnd) }
        set {
            bounds.secondStart = newValue.map { Int32(truncatingIfNeeded: $0.lowerBound) } ?? -1
            bounds.secondEnd = newValue.map { Int32(truncatingIfNeeded: $0.upperBound) } ?? -1
        }
    }
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
    /// The literal words read, in order (both expressions of a range).
    var words: [String] = []

    init() {}

    init(_ partial: PartialMatch, end: Int, spellings: [String]) {
        fields = partial.fields
        second = partial.second
        start = partial.start
        self.end = end
        firstSpan = partial.firstSpan
        secondSpan = partial.secondSpan
        words.reserveCapacity(partial.fields.literalCount + partial.second.literalCount)
        partial.fields.forEachLiteral { words.append(spellings[Int($0)]) }
        partial.second.forEachLiteral { words.append(spellings[Int($0)]) }
    }

    /// Whether the literal words read include `word` (in either expression of a range).
    func said(_ word: String) -> Bool { words.contains(word) }

    /// The first literal word read.
    var firstWord: String? { words.first }

    subscript<T>(dynamicMember path: WritableKeyPath<Fields, T>) -> T {
        get { fields[keyPath: path] }
        set { fields[keyPath: path] = newValue }
    }
}
