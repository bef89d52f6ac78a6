/// Word-start matching of short phrases, as the category and action lists use it: "repatriat"
/// matches "repatriated", "send back" matches "send" followed by "back".
enum Phrases {
    /// Lowercase words of a text, letters, digits and inner apostrophes, hyphens and periods.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for var scalar in text.lowercased().unicodeScalars {
            if scalar == "\u{2019}" { scalar = "'" }
            if isLetterOrDigit(scalar)
                || (!current.isEmpty && (scalar == "'" || scalar == "-" || scalar == "."))
            {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append(trimmed(current))
                current = ""
            }
        }
        if !current.isEmpty { result.append(trimmed(current)) }
        return result.filter { !$0.isEmpty }
    }

    private static func trimmed(_ word: String) -> String {
        var word = word
        while let last = word.last, last == "." || last == "-" || last == "'" { word.removeLast() }
        if word.hasSuffix("'s") { word.removeLast(2) }
        return word
    }

    /// How many times a phrase occurs in the words, each phrase word matching a word.
    static func count(_ phrase: [String], in words: [String]) -> Int {
        guard !phrase.isEmpty, words.count >= phrase.count else { return 0 }
        var hits = 0
        for start in 0...(words.count - phrase.count)
        where zip(phrase, words[start...]).allSatisfy({ matches($0, $1) }) {
            hits += 1
        }
        return hits
    }

    /// Endings a short keyword may take: "ban" matches "bans" and "banned", not "bank".
    static let inflections: Set<String> = [
        "", "s", "es", "ed", "d", "ing", "er", "ers", "ion", "ions", "ment", "ments",
    ]

    /// Whether a keyword matches a word: a stem of six letters or more matches any word it
    /// starts ("repatriat" → "repatriation"); a shorter one only with an inflection.
    static func matches(_ keyword: String, _ word: String) -> Bool {
        // "reportedly" tells how, not what: an adverb only matches a keyword that is one.
        if word.hasSuffix("ly"), !keyword.hasSuffix("ly"), word.count > keyword.count + 2 { return false }
        if word.hasPrefix(keyword) {
            if keyword.count >= 6 { return true }
            let suffix = String(word.dropFirst(keyword.count))
            if inflections.contains(suffix) { return true }
            if let first = suffix.first, first == keyword.last, inflections.contains(String(suffix.dropFirst())) {
                return true
            }
            return false
        }
        if keyword.hasSuffix("e"), word.hasPrefix(keyword.dropLast()) {
            return ["ing", "ion", "ions", "al", "als"].contains(String(word.dropFirst(keyword.count - 1)))
        }
        return false
    }

    /// Letters and digits, with a fast path for ASCII.
    @inline(__always) static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        return scalar.properties.isAlphabetic
    }

    /// Adverb particles that may stand after a verb's object ("sent the workers back").
    static let particles: Set<String> = ["back", "home", "out", "off", "up", "down", "away"]

    /// Splits a phrase as written in a list ("send back") into its words.
    static func split(_ phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }
}

/// Keyword phrases grouped by how their first word starts, so that matching a text costs a
/// look-up per word instead of a comparison per keyword.
struct PhraseIndex: Sendable {
    private var phrases: [(words: [String], tag: Int)] = []
    private var byStart: [String: [Int]] = [:]

    /// Indexes phrases, each with a tag (the index of its list: a category, an action class).
    init(_ tagged: [(phrase: String, tag: Int)]) {
        for (phrase, tag) in tagged {
            let words = Phrases.split(phrase.lowercased())
            guard let first = words.first else { continue }
            byStart[Self.key(first), default: []].append(phrases.count)
            phrases.append((words, tag))
        }
    }

    private static func key(_ word: String) -> String { String(word.prefix(3)) }

    /// For each tag, how many of its phrases occur in the words (each phrase counted once).
    func tags(in words: [String]) -> [Int: Int] {
        var found = Set<Int>()
        for (position, word) in words.enumerated() {
            for candidate in byStart[Self.key(word)] ?? [] where !found.contains(candidate) {
                let phrase = phrases[candidate].words
                guard position + phrase.count <= words.count else { continue }
                if zip(phrase, words[position...]).allSatisfy({ Phrases.matches($0, $1) }) {
                    found.insert(candidate)
                } else if phrase.count == 2, Phrases.particles.contains(phrase[1]),
                    Phrases.matches(phrase[0], word),
                    words[(position + 1)..<min(words.count, position + 8)].contains(phrase[1])
                {
                    // "sent about 60 refugees back": a verb and its particle around the object.
                    found.insert(candidate)
                }
            }
        }
        var result: [Int: Int] = [:]
        for candidate in found { result[phrases[candidate].tag, default: 0] += 1 }
        return result
    }
}
