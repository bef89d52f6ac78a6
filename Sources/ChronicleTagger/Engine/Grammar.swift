/// A rule set compiled once: the vocabulary with every literal the rules use, the phrase tables,
/// the rules' patterns merged into one tree of steps, and an index from a token to the branches of
/// the tree that can start on it.
struct Grammar: Sendable {
    /// Ids of words the elements read directly.
    struct WordIDs: Sendable {
        var a: Int32 = -1, an: Int32 = -1, and: Int32 = -1, or: Int32 = -1, half: Int32 = -1, of: Int32 = -1
        var today: Int32 = -1, be: Int32 = -1, at: Int32 = -1
        var couple: Int32 = -1, s: Int32 = -1, hundred: Int32 = -1, thousand: Int32 = -1, oh: Int32 = -1
        var dozen: Int32 = -1, set: Int32 = -1, to: Int32 = -1, `for`: Int32 = -1, early: Int32 = -1,
            `as`: Int32 = -1, until: Int32 = -1, till: Int32 = -1, had: Int32 = -1, have: Int32 = -1,
            ended: Int32 = -1, ending: Int32 = -1, by: Int32 = -1, on: Int32 = -1, the: Int32 = -1,
            before: Int32 = -1, after: Int32 = -1, next: Int32 = -1, could: Int32 = -1, not: Int32 = -1
        /// "later", "afterwards", "afterward": after a duration, it leads to a date.
        var later: Int32 = -1, afterwards: Int32 = -1, afterward: Int32 = -1
        /// "earlier": before "that year", it moves the story's time, as "later" does.
        var earlier: Int32 = -1
        /// "when": after a year and a comma, it opens a clause set in that year.
        var when: Int32 = -1
        /// "late": a hedge before a weekday ("until late Sunday"); with "mid", before a month ("to
        /// mid-March").
        var late: Int32 = -1, mid: Int32 = -1
        /// "since": before a year, it opens a time that runs to now.
        var since: Int32 = -1
        /// "never", and the "t" of "didn't": with "not", they deny ("was not called until Wednesday").
        var never: Int32 = -1, t: Int32 = -1
        /// "Daily", "Weekly": capitalized inside a sentence, a paper's name.
        var daily: Int32 = -1, weekly: Int32 = -1
        /// "from", "least": "from at least 2005" bounds a year.
        var from: Int32 = -1, least: Int32 = -1
        /// "in": joins a recurring month to its set ("annually in June").
        var `in`: Int32 = -1
        /// "that": before a form in "-s", it opens a clause ("the year that begins Oct. 1").
        var that: Int32 = -1
        /// "which": opens a clause about the period before it ("fiscal 2013, which ended June 30").
        var which: Int32 = -1
        /// "blame": "who is to blame" is no plan.
        var blame: Int32 = -1
        /// "then": after "could", a step still to come ("could then be voted on Monday").
        var then: Int32 = -1
        /// "looking": ahead before "to" ("is looking to be Monday"), a search before "for".
        var looking: Int32 = -1
        /// "did", "didn": before a plain verb, its past ("didn't vote in November").
        var did: Int32 = -1, didn: Int32 = -1
        /// "won": with "'t", the verb ("1991 won't"), not the currency.
        var won: Int32 = -1
        /// "than": before a plan's word, a comparison ("better than expected").
        var than: Int32 = -1
        /// "ahead", "advance": "ahead of Friday's vote" waits for it.
        var ahead: Int32 = -1, advance: Int32 = -1
    }

    private(set) var vocabulary: Vocabulary
    private(set) var ids = WordIDs()
    private(set) var meridiems = PhraseTable([], tokenizer: Tokenizer(vocabulary: Vocabulary()))
    private(set) var holidays = PhraseTable([], tokenizer: Tokenizer(vocabulary: Vocabulary()))
    /// Holiday dates: a fixed day (`month`, `day`), the first `weekday` on or after day `fromDay` of
    /// `month`, or (month 0) the feast `fromDay` days from Easter Sunday.
    private(set) var holidayDates: [(month: Int, day: Int, weekday: Int, fromDay: Int)] = []
    private(set) var absorber: PrefixAbsorber
    private(set) var rules: [Rule] = []
    /// Sets of words that `.words` steps test, as bitsets over vocabulary ids, while the tree is built.
    var wordSets: [[UInt64]] = []
    var wordSetIndex: [Set<Int32>: Int] = [:]
    /// The steps each lookaround tests, while the tree is built.
    var lookarounds: [[Step]] = []
    /// The steps of each sequence lookahead, in order, while the tree is built.
    var sequences: [[[Step]]] = []
    /// The steps that `.glued` steps read, while the tree is built.
    var gluedSteps: [Step] = []
    /// The rules' alternatives merged into one tree, which the matcher walks.
    private(set) var tree = PatternTree()

    var tokenizer: Tokenizer { Tokenizer(vocabulary: vocabulary) }

