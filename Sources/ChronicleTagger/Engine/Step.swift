/// A pattern element compiled against the vocabulary: literals are word ids, and optional or
/// alternative parts are expanded, so each rule becomes a few straight sequences of steps.
indirect enum Step: Sendable {
    case word(Int32, String)
    case words([Int32], [String])
    case mark(UInt8)
    case dash
    case month(standalone: Bool)
    case numericMonth, numericYear, weekday, day, year, bareYear, apostropheYear, shortYear, spokenYear, decade, count
    case unit(plural: Bool?)
    case season, dayPart
    case relation(offsets: [Int]?)
    case position, approximation, ordinal, clock, meridiem, timeZone, holiday
    case beginFirst, endFirst, beginSecond, endSecond
    /// Lookarounds test one token against any of their steps.
    case notAfter([Step]), after([Step]), notBefore([Step]), before([Step])
    case glued(Step)

    /// Whether the step reads no token.
    var isZeroWidth: Bool {
        switch self {
        case .beginFirst, .endFirst, .beginSecond, .endSecond, .notAfter, .after, .notBefore, .before: true
        default: false
        }
    }
}

/// The tokens a step can start on, to index rules by their first token.
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
    func expand(_ elements: [Element]) -> [[Step]] {
        var alternatives: [[Step]] = [[]]
        for element in elements {
            let options = expand(element)
            alternatives = alternatives.flatMap { prefix in options.map { prefix + $0 } }
        }
        return alternatives
    }

    private func expand(_ element: Element) -> [[Step]] {
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

    /// The step of an element that reads one thing.
    func atom(_ element: Element) -> Step {
        switch element {
        case .word(let word): return .word(vocabulary.lookup(word), word)
        case .words(let words): return .words(words.map { vocabulary.lookup($0) }, words)
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
        case .relation(let offsets): return .relation(offsets: offsets)
        case .position: return .position
        case .approximation: return .approximation
        case .ordinal: return .ordinal
        case .clock: return .clock
        case .meridiem: return .meridiem
        case .timeZone: return .timeZone
        case .holiday: return .holiday
        case .notAfter(let inner): return .notAfter(atoms(inner))
        case .after(let inner): return .after(atoms(inner))
        case .notBefore(let inner): return .notBefore(atoms(inner))
        case .before(let inner): return .before(atoms(inner))
        case .glued(let inner): return .glued(atom(inner))
        case .optional, .either, .sequence, .first, .second:
            preconditionFailure("lookarounds and glue take a single element or an `either` of single elements")
        }
    }

    /// The steps of a lookaround: one element, or the alternatives of an `either`.
    private func atoms(_ element: Element) -> [Step] {
        if case .either(let options) = element { return options.map(atom) }
        return [atom(element)]
    }

    /// Where a straight alternative can start.
    func startSet(_ steps: [Step]) -> StartSet {
        guard let first = steps.first(where: { !$0.isZeroWidth }) else { return StartSet() }
        return startSet(first)
    }

    private func startSet(_ step: Step) -> StartSet {
        var set = StartSet()
        switch step {
        case .word(let id, _): set.words = [id]
        case .words(let ids, _): set.words = Set(ids)
        case .mark(let mark): set.marks = [mark]
        case .dash: set.marks = [0x2D, Punctuation.dash]
        case .month: set.classes = [.month, .monthAbbreviation]
        case .weekday: set.classes = [.weekday, .weekdayAbbreviation]
        case .day, .ordinal:
            set.numbers = true
            set.classes = [.ordinal, .cardinal]
        case .year, .bareYear, .shortYear, .clock, .numericMonth, .numericYear: set.numbers = true
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
        case .position: set.words = Set(positions.keys)
        case .approximation: set.words = Set(approximations.entries.compactMap(\.keys.first))
        case .meridiem: set.words = Set(meridiems.entries.compactMap(\.keys.first))
        case .timeZone: set.classes = .timeZone
        case .holiday: set.words = Set(holidays.entries.compactMap(\.keys.first))
        case .glued(let inner): return startSet(inner)
        default: break
        }
        return set
    }
}
