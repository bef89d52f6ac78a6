/// A trie over lowercase ASCII letters, built once from word lists; looks words up in the text's
/// bytes without making strings. Apostrophes, periods and hyphens inside an entry are kept as
/// separate tokens, so entries hold letters only.
struct ByteTrie: Sendable {
    private var transitions: [Int32] = Array(repeating: 0, count: 26)
    private var values: [Int32] = [-1]

    /// Adds `word` (ASCII letters, any case) with `value`; a second insert of the same word keeps the first.
    mutating func insert(_ word: String, value: Int32) {
        var node = 0
        for byte in word.utf8 {
            let letter = Int((byte | 0x20) &- 0x61)
            guard letter >= 0, letter < 26 else { return }
            var next = Int(transitions[node * 26 + letter])
            if next == 0 {
                next = values.count
                values.append(-1)
                transitions.append(contentsOf: repeatElement(0, count: 26))
                transitions[node * 26 + letter] = Int32(next)
            }
            node = next
        }
        if values[node] < 0 { values[node] = value }
    }

    /// The value of the word in `bytes[start..<end]`, ignoring ASCII case; -1 when absent.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        var node = 0
        var index = start
        while index < end {
            let letter = Int((bytes[index] | 0x20) &- 0x61)
            if letter < 0 || letter >= 26 { return -1 }
            node = Int(transitions[node &* 26 &+ letter])
            if node == 0 { return -1 }
            index += 1
        }
        return values[node]
    }

    /// The value of a whole string, for building tables.
    func value(of word: String) -> Int32 {
        var copy = word
        return copy.withUTF8 { value($0, 0, $0.count) }
    }
}
