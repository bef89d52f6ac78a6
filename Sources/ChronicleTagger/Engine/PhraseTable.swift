/// Multi-word entries of a list ("more than", "Thanksgiving Day", "a.m."), as token keys, longest first.
struct PhraseTable: Sendable {
    struct Entry: Sendable {
        var keys: [Int32]
        var value: Int
    }

    private(set) var entries: [Entry] = []

    /// The key a token has in a phrase: a word's id, a mark's negated code, a number's value below.
    @inline(__always)
    static func key(_ token: Token) -> Int32 {
        switch token.kind {
        case .word: token.code
        case .punctuation: -1000 - token.code
        case .number: -100_000 - Int32(truncatingIfNeeded: min(token.value, 1_000_000))
        }
    }

    init(_ phrases: [(String, Int)], tokenizer: Tokenizer) {
        for (phrase, value) in phrases {
            var text = phrase
            let keys = text.withUTF8 { tokenizer.tokens($0) }.map(Self.key)
            entries.append(Entry(keys: keys, value: value))
        }
        entries.sort { $0.keys.count > $1.keys.count }
    }

    /// The longest entry at `index`: where it ends and its value. Later tokens must not follow a blank line.
    func match(_ tokens: [Token], at index: Int) -> (end: Int, value: Int)? {
        guard index < tokens.count else { return nil }
        let first = Self.key(tokens[index])
        for entry in entries where entry.keys[0] == first && index + entry.keys.count <= tokens.count {
            var matched = true
            for offset in 1..<max(entry.keys.count, 1) where offset < entry.keys.count {
                let token = tokens[index + offset]
                if token.paragraphBreakBefore || Self.key(token) != entry.keys[offset] {
                    matched = false
                    break
                }
            }
            if matched { return (index + entry.keys.count, entry.value) }
        }
        return nil
    }
}