    init(rules ruleList: [Rule]) {
        var vocabulary = Vocabulary.english()
        for rule in ruleList { Self.collectWords(rule.pattern, into: &vocabulary) }
        let phraseLists = [
            Lexicon.fixedHolidays.map(\.phrase),
            Lexicon.weekdayHolidays.map(\.phrase), Lexicon.easterHolidays.map(\.phrase),
            ["a.m.", "a.m", "am", "p.m.", "p.m", "pm", "a", "p", "m"],
            Lexicon.rangeOpeners, Lexicon.rangeConnectors, Lexicon.pointPrefixes.map(\.phrase),
            Lexicon.durationPrefixes.map(\.phrase), Lexicon.agoPrefixes.map(\.phrase),
            Lexicon.countPrefixes.map(\.phrase), Lexicon.suffixes.map(\.phrase),
        ]
        for word in phraseLists.joined().flatMap(Self.letterRuns) { _ = vocabulary.id(word) }
        ids = WordIDs(
            a: vocabulary.id("a"), an: vocabulary.id("an"), and: vocabulary.id("and"), or: vocabulary.id("or"),
            half: vocabulary.id("half"), of: vocabulary.id("of"), today: vocabulary.id("today"),
            be: vocabulary.id("be"), at: vocabulary.id("at"), couple: vocabulary.id("couple"), s: vocabulary.id("s"),
            hundred: vocabulary.id("hundred"), thousand: vocabulary.id("thousand"), oh: vocabulary.id("oh"),
            dozen: vocabulary.id("dozen"), set: vocabulary.id("set"),
            to: vocabulary.id("to"), for: vocabulary.id("for"), early: vocabulary.id("early"), as: vocabulary.id("as"),
            until: vocabulary.id("until"), till: vocabulary.id("till"), had: vocabulary.id("had"),
            have: vocabulary.id("have"), ended: vocabulary.id("ended"), ending: vocabulary.id("ending"),
            by: vocabulary.id("by"), on: vocabulary.id("on"), the: vocabulary.id("the"),
            before: vocabulary.id("before"), after: vocabulary.id("after"), next: vocabulary.id("next"),
            could: vocabulary.id("could"), not: vocabulary.id("not"),
            later: vocabulary.id("later"),
            afterwards: vocabulary.id("afterwards"),
            afterward: vocabulary.id("afterward"), earlier: vocabulary.id("earlier"),
            when: vocabulary.id("when"), late: vocabulary.id("late"), mid: vocabulary.id("mid"),
            since: vocabulary.id("since"), never: vocabulary.id("never"), t: vocabulary.id("t"),
            daily: vocabulary.id("daily"), weekly: vocabulary.id("weekly"),
            from: vocabulary.id("from"), least: vocabulary.id("least"), in: vocabulary.id("in"),
            that: vocabulary.id("that"), which: vocabulary.id("which"),
            blame: vocabulary.id("blame"), then: vocabulary.id("then"), looking: vocabulary.id("looking"),
            did: vocabulary.id("did"), didn: vocabulary.id("didn"), won: vocabulary.id("won"),
            than: vocabulary.id("than"), ahead: vocabulary.id("ahead"), advance: vocabulary.id("advance"))
        self.vocabulary = vocabulary
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        meridiems = PhraseTable(
            [("a.m.", 0), ("a.m", 0), ("am", 0), ("p.m.", 12), ("p.m", 12), ("pm", 12)], tokenizer: tokenizer)
        holidayDates =
            Lexicon.fixedHolidays.map { ($0.month, $0.day, 0, 0) }
            + Lexicon.weekdayHolidays.map { ($0.month, 0, $0.weekday, $0.fromDay) }
            + Lexicon.easterHolidays.map { (0, 0, 0, $0.daysFromEaster) }
        let holidayPhrases =
            Lexicon.fixedHolidays.map(\.phrase) + Lexicon.weekdayHolidays.map(\.phrase)
            + Lexicon.easterHolidays.map(\.phrase)
        holidays = PhraseTable(holidayPhrases.enumerated().map { ($1, $0) }, tokenizer: tokenizer)
        absorber = PrefixAbsorber(tokenizer: tokenizer)

        rules = ruleList
        buildTree(ruleList.map { expand($0.pattern) })
    }

