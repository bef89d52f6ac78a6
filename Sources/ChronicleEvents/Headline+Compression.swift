// Making a headline fit in twelve words: dropping asides, hedges, modifiers and phrases, in
// the order that loses least.

extension Headline {
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
            useAcronyms, putOwnersFirst, dropStandIns, dropVerbCoordination, dropWeighingAdjectives,
            { dropSubjectPhrases($0) }, { cutTrailingPhrase($0, dropping: 5, keepingNames: true) },
        ]
        for step in gentle where wordCount(tokens) > maximumWords { tokens = step(tokens) }
        guard wordCount(tokens) > maximumWords else { return tokens }
        // Then either drop the articles before cutting or cut keeping them: whichever keeps more
        // words that are not articles (on a tie, the articles stay).
        let harsh: [([Token]) -> [Token]] = [
            { dropSubjectPhrases($0, keepingNames: false) }, { cutTrailingPhrase($0) }, dropArticles,
            truncate,
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
    ///
    /// "its" right after the verb goes as well: "Russia uses its veto" → "Russia uses veto".
    static func dropArticles(_ input: [Token]) -> [Token] {
        input.enumerated().filter { index, token in
            // "The Hague" keeps its article; so does a lone "a" between numbers.
            if index + 1 < input.count, input[index + 1].isNumber { return true }
            if ["the", "a", "an"].contains(token.lower) { return false }
            return !(token.lower == "its" && index > 0 && input[index - 1].isFinite)
        }.map(\.element)
    }

    /// "resolutions of the UN Security Council bar …" → "UN Security Council resolutions bar …":
    /// what a body decided or wrote, with the body's name first (`Lexicon.bodyOutputNouns`).
    static func putOwnersFirst(_ input: [Token]) -> [Token] {
        var start = 0
        while start < input.count, ["the", "a", "an"].contains(input[start].lower) { start += 1 }
        guard start + 2 < input.count, Lexicon.bodyOutputNouns.contains(input[start].lower),
            !input[start].isCapitalized || input[start].isSentenceStart || start == 0, input[start + 1].lower == "of"
        else { return input }
        var nameStart = start + 2
        if input[nameStart].lower == "the" { nameStart += 1 }
        var nameEnd = nameStart
        while nameEnd < input.count, input[nameEnd].isCapitalized, !input[nameEnd].isPunctuation,
            !input[nameEnd].isFinite
        {
            nameEnd += 1
        }
        // The name runs up to the verb: "resolutions of the Security Council of 2017" stays.
        guard nameEnd > nameStart, nameEnd < input.count, input[nameEnd].isFinite || isVerb(input[nameEnd]) else {
            return input
        }
        var noun = input[start]
        noun.text = noun.lower
        noun.isCapitalized = false
        return Array(input[nameStart..<nameEnd]) + [noun] + Array(input[nameEnd...])
    }

    /// "similar levels to those of earlier years" → "similar levels to earlier years".
    static func dropStandIns(_ input: [Token]) -> [Token] {
        var tokens = input
        var index = 1
        while index + 2 < tokens.count {
            if ["those", "that"].contains(tokens[index].lower), tokens[index + 1].lower == "of",
                ["to", "with", "than"].contains(tokens[index - 1].lower)
            {
                tokens.removeSubrange(index...(index + 1))
                continue
            }
            index += 1
        }
        return tokens
    }

    /// "the possible negative impacts" → "the impacts": adjectives that weigh or hedge
    /// (`Lexicon.droppableAdjectives`), before a word they modify.
    static func dropWeighingAdjectives(_ input: [Token]) -> [Token] {
        input.enumerated().filter { index, token in
            guard Lexicon.droppableAdjectives.contains(token.lower), !token.isCapitalized || token.isSentenceStart,
                token.depth == 0, let next = input[safe: index + 1], !next.isPunctuation, !next.isNumber,
                !Lexicon.prepositions.contains(next.lower), !Lexicon.coordinators.contains(next.lower),
                next.form != .auxiliary, !next.isFinite
            else { return true }
            return false
        }.map(\.element)
    }

    /// "announces it had tested" → "announces it tested": a perfect after the title's verb
    /// becomes a simple past.
    static func simplifyPerfect(_ input: [Token]) -> [Token] {
        guard let verb = input.firstIndex(where: { $0.isFinite }) else { return input }
        var tokens = input
        var index = tokens.count - 2
        while index > verb {
            if ["had", "has", "have"].contains(tokens[index].lower),
                tokens[index + 1].form == .past
                    || (isAdverb(tokens[index + 1]) && tokens[safe: index + 2]?.form == .past)
            {
                // The participle is now the clause's verb.
                if tokens[index + 1].form == .past { tokens[index + 1].isFinite = true }
                tokens.remove(at: index)
            }
            index -= 1
        }
        return tokens
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
}
