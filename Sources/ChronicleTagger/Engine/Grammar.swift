/// A rule set compiled once: the vocabulary with every literal the rules use, the phrase tables,
/// each rule's straight alternatives, and an index from a token to the rules that can start on it.
struct Grammar: Sendable {
    struct CompiledRule: Sendable {
        var rule: Rule
        var alternatives: [[Step]]
    }

    /// Ids of words the elements read directly.
    struct WordIDs: Sendable {
        var a: Int32 = -1, an: Int32 = -1, and: Int32 = -1, half: Int32 = -1, of: Int32 = -1
        var couple: Int32 = -1, s: Int32 = -1, hundred: Int32 = -1, thousand: Int32 = -1, oh: Int32 = -1
        var old: Int32 = -1, dozen: Int32 = -1, set: Int32 = -1, to: Int32 = -1, early: Int32 = -1, `as`: Int32 = -1
    }

    private(set) var vocabulary: Vocabulary
    private(set) var ids = WordIDs()
    private(set) var positions: [Int32: String] = [:]
    private(set) var approximations = PhraseTable([], tokenizer: Tokenizer(vocabulary: Vocabulary()))
    private(set) var meridiems = PhraseTable([], tokenizer: Tokenizer(vocabulary: Vocabulary()))
    private(set) var holidays = PhraseTable([], tokenizer: Tokenizer(vocabulary: Vocabulary()))
    /// Holiday values: a fixed day (`month * 100 + day`) or a weekday of a month (negative, encoded).
    private(set) var holidayDates: [(month: Int, day: Int, weekday: Int, week: Int)] = []
    /// Approximation modifiers by phrase value.
    private(set) var approximationModifiers: [String] = []
    /// Words a year may follow even below 1600 ("in 1066").
    private(set) var yearPrepositions: Set<Int32> = []
    /// Words after which a four-digit number is an amount ("about 1500").
    private(set) var amountWords: Set<Int32> = []
    /// Words that say an expression lies ahead.
    private(set) var futureCues: Set<Int32> = []
    /// Past forms that do not end in "-ed".
    private(set) var pastCues: Set<Int32> = []
    private(set) var absorber: PrefixAbsorber
    private(set) var rules: [CompiledRule] = []
    private(set) var wordStarts: [[Int]] = []
    private(set) var numberStarts: [Int] = []
    private(set) var markStarts: [[Int]] = Array(repeating: [], count: 256)

    var tokenizer: Tokenizer { Tokenizer(vocabulary: vocabulary) }

    init(rules ruleList: [Rule]) {
        vocabulary = Vocabulary.english()
        for rule in ruleList { Self.collectWords(rule.pattern, into: &vocabulary) }
        let phraseLists = [
            Lexicon.approximations.map(\.phrase), Lexicon.fixedHolidays.map(\.phrase),
            Lexicon.weekdayHolidays.map(\.phrase), ["a.m.", "a.m", "am", "p.m.", "p.m", "pm", "a", "p", "m"],
            Lexicon.yearPrepositions, Lexicon.amountWords, Lexicon.futureCues, Lexicon.pastCues,
            Lexicon.rangeOpeners, Lexicon.rangeConnectors, Lexicon.pointPrefixes.map(\.phrase),
            Lexicon.durationPrefixes.map(\.phrase), Lexicon.agoPrefixes.map(\.phrase),
            Lexicon.countPrefixes.map(\.phrase), Lexicon.suffixes.map(\.phrase),
        ]
        for word in phraseLists.joined().flatMap(Self.letterRuns) { _ = vocabulary.id(word) }
        ids = WordIDs(
            a: vocabulary.id("a"), an: vocabulary.id("an"), and: vocabulary.id("and"), half: vocabulary.id("half"),
            of: vocabulary.id("of"), couple: vocabulary.id("couple"), s: vocabulary.id("s"),
            hundred: vocabulary.id("hundred"), thousand: vocabulary.id("thousand"), oh: vocabulary.id("oh"),
            old: vocabulary.id("old"), dozen: vocabulary.id("dozen"), set: vocabulary.id("set"),
            to: vocabulary.id("to"), early: vocabulary.id("early"), as: vocabulary.id("as"))
        for (word, modifier) in Lexicon.positions { positions[vocabulary.id(word)] = modifier }
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        approximationModifiers = Lexicon.approximations.map(\.modifier)
        approximations = PhraseTable(
            Lexicon.approximations.enumerated().map { ($1.phrase, $0) }, tokenizer: tokenizer)
        meridiems = PhraseTable(
            [("a.m.", 0), ("a.m", 0), ("am", 0), ("p.m.", 12), ("p.m", 12), ("pm", 12)], tokenizer: tokenizer)
        holidayDates =
            Lexicon.fixedHolidays.map { ($0.month, $0.day, 0, 0) }
            + Lexicon.weekdayHolidays.map { ($0.month, 0, $0.weekday, $0.week) }
        let holidayPhrases = Lexicon.fixedHolidays.map(\.phrase) + Lexicon.weekdayHolidays.map(\.phrase)
        holidays = PhraseTable(holidayPhrases.enumerated().map { ($1, $0) }, tokenizer: tokenizer)
        absorber = PrefixAbsorber(tokenizer: tokenizer)
        yearPrepositions = Set(Lexicon.yearPrepositions.map { vocabulary.id($0) })
        amountWords = Set(Lexicon.amountWords.map { vocabulary.id($0) })
        futureCues = Set(Lexicon.futureCues.map { vocabulary.id($0) })
        pastCues = Set(Lexicon.pastCues.map { vocabulary.id($0) })

        rules = ruleList.map { CompiledRule(rule: $0, alternatives: expand($0.pattern)) }
        wordStarts = Array(repeating: [], count: vocabulary.words.count)
        for (index, compiled) in rules.enumerated() {
            var start = StartSet()
            for alternative in compiled.alternatives { start.formUnion(startSet(alternative)) }
            for id in start.words where id >= 0 { wordStarts[Int(id)].append(index) }
            if !start.classes.isEmpty {
                for (id, info) in vocabulary.words.enumerated()
                where !info.classes.isDisjoint(with: start.classes) && wordStarts[id].last != index {
                    wordStarts[id].append(index)
                }
            }
            if start.numbers { numberStarts.append(index) }
            for mark in start.marks { markStarts[Int(mark)].append(index) }
        }
    }

    /// The rules that can start on a token, in rule order.
    @inline(__always)
    func candidates(_ token: Token) -> [Int] {
        switch token.kind {
        case .word: token.code >= 0 ? wordStarts[Int(token.code)] : []
        case .number: numberStarts
        case .punctuation: markStarts[Int(token.code & 0xFF)]
        }
    }

    private static func collectWords(_ elements: [Element], into vocabulary: inout Vocabulary) {
        for element in elements {
            switch element {
            case .word(let word): _ = vocabulary.id(word)
            case .words(let words): words.forEach { _ = vocabulary.id($0) }
            case .optional(let inner), .notAfter(let inner), .after(let inner), .notBefore(let inner),
                .before(let inner), .glued(let inner):
                collectWords([inner], into: &vocabulary)
            case .either(let inner), .sequence(let inner), .first(let inner), .second(let inner):
                collectWords(inner, into: &vocabulary)
            default: break
            }
        }
    }

    private static func letterRuns(_ phrase: String) -> [String] {
        phrase.lowercased().split { !("a"..."z").contains($0) }.map(String.init)
    }
}
