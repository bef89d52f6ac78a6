/// Makes a headline of at most twelve words from words of a clause: who did what, in the
/// present tense as headlines are written, with nothing the sentence does not say.
///
/// The words come in sentence order, the date phrase already left out. The headline drops
/// parentheses, quotation marks, hedges ("reportedly"), a leading article and "there were";
/// turns the first verb group into the present ("vetoed" → "vetoes", "were mobilized" →
/// "mobilized", "had fled" → "flee"); and, when still too long, drops in turn adjective pairs,
/// a long name defined by an acronym, phrases inside the subject, and trailing phrases, never
/// ending on a word that promises more.
struct Headline {
    static let maximumWords = 12

    /// One word of a headline in the making.
    struct Token: Hashable {
        var text: String
        var lower: String
        var form: SentenceParse.VerbForm?
        var isFinite: Bool
        var isCapitalized: Bool
        var isPunctuation: Bool
        var isNumber: Bool
        /// Whether it opens its sentence, where a capital says nothing about being a name.
        var isSentenceStart = false
        /// Inside parentheses or quotes.
        var depth: Int
        /// Whether the token is the parenthesised acronym of the name before it: "(OHCHR)".
        var isAcronymDefinition = false
        /// On the last word of a name defined by an acronym, the acronym.
        var acronym: String?

        init(_ word: Word, form: SentenceParse.VerbForm?, isFinite: Bool, depth: Int) {
            text = word.text
            lower = word.lower
            self.form = form
            self.isFinite = isFinite
            isCapitalized = word.isCapitalized
            isPunctuation = word.kind == .punctuation
            isNumber = word.kind == .number
            self.depth = depth
        }

        init(text: String, form: SentenceParse.VerbForm? = nil, isFinite: Bool = false) {
            self.text = text
            lower = text.lowercased()
            self.form = form
            self.isFinite = isFinite
            isCapitalized = text.first?.isUppercase ?? false
            isPunctuation = false
            isNumber = false
            depth = 0
        }
    }

    /// The tokens for some words of a parsed sentence.
    static func tokens(_ indexes: [Int], of parse: SentenceParse) -> [Token] {
        var result: [Token] = []
        for index in indexes {
            var token = Token(
                parse.words[index], form: parse.forms[index], isFinite: parse.isFinite[index], depth: parse.depth[index]
            )
            token.isSentenceStart = parse.words[..<index].allSatisfy { $0.kind == .punctuation }
            if parse.words[index].kind == .word, index > 0, parse.words[index - 1].is("("),
                index + 1 < parse.words.count, parse.words[index + 1].is(")"),
                parse.words[index].text.count >= 2, parse.words[index].text.allSatisfy({ $0.isUppercase })
            {
                token.isAcronymDefinition = true
                if let last = result.indices.last(where: { !result[$0].isPunctuation }), result[last].isCapitalized {
                    result[last].acronym = parse.words[index].text
                }
            }
            result.append(token)
        }
        return result
    }

    /// The headline, or "" when nothing is left.
    static func make(_ input: [Token], plural: Bool? = nil) -> String {
        var tokens = clean(input)
        tokens = presentTense(tokens, plural: plural)
        // "announces it had tested" → "announces it tested": one past after the present.
        tokens = simplifyPerfect(tokens)
        tokens = compress(tokens)
        tokens = coordinatedPresent(tokens)
        // "Blast occurs at" — a date taken out leaves its preposition: a headline never ends on
        // a word that needs another after it.
        while let last = tokens.last, tokens.count > 1,
            last.isPunctuation
                ? [",", ";", ":", "-", "\u{2013}", "\u{2014}", "("].contains(last.text)
                : danglingEnds.contains(last.lower)
        {
            tokens.removeLast()
        }
        // "He said": a pronoun and a verb of saying, with nothing said, is no headline.
        if tokens.count == 2, Lexicon.personalPronouns.contains(tokens[0].lower), isReportingVerb(tokens[1]) {
            return ""
        }
        return render(tokens)
    }

    /// Whether the token is a verb of saying ("said", "reports").
    static func isReportingVerb(_ token: Token) -> Bool {
        let base: String? =
            switch token.form {
            case .past: VerbForms.base(ofPast: token.lower)
            case .present: VerbForms.base(ofPresent: token.lower) ?? token.lower
            case .base: token.lower
            default: nil
            }
        return base.map(Lexicon.reportingVerbs.contains) ?? false
    }

