import ChronicleText

/// What merging compares between two mentions: their words (stems, with names made canonical
/// and acronyms spelled out), which of them are names, their action classes, and the counts
/// they state.
struct MentionFeatures {
    /// Stems of the content words, and canonical names ("un", "north-korea").
    var terms: Set<String> = []
    /// The terms written as names (capitalized inside the sentence, or a known name).
    var names: Set<String> = []
    /// Action classes (`Lexicon.actionClasses`).
    var actions: Set<String> = []
    /// Counts written in figures ("1,127", "60"), years left out.
    var numbers: Set<Int> = []

    /// The names of the title alone: what a dated document is called ("UN Commission of Inquiry").
    var titleNames: Set<String> = []

    init(_ mention: Mention, acronyms: [String: [String]]) {
        let text = mention.scope + " " + mention.event.title
        (terms, names, numbers) = Self.read(text, acronyms: acronyms)
        titleNames = Self.read(mention.event.title, acronyms: acronyms).names
        let actionText = mention.kind == .document ? mention.event.title : text
        actions = Actions.classes(in: Phrases.words(actionText))
    }

    /// The terms, names and counts of a text.
    static func read(_ text: String, acronyms: [String: [String]]) -> (
        terms: Set<String>, names: Set<String>, numbers: Set<Int>
    ) {
        var terms = Set<String>()
        var names = Set<String>()
        var numbers = Set<Int>()
        var words: [(lower: String, isName: Bool)] = []
        for (position, word) in casedWords(text).enumerated() {
            let lower = word.lowercased()
            if let expansion = acronyms[lower] {
                words += expansion.map { ($0, true) }
            } else {
                words.append((lower, position > 0 && (word.first?.isUppercase ?? false)))
            }
        }
        var index = 0
        while index < words.count {
            if let alias = aliases[words[index].lower]?.first(where: { alias in
                index + alias.words.count <= words.count
                    && zip(alias.words, words[index...]).allSatisfy { $0 == $1.lower }
            }) {
                terms.insert(alias.canonical)
                names.insert(alias.canonical)
                index += alias.words.count
                continue
            }
            let (word, isName) = words[index]
            index += 1
            // "Resolution 2397", "Article 5": a number after a name identifies, it does not count.
            if word.first?.isNumber == true, index >= 2, words[index - 2].isName, !word.contains(",") {
                terms.insert(word)
                names.insert(word)
                continue
            }
            if let number = count(word) {
                numbers.insert(number)
                continue
            }
            guard word.count > 2, !EventID.stopWords.contains(word), !Lexicon.weakWords.contains(word),
                !dateWords.contains(word), word.first?.isNumber == false
            else { continue }
            let stem = stem(word)
            terms.insert(stem)
            if isName { names.insert(stem) }
        }
        return (terms, names, numbers)
    }

    /// The name aliases by their first word, longest first.
    static let aliases: [String: [NameAlias]] = Dictionary(grouping: Lexicon.nameAliases) { $0.words[0] }
        .mapValues { $0.sorted { $0.words.count > $1.words.count } }

    /// Words with their case: letters, digits, inner apostrophes, hyphens and periods.
    static func casedWords(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            while let last = current.last, last == "." || last == "-" || last == "'" || last == "\u{2019}" {
                current.removeLast()
            }
            if current.hasSuffix("'s") || current.hasSuffix("\u{2019}s") { current.removeLast(2) }
            if !current.isEmpty { result.append(current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if Phrases.isLetterOrDigit(scalar)
                || (!current.isEmpty && [",", "'", "\u{2019}", "-", "."].contains(scalar)
                    && (scalar != "," || current.last?.isNumber == true))
            {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        // A comma that did not sit between digits ends the word.
        return result.flatMap { word -> [String] in
            guard word.contains(",") else { return [word] }
            return word.split(separator: ",").map(String.init).allSatisfy({ $0.allSatisfy(\.isNumber) })
                ? [word] : word.split(separator: ",").map(String.init)
        }
    }

    /// A count written in figures: "1,127" or "30,000" (not a year such as "2019").
    static func count(_ word: String) -> Int? {
        var value = 0
        var digits = 0
        var hasComma = false
        for byte in word.utf8 {
            if byte == UInt8(ascii: ",") {
                hasComma = true
                continue
            }
            guard byte >= 0x30, byte <= 0x39, digits < 18 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
        }
        guard digits > 0 else { return nil }
        if !hasComma, digits == 4, (1000...2199).contains(value) { return nil }
        return value >= 10 ? value : nil
    }

    static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
        "today", "tomorrow", "week", "weeks", "month", "months", "year", "years", "day", "days", "quarter", "end",
        "beginning", "early", "late", "mid", "later", "earlier", "deadline",
    ]

    /// A light stem: "violations" and "violated" both give "violat".
    static func stem(_ word: String) -> String {
        var word = word
        for suffix in ["ations", "ation", "ions", "ion", "ings", "ing", "ies", "ied", "es", "ed", "s", "e", "al"]
        where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
            word.removeLast(suffix.count)
            if suffix == "ies" || suffix == "ied" { word += "y" }
            break
        }
        return word
    }

    /// Acronyms the texts define: "UN Commission of Inquiry (COI)" makes `coi` stand for
    /// "commission of inquiry", "Office of the High Commissioner for Human Rights (OHCHR)" for
    /// "office of the high commissioner for human rights".
    static func acronyms(in texts: [String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for text in texts where text.contains("(") {
            let raw = text.replacingOccurrences(of: "(", with: " ( ").replacingOccurrences(of: ")", with: " ) ")
                .split(separator: " ").map(String.init)
            for (index, token) in raw.enumerated() where token == "(" && index + 2 < raw.count && raw[index + 2] == ")"
            {
                let acronym = raw[index + 1]
                guard acronym.count >= 2, acronym.count <= 8, acronym.allSatisfy({ $0.isUppercase || $0 == "." }),
                    result[acronym.lowercased()] == nil
                else { continue }
                let before = casedWords(raw[..<index].joined(separator: " ")).suffix(12)
                if let expansion = expand(Array(acronym.filter(\.isLetter)), Array(before)) {
                    result[acronym.lowercased()] = expansion.map { $0.lowercased() }
                }
            }
        }
        return result
    }

    /// The words at the end of `words` whose initials spell `letters`; small words may be
    /// skipped or spelled.
    private static func expand(_ letters: [Character], _ words: [String]) -> [String]? {
        let small: Set<String> = ["of", "the", "for", "and", "on", "in", "to"]
        func match(_ letter: Int, _ word: Int) -> Int? {
            if letter < 0 { return word + 1 }
            guard word >= 0 else { return nil }
            let candidate = words[word]
            let initial = candidate.first.map { Character($0.uppercased()) }
            if initial == Character(letters[letter].uppercased()),
                candidate.first?.isUppercase == true
                    || small.contains(candidate.lowercased()),
                let start = match(letter - 1, word - 1)
            {
                return start
            }
            if small.contains(candidate.lowercased()) { return match(letter, word - 1) }
            return nil
        }
        guard let start = match(letters.count - 1, words.count - 1), start < words.count else { return nil }
        return Array(words[start...])
    }
}
