// Cutting a headline's tail at a phrase boundary, never where the words left would promise more.

extension Headline {
    /// Cuts at the rightmost phrase start that leaves at most twelve words, preferring the
    /// start of a clause ("that", "which", "while") to that of a phrase (a preposition other
    /// than "of", a participle after a noun, "to").
    ///
    /// A cut that would leave words promising more (``isCleanCut(_:in:)``) is taken only when
    /// no other cut fits.
    ///
    /// With `keepingNames`, a phrase that holds a name ("in North Korea") is not cut: dropping
    /// articles may make room for it.
    static func cutTrailingPhrase(_ input: [Token], dropping limit: Int = .max, keepingNames: Bool = false)
        -> [Token]
    {
        let clean = cutTrailingPhrase(input, dropping: limit, cleanOnly: true, keepingNames: keepingNames)
        if clean.count < input.count || limit != .max { return clean }
        return cutTrailingPhrase(input, dropping: limit, cleanOnly: false, keepingNames: keepingNames)
    }

    private static func cutTrailingPhrase(
        _ input: [Token], dropping limit: Int, cleanOnly: Bool, keepingNames: Bool
    ) -> [Token] {
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
            guard fits, !cleanOnly || isCleanCut(index, in: input),
                !keepingNames || !input[index...].contains(where: { $0.isCapitalized && !$0.isPunctuation })
            else { continue }
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

    /// Whether cutting the words from `cut` on leaves a complete thought: not inside a name
    /// ("Liberty in North Korea", "Panel of Experts"; a place named right after a name reads as
    /// part of it), a fixed phrase ("crimes against
    /// humanity", `Lexicon.fixedPhrases`) or a list ("Russia, China, Africa and …"), and not
    /// before the phrase a word needs (`Lexicon.complementTakers`: "a large majority" needs
    /// "of …"; `Lexicon.verbComplements`: "bar member states" needs "from …").
    static func isCleanCut(_ cut: Int, in input: [Token]) -> Bool {
        let kept = trimEnd(Array(input[..<cut]))
        let first = kept.count
        guard first > 0, first < input.count else { return true }
        let next = input[first]
        let last = input[first - 1]
        // Inside a name.
        if Lexicon.nameConnectors.contains(next.lower), last.isCapitalized, !last.isPunctuation,
            let after = input[(first + 1)...].first(where: { $0.lower != "the" }), after.isCapitalized,
            !after.isPunctuation
        {
            return false
        }
        // Inside a fixed phrase.
        let lowers = input.map(\.lower)
        for phrase in Lexicon.fixedPhrases where phrase.count <= lowers.count {
            for start in max(0, first - phrase.count + 1)...min(first - 1, lowers.count - phrase.count)
            where Array(lowers[start..<(start + phrase.count)]) == phrase {
                return false
            }
        }
        // Inside a list: an "and" or "or" comes before any verb.
        if next.text == "," {
            for token in input[(first + 1)...].prefix(8) {
                if token.form != nil && token.form != .gerund { break }
                if token.lower == "and" || token.lower == "or" { return false }
            }
        }
        // Before the phrase a word needs.
        let content = kept.filter { !$0.isPunctuation && !["the", "a", "an"].contains($0.lower) }
        for token in content.suffix(2) where Lexicon.complementTakers[token.lower]?.contains(next.lower) == true {
            return false
        }
        // Any verb since the last preposition: "bar member states" before "from".
        let phraseStart = (kept.lastIndex { Lexicon.prepositions.contains($0.lower) }).map { $0 + 1 } ?? 0
        for token in kept[phraseStart...] where token.isFinite || token.form == .gerund || token.form == .past {
            if let base = verbBase(token), Lexicon.verbComplements[base]?.contains(next.lower) == true { return false }
        }
        return true
    }

    /// The base form of a verb token: "barred" → "bar", "asking" → "ask", "requests" → "request".
    static func verbBase(_ token: Token) -> String? {
        let lower = token.lower
        if lower.hasSuffix("ing"), lower.count > 5 {
            let stem = String(lower.dropLast(3))
            for candidate in [stem, stem + "e", String(stem.dropLast())]
            where Lexicon.verbComplements[candidate] != nil || Lexicon.commonVerbs.contains(candidate) {
                return candidate
            }
            return nil
        }
        return VerbForms.base(ofPast: lower) ?? VerbForms.base(ofPresent: lower) ?? lower
    }
}
