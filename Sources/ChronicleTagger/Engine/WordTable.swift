/// The vocabulary's words as a hash table over their lowercase ASCII bytes, built once: the
/// tokenizer hashes a word while it reads it and looks it up with one probe, so words in no list
/// (most of a text) cost almost nothing.
///
/// Open addressing with linear probing; a slot holds the word's 32-bit hash and its id + 1 (0 is
/// empty). A hit is confirmed against the stored spelling, ignoring ASCII case.
struct WordTable: Sendable {
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)
    /// One bit for each value of a hash's top 16 bits, set when a word of the table has it: 8 KB
    /// that stay in the first-level cache, where the slots do not, and that turn most words of a
    /// text (in no list) away before the slots are read.
    private var present: [UInt64] = Array(repeating: 0, count: 1024)
    private var spellings: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var count = 0

    /// FNV-1a over lowercase bytes: start with `seed`, then `step` each byte.
    static let seed: UInt32 = 2_166_136_261

    @inline(__always)
    static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte | 0x20)) &* 16_777_619 }

    /// Adds `word` (ASCII letters, any case) as id `value`; ids must be added in order 0, 1, 2 …
    mutating func insert(_ word: String, value: Int32) {
        precondition(Int(value) == count, "word ids are assigned in order")
        let bytes = Array(word.utf8).map { $0 | 0x20 }
        spellings += bytes
        offsets.append(Int32(spellings.count))
        count += 1
        if count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(hash(bytes), value) }
    }

    private func hash(_ bytes: [UInt8]) -> UInt32 { bytes.reduce(Self.seed, Self.step) }

    @inline(__always)
    private static func presenceBit(_ hash: UInt32) -> (word: Int, mask: UInt64) {
        (Int(hash >> 22), 1 << UInt64((hash >> 16) & 63))
    }

    private mutating func place(_ hash: UInt32, _ value: Int32) {
        let bit = Self.presenceBit(hash)
        present[bit.word] |= bit.mask
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt64(hash) << 32 | UInt64(UInt32(value) + 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        for id in 0..<count {
            place(hash(Array(spellings[Int(offsets[id])..<Int(offsets[id + 1])])), Int32(id))
        }
    }

    /// The id of the word in `bytes[start..<end]` whose FNV-1a hash is `hash`; -1 when absent.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt32) -> Int32 {
        let bit = Self.presenceBit(hash)
        if present[bit.word] & bit.mask == 0 { return -1 }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return -1 }
            if UInt32(entry >> 32) == hash {
                let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                let from = Int(offsets[id])
                if Int(offsets[id + 1]) - from == end - start {
                    var same = true
                    for offset in 0..<(end - start) where spellings[from + offset] != bytes[start + offset] | 0x20 {
                        same = false
                        break
                    }
                    if same { return Int32(id) }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of a whole string, for building tables; -1 when absent.
    func value(of word: String) -> Int32 {
        var copy = word
        return copy.withUTF8 { bytes in
            var hash = Self.seed
            for byte in bytes { hash = Self.step(hash, byte) }
            return value(bytes, 0, bytes.count, hash: hash)
        }
    }
}
