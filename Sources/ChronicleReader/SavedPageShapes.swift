/// The shapes of lines that saved pages carry around their articles: author sign-offs and
/// bylines, tag lines, breadcrumb and category lines, teaser headlines of other stories.
/// Each test looks at one line (and, for teasers, the words of the article it sits in).
enum SavedPageShapes {
    /// Marks that open an author's line ("– Ida Writer", "By A. Reporter", "Written by …").
    static let authorMarks = ["– ", "— ", "- ", "~ ", "by ", "written by ", "words by ", "reported by ", "author: "]

    /// Lowercase words a personal name may hold ("Ludwig van Beethoven", "Abu bin Ali").
    static let nameParticles: Set<String> = [
        "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "bint", "al", "el", "la", "le", "y",
        "ibn",
    ]

    /// An author's line after an article: a personal name, alone or after a dash or "By", with
    /// at most a short role after a comma ("– Ida Writer", "Sam Lee, staff writer").
    ///
    /// Returns whether the line opens with an explicit mark (a dash, "By"); a bare name is an
    /// author line only where the article ends (before a photo credit or the end of the file).
    static func authorLine(_ line: String) -> (isAuthor: Bool, isMarked: Bool) {
        guard line.utf8.count <= 120 else { return (false, false) }
        var rest = Substring(line)
        var marked = false
        let lowered = line.lowercased()
        for mark in authorMarks where lowered.hasPrefix(mark) {
            rest = rest.dropFirst(mark.count)
            marked = true
            break
        }
        let name = rest.split(separator: ",", maxSplits: 1).first.map(String.init) ?? ""
        if let role = rest.split(separator: ",", maxSplits: 1).dropFirst().first, role.split(separator: " ").count > 4 {
            return (false, false)
        }
        return (isPersonalName(name), marked)
    }

