/// A pattern element compiled against the vocabulary: literals become word ids or the index of a
/// word set, and optional or alternative parts are expanded, so each rule becomes a few straight
/// sequences of steps, which the grammar then merges into one tree.
enum Step: Hashable, Sendable {
    case word(Int32)
    /// Any word of word set `index` (see `PatternTree.contains`).
    case words(Int)
    case mark(UInt8)
    case dash
    case month(standalone: Bool)
    case numericMonth, numericYear, weekday, day, year, bareYear, apostropheYear, shortYear, spokenYear, decade, count
    case unit(plural: Bool?)
    case season, dayPart
    /// A relation word whose offset is in the mask (bit `offset + 1`; all when 0).
    case relation(offsets: UInt8)
    case ordinal, clock, meridiem, timeZone, name, plainWord, holiday, gerund, number, countedWord
    case beginFirst, endFirst, beginSecond, endSecond
    /// Lookarounds test one token against any of the steps of `PatternTree.lookaroundSteps`.
    case notAfter(Int), after(Int), notBefore(Int), before(Int)
    /// Fails when the next tokens read as `PatternTree.sequences[index]`, one element each (any of
    /// its alternative steps).
    case notBeforeSequence(Int)
    /// The step `PatternTree.gluedSteps[index]`, on a token with no space before it. An index rather
    /// than an indirect case keeps `Step` plain data, which the matcher copies without reference
    /// counting.
    case glued(Int32)

    /// Whether the step can read a word in no list, which no filter of word ids and classes
    /// can tell.
    var readsAnyWord: Bool {
        switch self {
        case .name, .plainWord, .gerund, .countedWord: true
        default: false
        }
    }

    /// Whether the step reads no token.
    var isZeroWidth: Bool {
        switch self {
        case .beginFirst, .endFirst, .beginSecond, .endSecond, .notAfter, .after, .notBefore, .before,
            .notBeforeSequence:
            true
        default: false
        }
    }
}

/// A quick test of the token a step reads: its word set or classes, numbers, or marks.
struct NodeFilter: Sendable {
    var passesAll: Bool
    var words: Int32 = -1
    var classes: WordClass = []
    var numbers = false
    /// Bit `code` of the 256 mark codes, low word first.
    var marks: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func addMark(_ mark: UInt8) {
        let bit = UInt64(1) << UInt64(mark & 63)
        switch mark >> 6 {
        case 0: marks.0 |= bit
        case 1: marks.1 |= bit
        case 2: marks.2 |= bit
        default: marks.3 |= bit
        }
    }

    @inline(__always)
    func hasMark(_ mark: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(mark & 63)
        switch mark >> 6 {
        case 0: return marks.0 & bit != 0
        case 1: return marks.1 & bit != 0
        case 2: return marks.2 & bit != 0
        default: return marks.3 & bit != 0
        }
    }
}

/// The tokens a step can start on, to index patterns by their first token.
struct StartSet: Sendable {
    var words: Set<Int32> = []
    var classes: WordClass = []
    var numbers = false
    var marks: Set<UInt8> = []

    mutating func formUnion(_ other: StartSet) {
        words.formUnion(other.words)
        classes.formUnion(other.classes)
        numbers = numbers || other.numbers
        marks.formUnion(other.marks)
    }
}

extension Grammar {
    /// Expands a pattern into its straight alternatives: optional parts present first, so that
    /// among matches of equal length the fuller reading wins.
    mutating func expand(_ elements: [Element]) -> [[Step]] {
        var alternatives: [[Step]] = [[]]
        for element in elements {
            let options = expand(element)
            alternatives = alternatives.flatMap { prefix in options.map { prefix + $0 } }
        }
        return alternatives
    }

    private mutating func expand(_ element: Element) -> [[Step]] {
        switch element {
        case .optional(let inner): return expand(inner) + [[]]
        case .either(let options): return options.flatMap { expand($0) }
        case .sequence(let inner): return expand(inner)
        case .first(let inner): return expand(inner).map { [.beginFirst] + $0 + [.endFirst] }
        case .second(let inner): return expand(inner).map { [.beginSecond] + $0 + [.endSecond] }
        case .glued(.either(let options)): return options.flatMap { expand(.glued($0)) }
        default: return [[atom(element)]]
        }
    }

    /// The index of a set of words, shared by every step that names the same words.
    private mutating func wordSet(_ words: [String]) -> Int {
        wordSet(ids: Set(words.map { vocabulary.lookup($0) }.filter { $0 >= 0 }))
    }