    /// Words a headline cannot end on.
    static let danglingEnds: Set<String> = [
        "at", "in", "on", "of", "for", "with", "by", "from", "to", "the", "a", "an", "and", "or", "but", "as",
        "than", "that", "which", "who", "its", "their", "his", "her",
    ]

    /// "interviews and released" → "interviews and releases": a past verb joined by "and" or
    /// "or" to the headline's present verb takes the present too.
    static func coordinatedPresent(_ input: [Token]) -> [Token] {
        var tokens = input
        guard let verb = tokens.firstIndex(where: { $0.isFinite && $0.form == .present && $0.depth == 0 }) else {
            return tokens
        }
        let isPlural = !tokens[verb].lower.hasSuffix("s")
        for index in tokens.indices.dropFirst(verb + 2)
        where ["and", "or"].contains(tokens[index - 1].lower) && tokens[index].form == .past && tokens[index].depth == 0
        {
            guard let base = VerbForms.base(ofPast: tokens[index].lower) else { continue }
            // "announces it tested and launched": only a verb of the same subject, right after.
            guard index - 2 >= verb, !tokens[(verb + 1)..<(index - 1)].contains(where: { $0.form == .past }) else {
                continue
            }
            tokens[index] = Token(text: VerbForms.present(base, plural: isPlural), form: .present, isFinite: true)
        }
        return tokens
    }

    // MARK: - Cleaning