    /// Two to four capitalized words (initials, hyphens and apostrophes allowed), with at most
    /// two lowercase particles ("de la").
    static func isPersonalName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        var particles = 0
        for word in words {
            if nameParticles.contains(String(word)) {
                particles += 1
                continue
            }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase,
                word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" })
            else { return false }
        }
        return particles <= 2 && words.count - particles >= 2 && words.count - particles <= 4
    }

    /// "By A. Reporter", "By A. Reporter and B. Writer | 3 March 2021": a byline at the top.
    static func isByline(_ line: String) -> Bool {
        guard line.utf8.count <= 200 else { return false }
        let lowered = line.lowercased()
        let marks = ["by ", "written by ", "reported by ", "words by ", "posted by ", "published by "]
        guard let mark = marks.first(where: { lowered.hasPrefix($0) })
        else { return false }
        let rest = line.dropFirst(mark.count)
        guard let first = rest.unicodeScalars.first, first.properties.isUppercase else { return false }
        let words = rest.split(separator: " ")
        if let second = words.first, ["The", "A", "An", "Then", "Now"].contains(String(second)) { return false }
        return words.count <= 14 && !line.hasSuffix(".") && !line.contains(". ")
    }

    /// "Coastal towns, Fishing rights, Labour", "Tags: Asia, Labor": a list of tags, each one to
    /// four words opening with a capital or a digit, without a verb-like lowercase run.
    static func isTagLine(_ line: String) -> Bool {
        guard line.utf8.count <= 300 else { return false }
        let items = line.split(separator: ",").map { $0.trimmingCharacters(in: " ") }
        guard items.count >= 2, let last = line.last, !".!?:;".contains(last) else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: " ")
            guard (1...4).contains(words.count), let first = item.unicodeScalars.first else { return false }
            return (first.properties.isUppercase || ("0"..."9").contains(first))
                && !item.contains(where: { ".!?;:".contains($0) })
        }
    }

    /// "Home > World > Asia", "News | Asia", "Topic / Region": short items between separators.
    static func isBreadcrumb(_ line: String) -> Bool {
        guard line.utf8.count <= 200,
            line.utf8.contains(where: {
                $0 == 0x3E || $0 == 0x2F || $0 == 0x7C || $0 == 0xBA || $0 == 0xBB || $0 == 0xB7
            })
        else { return false }
        for separator in [" > ", " › ", " » ", " / ", " | ", " · "] where line.contains(separator) {
            let items = line.components(separatedBy: separator).map { $0.trimmingCharacters(in: " ") }
            guard items.count >= 2 else { continue }
            let isShort = items.allSatisfy { item in
                let words = item.split(separator: " ")
                guard (1...3).contains(words.count), let first = item.unicodeScalars.first else { return false }
                return first.properties.isUppercase && !item.contains(where: { ".!?,;:".contains($0) })
            }
            if isShort { return true }
        }
        return false
    }

    /// "00:00 / 05:12", "3 / 12": a player's clock or a slideshow's counter, with no letters.
    static func isCounter(_ line: String) -> Bool {
        guard line.utf8.count <= 24, line.utf8.contains(where: { $0 == 0x3A || $0 == 0x2F }) else { return false }
        return line.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x3A || $0 == 0x2F || $0 == 0x20 }
    }

    /// Whether a line reads like a headline: no closing punctuation, and no sentence ending inside it
    /// ("Kick-off is at 05:00pm. The opening ceremony is scheduled for 03:15pm" is two sentences of
    /// the story whose last lost its stop; "Mr. Smith" and "U.S. Forces" still read as headlines).
    static func isHeadlineShaped(_ line: String) -> Bool {
        guard let last = line.last, !".!?;,\"”’)".contains(last) else { return false }
        return !endsASentenceInside(line)
    }

    /// Whether ". " stands inside the line after a word of three letters or more whose last two are
    /// lowercase (or a digit), before a capital letter: "05:00pm. The", not "Mr. Smith" or "U.S. Forces".
    private static func endsASentenceInside(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        guard bytes.count > 4 else { return false }
        func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
        for index in 3..<(bytes.count - 2) where bytes[index] == 0x2E && bytes[index + 1] == 0x20 {
            let wordLength = bytes[..<index].reversed().prefix { $0 != 0x20 }.count
            guard wordLength >= 3, isLower(bytes[index - 1]), isLower(bytes[index - 2]) else { continue }
            if (0x41...0x5A).contains(bytes[index + 2]) { return true }
        }
        return false
    }

    /// Words that carry no topic, left out when comparing a line with its article.
    static let stopWords: Set<String> = [
        "the", "and", "that", "this", "with", "from", "have", "has", "had", "were", "was", "are", "for", "its",
        "their", "them", "they", "which", "who", "whom", "what", "when", "where", "will", "would", "could", "should",
        "said", "says", "into", "over", "under", "about", "after", "before", "than", "then", "also", "more", "most",
        "some", "such", "been", "being", "there", "these", "those", "other", "while", "only", "very", "just",
    ]

    /// The topic words of a text: lowercased words of four letters or more, stop words out.
    static func topicWords<S: StringProtocol>(_ text: S) -> Set<String> {
        var result: Set<String> = []
        var word: [UInt8] = []
        func flush() {
            if word.count >= 4 {
                let key = String(decoding: word, as: UTF8.self)
                if !stopWords.contains(key) { result.insert(key) }
            }
            word.removeAll(keepingCapacity: true)
        }
        // Letters are ASCII letters and every byte of a non-ASCII character.
        for byte in text.utf8 {
            if (0x41...0x5A).contains(byte) {
                word.append(byte | 0x20)
            } else if (0x61...0x7A).contains(byte) || byte >= 0x80 {
                word.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// A headline near the top of an article that is about another story: most of its topic
    /// words never occur in the article (a dek or standfirst shares them). A line of more than 25
    /// words is a standfirst, however few words it shares ("In the autumn of 2014, OPEC refused to
    /// cut production by lowering the quota and it became one of the factors that led to …").
    static func isTeaser(_ line: String, articleWords: Set<String>) -> Bool {
        let wordCount = line.split(separator: " ").count
        guard isHeadlineShaped(line), line.utf8.count <= 400, (8...25).contains(wordCount) else {
            return false
        }
        let words = topicWords(line)
        guard words.count >= 4 else { return false }
        return words.filter { articleWords.contains($0) }.count * 2 < words.count
    }
}