    mutating func wordSet(ids: Set<Int32>) -> Int {
        if let index = wordSetIndex[ids] { return index }
        var bits = [UInt64](repeating: 0, count: (vocabulary.words.count + 63) / 64)
        for id in ids { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        wordSets.append(bits)
        wordSetIndex[ids] = wordSets.count - 1
        return wordSets.count - 1
    }

    /// The step of an element that reads one thing.
    mutating func atom(_ element: Element) -> Step {
        switch element {
        case .word(let word): return .word(vocabulary.lookup(word))
        case .words(let words): return .words(wordSet(words))
        case .mark(let mark): return .mark(mark.asciiValue ?? 0)
        case .dash: return .dash
        case .month(let standalone): return .month(standalone: standalone)
        case .numericMonth: return .numericMonth
        case .numericYear: return .numericYear
        case .weekday: return .weekday
        case .day: return .day
        case .year: return .year
        case .bareYear: return .bareYear
        case .apostropheYear: return .apostropheYear
        case .shortYear: return .shortYear
        case .spokenYear: return .spokenYear
        case .decade: return .decade
        case .count: return .count
        case .unit(let plural): return .unit(plural: plural)
        case .season: return .season
        case .dayPart: return .dayPart
        case .relation(let offsets):
            return .relation(offsets: offsets.map { $0.reduce(UInt8(0)) { $0 | (1 << UInt8($1 + 1)) } } ?? 0)
        case .ordinal: return .ordinal
        case .clock: return .clock
        case .meridiem: return .meridiem
        case .timeZone: return .timeZone
        case .name: return .name
        case .plainWord: return .plainWord
        case .holiday: return .holiday
        case .gerund: return .gerund
        case .number: return .number
        case .countedWord: return .countedWord
        case .notAfter(let inner): return .notAfter(lookaround(inner))
        case .after(let inner): return .after(lookaround(inner))
        case .notBefore(let inner): return .notBefore(lookaround(inner))
        case .before(let inner): return .before(lookaround(inner))
        case .glued(let inner):
            let step = atom(inner)
            if let index = gluedSteps.firstIndex(of: step) { return .glued(Int32(index)) }
            gluedSteps.append(step)
            return .glued(Int32(gluedSteps.count - 1))
        case .notBeforeAll(let elements):
            let steps = elements.map { element -> [Step] in
                if case .either(let options) = element { return options.map { atom($0) } }
                return [atom(element)]
            }
            if let index = sequences.firstIndex(of: steps) { return .notBeforeSequence(index) }
            sequences.append(steps)
            return .notBeforeSequence(sequences.count - 1)
        case .optional, .either, .sequence, .first, .second:
            preconditionFailure("lookarounds and glue take a single element or an `either` of single elements")
        }
    }

    /// The index of a lookaround's steps: one element, or the alternatives of an `either`.
    private mutating func lookaround(_ element: Element) -> Int {
        let steps: [Step]
        if case .either(let options) = element { steps = options.map { atom($0) } } else { steps = [atom(element)] }
        if let index = lookarounds.firstIndex(of: steps) { return index }
        lookarounds.append(steps)
        return lookarounds.count - 1
    }

    /// Where a step can start.
    func startSet(_ step: Step) -> StartSet {
        var set = StartSet()
        switch step {
        case .word(let id): set.words = [id]
        case .words(let index):
            for id in 0..<vocabulary.words.count where wordSets[index][id >> 6] & (1 << UInt64(id & 63)) != 0 {
                set.words.insert(Int32(id))
            }
        case .mark(let mark): set.marks = [mark]
        case .dash: set.marks = [0x2D, Punctuation.dash]
        case .month: set.classes = [.month, .monthAbbreviation]
        case .weekday: set.classes = [.weekday, .weekdayAbbreviation]
        case .day, .ordinal:
            set.numbers = true
            set.classes = [.ordinal, .cardinal]
        case .year, .bareYear, .shortYear, .clock, .numericMonth, .numericYear, .number: set.numbers = true
        case .apostropheYear: set.marks = [0x27]
        case .spokenYear: set.classes = .cardinal
        case .decade:
            set.numbers = true
            set.marks = [0x27]
            set.classes = .decadeWord
        case .count:
            set.numbers = true
            set.classes = [.cardinal, .vagueCount]
            set.words = [ids.a, ids.an]
        case .unit: set.classes = .unit
        case .season: set.classes = .season
        case .dayPart: set.classes = .dayPart
        case .relation: set.classes = .relation
        case .meridiem: set.words = Set(meridiems.entries.compactMap(\.keys.first))
        case .timeZone: set.classes = .timeZone
        case .holiday: set.words = Set(holidays.entries.compactMap(\.keys.first))
        case .glued(let inner): return startSet(gluedSteps[Int(inner)])
        default: break
        }
        return set
    }
}