    static let quoteMarks: Set<String> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]

    static func clean(_ input: [Token]) -> [Token] {
        var tokens: [Token] = []
        for (index, token) in input.enumerated() {
            // "condemned X for, “diverting …”": the comma only opens the quotation.
            if token.text == ",", index + 1 < input.count, quoteMarks.contains(input[index + 1].text),
                input[index + 1].text != "\u{201D}"
            {
                continue
            }
            if token.isAcronymDefinition { continue }
            if token.isPunctuation, token.text == "(" || token.text == ")" || token.text == "[" || token.text == "]" {
                continue
            }
            if token.isPunctuation, quoteMarks.contains(token.text) { continue }
            if Lexicon.droppableAdverbs.contains(token.lower), token.depth == 0 { continue }
            tokens.append(token)
        }
        // Parenthesised asides other than acronyms go too, when there is a sentence without them.
        tokens = tokens.filter { $0.depth == 0 || !$0.isPunctuation }
        var start = 0
        // "Saying …, Cuba's government exhorted citizens": a participle clause before the subject.
        if start < tokens.count, tokens[start].form == .gerund,
            let comma = tokens[start...].firstIndex(where: { $0.text == "," && $0.depth == 0 }),
            tokens[(comma + 1)...].contains(where: { $0.isFinite && $0.depth == 0 })
        {
            start = comma + 1
        }
        // Leading connectives, subordinators, "that", commas and articles.
        while start < tokens.count {
            let lower = tokens[start].lower
            if tokens[start].isPunctuation || lower == "that" || Lexicon.subordinators.contains(lower)
                || Lexicon.coordinators.contains(lower) || ["the", "a", "an", "so", "thus", "when"].contains(lower)
            {
                start += 1
                continue
            }
            // "there were 2,706 defections" → "2,706 defections".
            if lower == "there", start + 1 < tokens.count,
                ["was", "were", "is", "are", "have", "has", "had"].contains(tokens[start + 1].lower)
            {
                start += 2
                if start < tokens.count, tokens[start].lower == "been" { start += 1 }
                continue
            }
            break
        }
        tokens = Array(tokens[start...])
        // "10 , 9" → keep commas only between words; drop doubled and trailing commas.
        var result: [Token] = []
        for token in tokens {
            if token.isPunctuation, token.text == "," || token.text == ";" || token.text == ":" {
                if result.isEmpty || result.last!.isPunctuation { continue }
            }
            result.append(token)
        }
        while let last = result.last, last.isPunctuation, last.text != "%" { result.removeLast() }
        return result
    }

    // MARK: - Tense

    /// Turns the first verb group into the present tense of headlines.
    static func presentTense(_ input: [Token], plural: Bool?) -> [Token] {
        var tokens = input
        guard let verbIndex = tokens.firstIndex(where: { ($0.isFinite || $0.lower == "having") && $0.depth == 0 })
        else { return tokens }
        let isPlural = plural ?? subjectIsPlural(Array(tokens[..<verbIndex]))
        let verb = tokens[verbIndex].lower
        let next = verbIndex + 1 < tokens.count ? tokens[verbIndex + 1] : nil
        func replace(_ range: Range<Int>, with words: [String]) {
            // The last word is the verb itself; what comes before ("does not") is its auxiliary.
            let replacement = words.enumerated().map { offset, word in
                offset == words.count - 1 ? Token(text: word, form: .present, isFinite: true) : Token(text: word)
            }
            tokens.replaceSubrange(range, with: replacement)
        }
        switch verb {
        case "was", "were", "is", "are", "has been", "have been":
            // "was last inspected": look past adverbs of time for the participle.
            let participle = tokens[(verbIndex + 1)...].firstIndex {
                !(SentenceEvents.timeAdverbs.contains($0.lower) && $0.lower != "not") && !isAdverb($0)
            }
            if let participle, participle > verbIndex + 1, tokens[participle].form == .past {
                tokens.remove(at: verbIndex)
                tokens[participle - 1].isFinite = true
            } else if let next, next.form == .past {
                // Passive: headlines drop the auxiliary ("were mobilized" → "mobilized").
                tokens.remove(at: verbIndex)
                tokens[verbIndex].isFinite = true
            } else if let next, next.lower == "not", verbIndex + 2 < tokens.count, tokens[verbIndex + 2].form == .past {
                replace(verbIndex..<(verbIndex + 1), with: [isPlural ? "are" : "is"])
            } else {
                replace(verbIndex..<(verbIndex + 1), with: [isPlural ? "are" : "is"])
            }
        case "has", "have", "had":
            if let next, next.lower == "been", verbIndex + 2 < tokens.count, tokens[verbIndex + 2].form == .past {
                // "had been sentenced" → "sentenced".
                tokens.removeSubrange(verbIndex..<(verbIndex + 2))
            } else if let next, next.lower == "been" {
                replace(verbIndex..<(verbIndex + 2), with: [isPlural ? "are" : "is"])
            } else if let next, next.form == .past, let base = VerbForms.base(ofPast: next.lower) {
                // "had fled" → "flee(s)"; "has decided" → "decides".
                replace(verbIndex..<(verbIndex + 2), with: [VerbForms.present(base, plural: isPlural)])
            } else if let next, next.lower == "not", verbIndex + 2 < tokens.count, tokens[verbIndex + 2].form == .past,
                let base = VerbForms.base(ofPast: tokens[verbIndex + 2].lower)
            {
                replace(verbIndex..<(verbIndex + 3), with: [isPlural ? "do" : "does", "not", base])
            } else if verb == "had" {
                replace(verbIndex..<(verbIndex + 1), with: [isPlural ? "have" : "has"])
            }
        case "did":
            replace(verbIndex..<(verbIndex + 1), with: [isPlural ? "do" : "does"])
        case "having":
            if let next, next.form == .past, let base = VerbForms.base(ofPast: next.lower) {
                replace(verbIndex..<(verbIndex + 2), with: [VerbForms.present(base, plural: isPlural)])
            }
        default:
            guard tokens[verbIndex].form == .past, let base = VerbForms.base(ofPast: verb) else { break }
            // "Agreement signed": a verb that takes an object, with none after it and no
            // person before it, is a passive participle, as headlines write it.
            let isLast = !tokens[(verbIndex + 1)...].contains { !$0.isPunctuation }
            if isLast, Lexicon.objectVerbs.contains(base), verbIndex > 0,
                !Lexicon.personalPronouns.contains(tokens[verbIndex - 1].lower)
            {
                break
            }
            var present = VerbForms.present(base, plural: isPlural)
            if tokens[verbIndex].isCapitalized { present = present.prefix(1).uppercased() + present.dropFirst() }
            replace(verbIndex..<(verbIndex + 1), with: [present])
        }
        return tokens
    }

    /// Whether a subject is plural: "resolutions", "the US, Japan, and South Korea", "people".
    static func subjectIsPlural(_ subject: [Token]) -> Bool {
        let all = subject.filter { $0.depth == 0 }
        guard let head = headIndex(of: all) else { return false }
        // "the US, Japan, and South Korea" — but not "Food and Agricultural Organization".
        let limit = all.indices.first { $0 > head && Lexicon.prepositions.contains(all[$0].lower) } ?? all.count
        for index in 0..<limit where all[index].lower == "and" {
            let before = index > 0 ? all[index - 1] : nil
            let after = index + 1 < all.count ? all[index + 1] : nil
            // "Kim Jong Un and Donald Trump": two names of two words or more are two people.
            let namesBefore = all[..<index].reversed().prefix { $0.isCapitalized && !$0.isPunctuation }.count
            let namesAfter = all[(index + 1)...].prefix { $0.isCapitalized && !$0.isPunctuation }.count
            if namesBefore >= 2, namesAfter >= 2,
                !all[(index + 1)...].contains(where: { organizationHeads.contains($0.lower) })
            {
                return true
            }
            // "the US, Japan and South Korea": a list; "Food and Agriculture Organization": a name.
            if all[..<index].contains(where: { $0.text == "," }) { return true }
            if all[(index + 1)...].contains(where: { organizationHeads.contains($0.lower) }) { continue }
            let betweenAdverbs = (before?.lower.hasSuffix("ly") ?? false) && (after?.lower.hasSuffix("ly") ?? false)
            if !((before?.isCapitalized ?? false) && (after?.isCapitalized ?? false)) && !betweenAdverbs { return true }
        }
        if all[..<head].contains(where: { $0.isNumber && $0.text != "1" }) { return true }
        let word = all[head]
        let lower = word.lower
        if ["they", "we", "you", "these", "those", "many", "several", "both", "few"].contains(lower) { return true }
        if Lexicon.irregularPlurals.contains(lower) { return true }
        // A capitalized word is a name, unless it counts people ("North Koreans") or merely opens
        // the sentence ("Guards remained …").
        if word.isCapitalized && !word.isSentenceStart && !lower.hasSuffix("ans")
            && !Lexicon.countedNouns.contains(lower)
        {
            return false
        }
        if word.isNumber { return true }
        return lower.hasSuffix("s") && !Lexicon.singularsInS.contains(lower) && !lower.hasSuffix("ss")
            && !lower.hasSuffix("'s")
    }

    /// Last words of organizations' names, inside which "and" joins no list.
    static let organizationHeads: Set<String> = [
        "organization", "organisation", "council", "commission", "committee", "department", "ministry", "agency",
        "office", "union", "association", "fund", "bank", "party", "court", "institute", "foundation", "group",
        "program", "programme", "service", "services", "affairs", "development", "alliance", "center", "centre",
        "network", "forum", "board", "authority", "administration", "company", "corporation",
    ]

    /// Words that lead a quantity before its noun: "up to 30,000", "more than 1,000".
    static let quantityLeaders: Set<String> = [
        "up", "to", "more", "than", "over", "about", "nearly", "approximately", "around", "some", "almost", "at",
        "least", "most", "roughly", "an", "estimated", "as", "many", "much", "few", "fewer", "less", "under",
        "tens", "hundreds", "thousands", "millions", "of",
    ]

    /// The head noun of a subject: the last word of its first noun run, after any quantity
    /// ("up to 30,000 half-North Korean children living in China" → "children").
    static func headIndex(of subject: [Token]) -> Int? {
        var index = 0
        while index < subject.count,
            subject[index].isNumber || subject[index].isPunctuation || quantityLeaders.contains(subject[index].lower)
                || ["the", "a", "an"].contains(subject[index].lower)
        {
            index += 1
        }
        var head: Int?
        while index < subject.count {
            let token = subject[index]
            if token.isPunctuation && token.text != "-" { if head != nil { break } else { index += 1; continue } }
            if Lexicon.prepositions.contains(token.lower) || token.form == .gerund || token.form == .past
                || Lexicon.relativePronouns.contains(token.lower) || token.lower == "that"
            {
                if head != nil { break }
            } else if token.lower == "and" || token.lower == "or" {
                if head != nil
                    && !(index + 1 < subject.count && subject[index + 1].isCapitalized && token.lower == "and")
                {
                    index += 1
                    continue
                }
            } else if !(token.isNumber && head != nil) && !isAdverb(token) {
                head = index
            }
            index += 1
        }
        return head ?? (subject.isEmpty ? nil : subject.count - 1)
    }

    // MARK: - Rendering

    /// Joins tokens with spaces, no space before closing marks, and a capital first letter.
    static func render(_ tokens: [Token]) -> String {
        var text = ""
        for token in tokens {
            let noSpaceBefore =
                token.isPunctuation && [",", ".", ";", ":", "%", ")", "]", "?", "!"].contains(token.text)
                || token.lower == "'s"
            if !text.isEmpty && !noSpaceBefore && !text.hasSuffix("$") { text += " " }
            text += token.text
        }
        guard let first = text.first else { return "" }
        return first.uppercased() + text.dropFirst()
    }
}
