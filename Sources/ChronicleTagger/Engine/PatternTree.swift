/// The rules' patterns merged into one tree of steps, with the index from a token to the branches
/// that can start on it and the quick tests the matcher runs at every node.
///
/// `Grammar` builds it once and nothing changes it afterwards. It is a class of constants so that
/// the matcher's recursive walk holds one reference: a struct of this many arrays would be copied
/// into every frame.
final class PatternTree: Sendable {
    /// Node 0 is the root; a node's children are `children[childStart[node]..<childStart[node + 1]]`,
    /// the rules whose pattern ends there `accepts[acceptStart[node]..<acceptStart[node + 1]]`.
    let steps: [Step]
    let childStart: [Int32]
    let children: [Int32]
    let acceptStart: [Int32]
    let accepts: [Int32]
    /// For each node, a quick test of the token its step reads, so the matcher copies what it has
    /// read only for steps that can succeed.
    let filters: [NodeFilter]
    /// For each node, the union of its children's filters: when the next token fails it, no child
    /// need be tried.
    let childFilters: [NodeFilter]
    /// The root's children that can start on a word, by id (those of word `id` are
    /// `wordStartList[wordStartOffsets[id]..<wordStartOffsets[id + 1]]`); on a number; and on a
    /// mark, by code, likewise through `markStartOffsets`.
    let wordStartOffsets: [Int32]
    let wordStartList: [Int32]
    let numberStarts: [Int32]
    /// For each word, by id, a test of the token after it that every branch starting on the word
    /// needs in order to go on: most times "the" or "a" starts nothing, and one test says so.
    let wordFollowFilters: [NodeFilter]
    let markStartOffsets: [Int32]
    let markStartList: [Int32]
    /// The steps lookaround `i` tests: `lookaroundSteps[lookaroundStart[i]..<lookaroundStart[i + 1]]`.
    let lookaroundStart: [Int32]
    let lookaroundSteps: [Step]
    /// The steps of each sequence lookahead, in order, each a list of alternatives.
    let sequences: [[[Step]]]
    /// The steps that `.glued` steps read.
    let gluedSteps: [Step]
    /// The word sets of `.words` steps and filters as bitsets over vocabulary ids, end to end,
    /// `wordSetStride` words each.
    let wordSetBits: [UInt64]
    let wordSetStride: Int
    /// Each vocabulary word's classes, by id.
    let wordClasses: [WordClass]

    init(
        steps: [Step] = [], children: [[Int32]] = [], accepts: [[Int32]] = [], filters: [NodeFilter] = [],
        childFilters: [NodeFilter] = [], wordStarts: [[Int32]] = [], wordFollowFilters: [NodeFilter] = [],
        numberStarts: [Int32] = [],
        markStarts: [[Int32]] = [], lookarounds: [[Step]] = [], sequences: [[[Step]]] = [],
        gluedSteps: [Step] = [], wordSets: [[UInt64]] = [], wordClasses: [WordClass] = []
    ) {
        self.steps = steps
        (childStart, self.children) = Self.flatten(children)
        (acceptStart, self.accepts) = Self.flatten(accepts)
        self.filters = filters
        self.childFilters = childFilters
        (wordStartOffsets, wordStartList) = Self.flatten(wordStarts)
        self.wordFollowFilters = wordFollowFilters
        self.numberStarts = numberStarts
        (markStartOffsets, markStartList) = Self.flatten(markStarts)
        (lookaroundStart, lookaroundSteps) = Self.flatten(lookarounds)
        self.sequences = sequences
        self.gluedSteps = gluedSteps
        let stride = wordSets.map(\.count).max() ?? 0
        wordSetStride = stride
        wordSetBits = wordSets.flatMap { $0 + Array(repeating: 0, count: stride - $0.count) }
        self.wordClasses = wordClasses
    }

    /// Lists end to end, with the offset where each starts (and one past the last): the matcher
    /// reads flat arrays, since an array of arrays costs a reference count at every access.
    private static func flatten<Element>(_ lists: [[Element]]) -> (offsets: [Int32], elements: [Element]) {
        var offsets: [Int32] = []
        var elements: [Element] = []
        for list in lists {
            offsets.append(Int32(elements.count))
            elements += list
        }
        offsets.append(Int32(elements.count))
        return (offsets, elements)
    }

    /// Whether a node's step can read the token at all.
    @inline(__always)
    func mayRead(_ node: Int32, _ token: Token) -> Bool { passes(filters[Int(node)], token) }

    /// Whether a node's step reads exactly one word token (`.word`, `.words`).
    @inline(__always)
    func isSingleWord(_ node: Int32) -> Bool {
        switch steps[Int(node)] {
        case .word, .words: true
        default: false
        }
    }

    /// Whether a node ends a rule.
    @inline(__always)
    func accepts(_ node: Int32) -> Bool { acceptStart[Int(node)] < acceptStart[Int(node) + 1] }

    /// Whether any child of a node can read the token.
    @inline(__always)
    func anyChildMayRead(_ node: Int32, _ token: Token) -> Bool { passes(childFilters[Int(node)], token) }

    /// Whether any branch starting on word `code` can go on to `token`.
    @inline(__always)
    func anyWordStartMayGoOn(_ code: Int, _ token: Token) -> Bool { passes(wordFollowFilters[code], token) }

    @inline(__always)
    private func passes(_ filter: NodeFilter, _ token: Token) -> Bool {
        if filter.passesAll { return true }
        switch token.kind {
        case .word:
            guard token.code >= 0 else { return false }
            if filter.words >= 0, contains(Int(filter.words), token) { return true }
            return !filter.classes.isEmpty && !wordClasses[Int(token.code)].isDisjoint(with: filter.classes)
        case .number: return filter.numbers
        case .punctuation: return filter.hasMark(UInt8(truncatingIfNeeded: token.code))
        }
    }

    /// Whether a word is in a word set.
    @inline(__always)
    func contains(_ set: Int, _ token: Token) -> Bool {
        guard token.kind == .word, token.code >= 0 else { return false }
        return wordSetBits[set &* wordSetStride &+ Int(token.code) >> 6] & (1 << UInt64(token.code & 63)) != 0
    }
}
