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
        tokens = compress(tokens)
        return render(tokens)
    }

    // MARK: - Cleaning

    static let quoteMarks: Set<String> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]

    static func clean(_ input: [Token]) -> [Token] {
        var tokens: [Token] = []
        for (index, token) in input.enumerated() {
            // "condemned X for, “diverting …”": the comma only opens the quotation.
            if token.text == ",", index + 1 < input.count, quoteMarks.contains(input[index + 1].text) { continue }
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
        // Leading connectives, subordinators, "that", commas and articles.
        while start < tokens.count {
            let lower = tokens[start].lower
            if tokens[start].isPunctuation || lower == "that" || Lexicon.subordinators.contains(lower)
                || Lexicon.coordinators.contains(lower) || ["the", "a", "an", "so", "thus"].contains(lower)
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

    // MARK: - Compression

    /// Words a reader counts: not marks, not a possessive "’s".
    static func wordCount(_ tokens: [Token]) -> Int { tokens.filter { !$0.isPunctuation && $0.lower != "'s" }.count }

    /// Adverbs that carry the fact and stay: "forcibly returned", "publicly executed".
    static let meaningfulAdverbs: Set<String> = [
        "forcibly", "publicly", "secretly", "illegally", "unlawfully", "temporarily", "permanently", "partially",
        "fully", "unanimously", "formally", "jointly", "successfully", "only", "nearly", "early", "newly",
    ]

    static func compress(_ input: [Token]) -> [Token] {
        var tokens = input
        let gentle: [([Token]) -> [Token]] = [
            dropAppositiveClauses, dropAdverbs, dropAdjectiveLists, dropCoordinatedModifiers, useShortNames,
            useAcronyms,
            dropVerbCoordination, { dropSubjectPhrases($0) }, { cutTrailingPhrase($0, dropping: 5) },
        ]
        for step in gentle where wordCount(tokens) > maximumWords { tokens = step(tokens) }
        guard wordCount(tokens) > maximumWords else { return tokens }
        // Then either drop the articles before cutting or cut keeping them: whichever keeps more
        // words that are not articles (on a tie, the articles stay).
        let harsh: [([Token]) -> [Token]] = [
            { dropSubjectPhrases($0, keepingNames: false) }, { cutTrailingPhrase($0) }, dropArticles, truncate,
        ]
        var withArticles = tokens
        for step in harsh where wordCount(withArticles) > maximumWords { withArticles = step(withArticles) }
        var without = dropArticles(tokens)
        for step in harsh where wordCount(without) > maximumWords { without = step(without) }
        let content = { (tokens: [Token]) in wordCount(dropArticles(tokens)) }
        return content(without) > content(withArticles) ? without : withArticles
    }

    /// ", which …," and ", including …" asides between commas.
    static func dropAppositiveClauses(_ input: [Token]) -> [Token] {
        var tokens = input
        var index = 0
        while index < tokens.count {
            guard tokens[index].text == ",", index + 1 < tokens.count else {
                index += 1
                continue
            }
            let opener = tokens[index + 1].lower
            // ", which …", ", including …", ", constituting …", ", led by …".
            // …but not the title's own verb after an odd comma ("workers …, were mobilized").
            let mainVerb = tokens.firstIndex { $0.isFinite && $0.depth == 0 }
            let participle =
                (tokens[index + 1].form == .past || VerbForms.base(ofPast: tokens[index + 1].lower) != nil)
                && index + 1 != mainVerb && index + 2 < tokens.count
                && (Lexicon.prepositions.contains(tokens[index + 2].lower) || tokens[index + 2].lower == "by")
            guard
                Lexicon.relativePronouns.contains(opener) || opener == "including" || tokens[index + 1].form == .gerund
                    || participle
            else {
                index += 1
                continue
            }
            // The aside runs to the next comma followed by a verb, or to the end.
            var end = tokens.count
            var cursor = index + 2
            while cursor < tokens.count {
                if tokens[cursor].text == ",", cursor + 1 < tokens.count, let form = tokens[cursor + 1].form,
                    form != .gerund
                {
                    end = cursor
                    break
                }
                cursor += 1
            }
            tokens.removeSubrange(index..<end)
        }
        return tokens
    }

    /// "were still ordered to unconditionally shoot" → "were ordered to shoot".
    static func dropAdverbs(_ input: [Token]) -> [Token] {
        let dropped = input.map { isAdverb($0) && !meaningfulAdverbs.contains($0.lower) }
        return input.enumerated().filter { index, token in
            if dropped[index] { return false }
            // "systematically and egregiously": the "and" goes with them.
            if Lexicon.coordinators.contains(token.lower), index > 0, index + 1 < input.count, dropped[index - 1],
                dropped[index + 1]
            {
                return false
            }
            return true
        }.map(\.element)
    }

    /// Nouns that end like adverbs.
    static let nounsInLy: Set<String> = [
        "family", "assembly", "supply", "ally", "rally", "reply", "anomaly", "monopoly", "july", "italy", "belly",
        "bully", "lily", "jelly", "fly", "butterfly", "melancholy", "homily", "folly", "holly",
    ]

    /// "systematically", "reportedly": a lowercase word ending in -ly that is no noun.
    static func isAdverb(_ token: Token) -> Bool {
        token.lower.hasSuffix("ly") && token.lower.count > 4 && token.form == nil && !token.isCapitalized
            && !nounsInLy.contains(token.lower)
    }

    /// Headlines go without "the", "a" and "an".
    static func dropArticles(_ input: [Token]) -> [Token] {
        input.enumerated().filter { index, token in
            // "The Hague" keeps its article; so does a lone "a" between numbers.
            !(["the", "a", "an"].contains(token.lower) && !(index + 1 < input.count && input[index + 1].isNumber))
        }.map(\.element)
    }

    /// "excessive, abusive, and unnecessary Covid-19-related restrictions" → "Covid-19-related restrictions".
    static func dropAdjectiveLists(_ input: [Token]) -> [Token] {
        var tokens = input
        var index = 0
        while index + 4 < tokens.count {
            // word , word (,)? and word word
            let isPlainWord = { (token: Token) in
                !token.isPunctuation && !token.isNumber && !token.isCapitalized && token.form == nil
                    && !Lexicon.prepositions.contains(token.lower) && !Lexicon.determiners.contains(token.lower)
                    && !Lexicon.coordinators.contains(token.lower)
            }
            guard isPlainWord(tokens[index]), tokens[index + 1].text == "," else {
                index += 1
                continue
            }
            var cursor = index + 2
            var items = 1
            while cursor + 1 < tokens.count, isPlainWord(tokens[cursor]), tokens[cursor + 1].text == "," {
                cursor += 2
                items += 1
            }
            guard cursor + 2 < tokens.count, tokens[cursor].lower == "and" || tokens[cursor].lower == "or",
                isPlainWord(tokens[cursor + 1]), !tokens[cursor + 2].isPunctuation,
                !Lexicon.prepositions.contains(tokens[cursor + 2].lower), items >= 1
            else {
                index += 1
                continue
            }
            tokens.removeSubrange(index...(cursor + 1))
        }
        return tokens
    }

    /// "new or renewed work authorizations" → "work authorizations"; "systematically and
    /// egregiously violated" → "violated".
    static func dropCoordinatedModifiers(_ input: [Token]) -> [Token] {
        var tokens = input
        var index = 1
        while index + 2 < tokens.count {
            let left = tokens[index - 1]
            let conjunction = tokens[index]
            let right = tokens[index + 1]
            let following = tokens[index + 2]
            let isContent = { (token: Token) in
                !token.isPunctuation && !token.isNumber && !token.isCapitalized
                    && !Lexicon.prepositions.contains(token.lower) && !Lexicon.determiners.contains(token.lower)
                    && !Lexicon.auxiliaries.contains(token.lower) && !Lexicon.coordinators.contains(token.lower)
            }
            let isAdverbPair = left.lower.hasSuffix("ly") && right.lower.hasSuffix("ly")
            let isAdjectivePair =
                left.form == nil && !left.lower.hasSuffix("s") && !right.lower.hasSuffix("ly")
                && (right.form == nil || right.form == .past) && !right.lower.hasSuffix("s")
            let before = index >= 2 ? tokens[index - 2].lower : ""
            if conjunction.lower == "or" || conjunction.lower == "and", isContent(left), isContent(right),
                isContent(following), following.form != .auxiliary, isAdverbPair || isAdjectivePair,
                !Lexicon.coordinators.contains(before), before != ","
            {
                tokens.removeSubrange((index - 1)...(index + 1))
                continue
            }
            index += 1
        }
        return tokens
    }

    /// "the UN Office of the High Commissioner for Human Rights (OHCHR)" → "OHCHR".
    static func useAcronyms(_ input: [Token]) -> [Token] {
        var tokens = input
        while let end = tokens.firstIndex(where: { $0.acronym != nil }) {
            let acronym = tokens[end].acronym!
            tokens[end].acronym = nil
            var start = end
            while start > 0 {
                let previous = tokens[start - 1]
                if previous.isCapitalized && !previous.isPunctuation {
                    start -= 1
                    continue
                }
                // Small words inside the name: "Office of the High Commissioner".
                var cursor = start - 1
                while cursor >= 0, ["of", "the", "for", "and", "on", "in"].contains(tokens[cursor].lower) {
                    cursor -= 1
                }
                if cursor >= 0, cursor < start - 1, tokens[cursor].isCapitalized, !tokens[cursor].isPunctuation {
                    start = cursor
                    continue
                }
                break
            }
            guard end - start >= 1 else { continue }
            tokens.replaceSubrange(start...end, with: [Token(text: acronym)])
        }
        return tokens
    }

    /// "Democratic People’s Republic of Korea" → "North Korea", "United Nations" → "UN".
    static func useShortNames(_ input: [Token]) -> [Token] {
        var tokens = input
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized else {
                index += 1
                continue
            }
            for alias in Lexicon.nameAliases where alias.short != nil && alias.words.count >= 2 {
                // Match the alias's words, stepping over a possessive "’s" ("People’s").
                var cursor = index
                var matched = 0
                while cursor < tokens.count, matched < alias.words.count {
                    if tokens[cursor].lower == "'s" {
                        cursor += 1
                        continue
                    }
                    guard tokens[cursor].lower == alias.words[matched] else { break }
                    matched += 1
                    cursor += 1
                }
                if matched == alias.words.count, let short = alias.short {
                    tokens.replaceSubrange(index..<cursor, with: [Token(text: short)])
                    break
                }
            }
            index += 1
        }
        return tokens
    }

    /// Whether a token is a verb form that can head a predicate.
    static func isVerb(_ token: Token) -> Bool {
        if let form = token.form { return form == .past || form == .present || form == .base || form == .auxiliary }
        return VerbForms.base(ofPast: token.lower) != nil && !token.isCapitalized
    }

    /// "… prohibit X and required Y …": keeps the first verb phrase.
    static func dropVerbCoordination(_ input: [Token]) -> [Token] {
        guard let verb = input.firstIndex(where: { $0.isFinite || $0.form == .past || $0.form == .present })
        else { return input }
        for index in (verb + 1)..<input.count where input[index].lower == "and" || input[index].lower == "but" {
            var next = index + 1
            while next < input.count, input[next].lower.hasSuffix("ly") { next += 1 }
            guard next < input.count else { break }
            if isVerb(input[next]) && input[next].form != .auxiliary || input[next].lower == "to" {
                let kept = trimEnd(Array(input[..<index]))
                return wordCount(kept) >= 3 ? kept : input
            }
        }
        return input
    }

    /// Phrases between a subject's head noun and its verb: "workers in foreign countries must
    /// be sent back" → "workers must be sent back". Looks at the main subject and at the
    /// subject of what a reporting verb reports.
    static func dropSubjectPhrases(_ input: [Token], keepingNames: Bool = true) -> [Token] {
        var tokens = input
        var start = 0
        for _ in 0..<2 {
            guard wordCount(tokens) > maximumWords,
                let verb = tokens[start...].firstIndex(where: {
                    ($0.isFinite || $0.form == .auxiliary || $0.form == .present) && $0.depth == 0
                        && !($0.form == .auxiliary && ["be", "been", "being"].contains($0.lower))
                })
            else { break }
            let subject = Array(tokens[start..<verb])
            // "the United States, Japan and South Korea" is a list, not a head with a phrase.
            let firstPreposition = subject.indices.first { Lexicon.prepositions.contains(subject[$0].lower) }
            let isList = subject[..<(firstPreposition ?? subject.count)].contains {
                Lexicon.coordinators.contains($0.lower) && $0.depth == 0
            }
            if !isList, let head = headIndex(of: subject), head + 1 < subject.count {
                let after = subject[head + 1]
                // Only phrases of common nouns go: "workers in foreign countries", not "trade with China".
                let phrase = subject[(head + 1)...]
                if after.lower != "of",
                    Lexicon.prepositions.contains(after.lower) || after.form == .gerund
                        || after.form == .past || after.text == ",",
                    !keepingNames || !phrase.contains(where: { $0.isCapitalized })
                {
                    tokens.removeSubrange((start + head + 1)..<verb)
                }
            }
            // The subject of what is reported: "X states [that] all workers in … must …".
            guard let again = tokens[start...].firstIndex(where: { $0.isFinite || $0.form == .present }),
                Lexicon.reportingVerbs.contains(VerbForms.base(ofPresent: tokens[again].lower) ?? tokens[again].lower)
                    || Lexicon.reportingVerbs.contains(VerbForms.base(ofPast: tokens[again].lower) ?? "")
            else { break }
            start = again + 1
            while start < tokens.count, tokens[start].lower == "that" { start += 1 }
            guard start < tokens.count else { break }
        }
        return tokens
    }

    /// Cuts at the rightmost phrase start that leaves at most twelve words, preferring the
    /// start of a clause ("that", "which", "while") to that of a phrase (a preposition other
    /// than "of", a participle after a noun, "to").
    static func cutTrailingPhrase(_ input: [Token], dropping limit: Int = .max) -> [Token] {
        guard let verb = input.firstIndex(where: { isVerb($0) && !$0.isPunctuation }) else { return input }
        var clauseCut: Int?
        var phraseCut: Int?
        var ofCut: Int?
        var index = input.count - 1
        while index > verb + 1 {
            let token = input[index]
            let previous = input[index - 1]
            let kept = wordCount(trimEnd(Array(input[..<index])))
            let fits = kept <= maximumWords && wordCount(input) - kept <= limit
            defer { index -= 1 }
            guard fits else { continue }
            if ["that", "which", "who", "whose", "while", "whereas", "because", "although", "where"].contains(
                token.lower)
            {
                if clauseCut == nil { clauseCut = index }
            } else if token.text == ",", !previous.isNumber, index + 1 < input.count, !input[index + 1].isNumber,
                !Lexicon.coordinators.contains(input[index + 1].lower)
            {
                // ", many of them on tourist visas": what follows a comma is an aside.
                if phraseCut == nil { phraseCut = index }
            } else if (Lexicon.prepositions.contains(token.lower) && token.lower != "of" && token.lower != "than")
                || token.lower == "as"
                || (token.form == .gerund && previous.form == nil && !previous.isPunctuation
                    && !Lexicon.prepositions.contains(previous.lower))
                || (token.form == .past && !token.isFinite && previous.form == nil && !previous.isPunctuation
                    && !Lexicon.auxiliaries.contains(previous.lower) && !Lexicon.prepositions.contains(previous.lower)
                    && !Lexicon.determiners.contains(previous.lower))
            {
                if phraseCut == nil { phraseCut = index }
            } else if token.lower == "of", !previous.isPunctuation {
                if ofCut == nil { ofCut = index }
            }
        }
        let keeps = { (cut: Int) in wordCount(trimEnd(Array(input[..<cut]))) }
        // A clause cut wins when it leaves a headline of its own (five words or more); a cut
        // inside a name's "of" only when the others leave too little.
        let best: Int
        if let clauseCut, keeps(clauseCut) >= 5 {
            best = clauseCut
        } else if let ofCut, keeps(phraseCut ?? clauseCut ?? 0) < 6, keeps(ofCut) >= 6 {
            best = ofCut
        } else if let cut = phraseCut ?? clauseCut ?? ofCut {
            best = cut
        } else {
            return input
        }
        let kept = trimEnd(Array(input[..<best]))
        return wordCount(kept) >= 3 ? kept : input
    }

    /// Twelve words, then back to a word that does not promise more.
    static func truncate(_ input: [Token]) -> [Token] {
        var count = 0
        var result: [Token] = []
        for token in input {
            if !token.isPunctuation {
                count += 1
                if count > maximumWords { break }
            }
            result.append(token)
        }
        return trimEnd(result)
    }

    /// Drops words at the end that promise more: "of", "the", "to", a lone auxiliary, and a
    /// relative clause cut before what it reports ("… a worker who claimed").
    static func trimEnd(_ input: [Token]) -> [Token] {
        var tokens = input
        while let last = tokens.last {
            if last.isPunctuation && last.text != "%" || Lexicon.danglingWords.contains(last.lower)
                || last.form == .auxiliary
            {
                tokens.removeLast()
                continue
            }
            // "… shoot anyone trying", "… an event hosted": a participle whose phrase was cut.
            if last.form == .gerund || (last.form == .past && !last.isFinite), tokens.count >= 2,
                tokens[tokens.count - 2].form == nil, !tokens[tokens.count - 2].isPunctuation
            {
                tokens.removeLast()
                continue
            }
            // "… impacts that recent heavy floods": a relative clause left without its verb.
            if let starter = tokens.indices.reversed().prefix(8).first(where: {
                ["that", "which", "who", "whose"].contains(tokens[$0].lower)
            }), starter > 0, !tokens[(starter + 1)...].contains(where: { isVerb($0) || $0.form == .gerund }) {
                tokens.removeSubrange(starter...)
                continue
            }
            let base = VerbForms.base(ofPast: last.lower) ?? VerbForms.base(ofPresent: last.lower) ?? last.lower
            if Lexicon.reportingVerbs.contains(base), tokens.count >= 2,
                Lexicon.relativePronouns.contains(tokens[tokens.count - 2].lower)
                    || Lexicon.personalPronouns.contains(tokens[tokens.count - 2].lower)
                    || tokens[tokens.count - 2].lower == "that"
            {
                tokens.removeLast(2)
                continue
            }
            break
        }
        return tokens
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