    /// Merges every rule's alternatives into the tree, then indexes the root's children by the
    /// tokens their patterns can start on.
    private mutating func buildTree(_ alternatives: [[[Step]]]) {
        var nodeSteps: [Step] = [.beginFirst]
        var nodeChildren: [[Int32]] = [[]]
        var nodeAccepts: [[Int32]] = [[]]
        var lookup: [[Step: Int32]] = [[:]]
        for (rule, list) in alternatives.enumerated() {
            for steps in list {
                var node: Int32 = 0
                for step in steps {
                    if let child = lookup[Int(node)][step] {
                        node = child
                        continue
                    }
                    let child = Int32(nodeSteps.count)
                    nodeSteps.append(step)
                    nodeChildren.append([])
                    nodeAccepts.append([])
                    lookup.append([:])
                    nodeChildren[Int(node)].append(child)
                    lookup[Int(node)][step] = child
                    node = child
                }
                if !nodeAccepts[Int(node)].contains(Int32(rule)) { nodeAccepts[Int(node)].append(Int32(rule)) }
            }
        }
        // What a node can read next: a zero-width step (a range's opening, a lookaround) reads
        // what its children read, unless a rule may end there (nil: anything goes).
        func readable(_ node: Int32) -> StartSet? {
            let step = nodeSteps[Int(node)]
            if step.readsAnyWord { return nil }
            guard step.isZeroWidth else { return startSet(step) }
            if !nodeAccepts[Int(node)].isEmpty { return nil }
            return childrenRead(node)
        }
        // What the children of a node can read (nil: anything).
        func childrenRead(_ node: Int32) -> StartSet? {
            var set = StartSet()
            for child in nodeChildren[Int(node)] {
                guard let inner = readable(child) else { return nil }
                set.formUnion(inner)
            }
            return set
        }
        func filter(_ set: StartSet?) -> NodeFilter {
            guard let set else { return NodeFilter(passesAll: true) }
            var filter = NodeFilter(passesAll: false)
            filter.classes = set.classes
            filter.numbers = set.numbers
            for mark in set.marks { filter.addMark(mark) }
            if !set.words.isEmpty { filter.words = Int32(wordSet(ids: set.words)) }
            return filter
        }
        // A node's own filter: a zero-width step passes the token on, and a step that can read a
        // word in no list takes any.
        let filters = nodeSteps.map { step in
            step.isZeroWidth || step.readsAnyWord ? NodeFilter(passesAll: true) : filter(startSet(step))
        }
        let childSets = nodeChildren.indices.map { childrenRead(Int32($0)) }
        let childFilters = childSets.map(filter)

        func start(_ node: Int32) -> StartSet {
            let step = nodeSteps[Int(node)]
            guard step.isZeroWidth else { return startSet(step) }
            var set = StartSet()
            for child in nodeChildren[Int(node)] { set.formUnion(start(child)) }
            return set
        }
        var wordStarts: [[Int32]] = Array(repeating: [], count: vocabulary.words.count)
        var numberStarts: [Int32] = []
        var markStarts: [[Int32]] = Array(repeating: [], count: 256)
        for child in nodeChildren[0] {
            let set = start(child)
            for (id, info) in vocabulary.words.enumerated()
            where set.words.contains(Int32(id)) || !info.classes.isDisjoint(with: set.classes) {
                wordStarts[id].append(child)
            }
            if set.numbers { numberStarts.append(child) }
            for mark in set.marks { markStarts[Int(mark)].append(child) }
        }
        // After a word, what the next token must be for any branch starting on the word to go on
        // (nil: anything). A zero-width step passes the question to its children that start on the
        // word; a branch that reads more than the word, or ends a rule on it, takes any token.
        func follow(_ node: Int32, after id: Int) -> StartSet? {
            let step = nodeSteps[Int(node)]
            guard nodeAccepts[Int(node)].isEmpty else { return nil }
            if step.isZeroWidth {
                var set = StartSet()
                for child in nodeChildren[Int(node)] {
                    let starts = start(child)
                    guard
                        starts.words.contains(Int32(id))
                            || !vocabulary.words[id].classes.isDisjoint(with: starts.classes)
                    else { continue }
                    guard let inner = follow(child, after: id) else { return nil }
                    set.formUnion(inner)
                }
                return set
            }
            switch step {
            case .word, .words: return childSets[Int(node)]
            default: return nil
            }
        }
        let wordFollowFilters = wordStarts.enumerated().map { id, starts -> NodeFilter in
            var union = StartSet()
            for node in starts {
                guard let set = follow(node, after: id) else { return NodeFilter(passesAll: true) }
                union.formUnion(set)
            }
            return filter(union)
        }
        tree = PatternTree(
            steps: nodeSteps, children: nodeChildren, accepts: nodeAccepts, filters: filters,
            childFilters: childFilters, wordStarts: wordStarts, wordFollowFilters: wordFollowFilters,
            numberStarts: numberStarts, markStarts: markStarts,
            lookarounds: lookarounds, sequences: sequences, gluedSteps: gluedSteps, wordSets: wordSets,
            wordClasses: vocabulary.words.map(\.classes))
    }

    private static func collectWords(_ elements: [Element], into vocabulary: inout Vocabulary) {
        for element in elements {
            switch element {
            case .word(let word): _ = vocabulary.id(word)
            case .words(let words): words.forEach { _ = vocabulary.id($0) }
            case .optional(let inner), .notAfter(let inner), .after(let inner), .notBefore(let inner),
                .before(let inner), .glued(let inner):
                collectWords([inner], into: &vocabulary)
            case .either(let inner), .sequence(let inner), .first(let inner), .second(let inner),
                .notBeforeAll(let inner):
                collectWords(inner, into: &vocabulary)
            default: break
            }
        }
    }

    private static func letterRuns(_ phrase: String) -> [String] {
        phrase.lowercased().split { !("a"..."z").contains($0) }.map(String.init)
    }
}
