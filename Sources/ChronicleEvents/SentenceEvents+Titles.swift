// Titles that need more than the clause: reported content, asides, deadlines, comparisons,
// "this number", and subjects that point back at the sentence before.

extension SentenceEvents {
    /// A date inside what someone reported: "UNICEF reported that North Korea reactivated its
    /// immunization routines in 2023".
    func reportedDraft(
        _ mention: DateMention, segment: Int, members: [Int], excluded: Set<Int>,
        make: (Draft.Kind, String, String?, String, Int?) -> Result<Draft, Rejection>
    ) -> Result<Draft, Rejection> {
        let content = reported(words(of: members, excluding: excluded))
        // The reporter, even in an aside: "with the Commission having determined that …".
        let reporter =
            parse.segments[segment].parent.map { parent in
                Array(parse.segments[parent].words).filter { !excluded.contains($0) }.drop { index in
                    Lexicon.prepositions.contains(parse.lower(index)) || parse.words[index].kind == .punctuation
                }.map { $0 }
            } ?? []
        let contentVerb = finiteVerb(in: content)
        let subject = content.filter { index in contentVerb.map { index < $0 } ?? false }
        let firstSubjectWord = subject.first { parse.words[$0].kind == .word && parse.lower($0) != "that" }
        let pronounSubject = firstSubjectWord.map { Lexicon.personalPronouns.contains(parse.lower($0)) } ?? false
        let vague = reporter.isEmpty || isVague(reporter, before: finiteVerb(in: reporter) ?? reporter.last ?? 0)
        if (mention.role == .asOf && !vague && !isCount(content)) || pronounSubject {
            let verb = mainVerb(in: reporter)
            let title = Headline.make(tokens(reporter + resolvingPronoun(content, reporter: reporter)))
            return make(.report, title, verb?.base, "reported state", nil)
        }
        guard isEventful(content) else { return .failure(.noEvent) }
        let verb = mainVerb(in: content)
        let kind: Draft.Kind =
            verb.map { !Lexicon.stativeVerbs.contains($0.base) || $0.isPassive } ?? false ? .occurrence : .statistic
        return make(kind, Headline.make(tokens(content)), verb?.base, "reported event", nil)
    }

    /// A date in an aside about the noun before it: "Resolution 2397, adopted in 2017, …" or
    /// "…, which was adopted in 2017, …".
    func appositiveDraft(
        _ mention: DateMention, segment: Int, excluded: Set<Int>,
        make: (Draft.Kind, String, String?, String, Int?) -> Result<Draft, Rejection>
    ) -> Result<Draft, Rejection> {
        let range = parse.segments[segment].words
        var start = range.lowerBound - 1
        // Skip the comma, then walk back over the noun phrase.
        while start >= 0, parse.words[start].kind == .punctuation, !parse.words[start].is(")") { start -= 1 }
        var nounStart = start
        while nounStart > 0 {
            let previous = nounStart - 1
            let word = parse.words[previous]
            guard word.kind != .punctuation || word.is("(") || word.is(")"), parse.form(previous) == nil,
                !Lexicon.prepositions.contains(word.lower)
                    || (word.lower == "of" && parse.words[nounStart].isCapitalized)
            else { break }
            nounStart = previous
        }
        guard start >= 0, nounStart <= start else { return .failure(.noEvent) }
        let noun = Array(nounStart...start)
        let aside = range.filter {
            !excluded.contains($0) && !Lexicon.relativePronouns.contains(parse.lower($0)) && parse.lower($0) != "that"
        }
        guard aside.contains(where: { parse.form($0) != nil }) else { return .failure(.noEvent) }
        let verb = aside.first { parse.form($0) == .past }.flatMap { VerbForms.base(ofPast: parse.lower($0)) }
        var headline = tokens(noun + aside)
        // "which was adopted" reads "adopted"; a participle ("adopted in 2017") stays as it is.
        for index in headline.indices { headline[index].isFinite = false }
        if parse.segments[segment].kind == .relative,
            let index = headline.firstIndex(where: { $0.form == .past || $0.form == .auxiliary })
        {
            headline[index].isFinite = true
        }
        return make(
            .occurrence, Headline.make(headline, plural: Headline.subjectIsPlural(tokens(noun))), verb, "aside", nil)
    }

    /// "compared to 105 between January and June 2024": the number, with what the clause
    /// before counted ("over 1,000 North Koreans arrived in South Korea").
    func comparisonTitle(segment: Int, excluded: Set<Int>) -> String? {
        let own = parse.segments[segment].words.filter { !excluded.contains($0) }
        guard
            let number = own.first(where: {
                parse.words[$0].kind == .number || Self.quantityWords.contains(parse.lower($0))
            }),
            segment > 0
        else { return nil }
        let before = words(of: Array(0..<segment), excluding: excluded)
        guard
            let counted = before.firstIndex(where: {
                parse.words[$0].kind == .number || Self.quantityWords.contains(parse.lower($0))
            })
        else { return nil }
        let rest = Array(before[(counted + 1)...])
        guard !rest.isEmpty else { return nil }
        var headline = tokens([number] + rest)
        if let verb = headline.firstIndex(where: { $0.form == .past || $0.form == .present }) {
            headline[verb].isFinite = true
        }
        return Headline.make(headline)
    }

    /// Nouns that stand for a count made just before: "this number", "the figure".
    static let countNouns: Set<String> = ["number", "figure", "total", "count", "tally", "numbers", "figures"]

    /// "While there were 2,706 defections …, this number dropped to 1,127 in 2017."
    func numberAnaphoraTitle(members: [Int], segment: Int, excluded: Set<Int>) -> String? {
        let subject = subjectWords(members).filter { parse.words[$0].kind == .word }
        guard subject.count == 2, ["this", "that", "the"].contains(parse.lower(subject[0])),
            Self.countNouns.contains(parse.lower(subject[1]))
        else { return nil }
        // The counted noun phrase of the nearest count before.
        let earlier = Array(0..<subject[0])
        guard let number = earlier.last(where: { parse.words[$0].kind == .number && !parse.dateWords.contains($0) })
        else { return nil }
        var noun: [Int] = []
        var index = number + 1
        while index < subject[0] {
            let word = parse.words[index]
            if word.kind != .word || parse.form(index) != nil || parse.dateWords.contains(index) { break }
            if Lexicon.prepositions.contains(word.lower), index + 1 < parse.words.count,
                parse.dateWords.contains(index + 1)
            {
                break
            }
            noun.append(index)
            index += 1
        }
        guard !noun.isEmpty else { return nil }
        let predicate = words(of: members, excluding: excluded).filter { $0 > subject[1] }
        var headline = tokens(noun + predicate)
        if let verb = headline.firstIndex(where: { $0.form == .past || $0.form == .present }) {
            headline[verb].isFinite = true
        }
        return Headline.make(headline, plural: Headline.subjectIsPlural(tokens(noun)))
    }

    /// "This directive is based on a decree from August 2020.": the title tells what the
    /// sentence before said the directive does.
    ///
    /// With `allowingDefinite` (a dated noun of the clause, "a decree from August 2020"), "The
    /// order goes back to a decree …" points back as well.
    func antecedentTitle(members: [Int], excluded: Set<Int>, allowingDefinite dated: Int? = nil) -> String? {
        let subject = subjectWords(members).filter { parse.words[$0].kind == .word }
        let pointers =
            dated.map { parse.lower($0) } != nil
            ? ["this", "that", "these", "those", "such", "the"]
            : ["this", "that", "these", "those", "such"]
        guard let sentenceBefore = previous, subject.count == 2, pointers.contains(parse.lower(subject[0])),
            dated.map({ parse.lower($0) != parse.lower(subject[1]) }) ?? true,
            Lexicon.pointingNouns.contains(parse.lower(subject[1]))
                || Lexicon.documentNouns.contains(parse.lower(subject[1]))
        else { return nil }
        let previous = (parse: sentenceBefore.parse, range: sentenceBefore.range)
        let before = SentenceEvents(parse: previous.parse, mentions: [], previous: nil)
        let main = before.mainClause()
        let reported = main.filter { previous.parse.segments[$0].kind == .complement }
        let chosen = reported.isEmpty ? main : reported
        // Leave out the dates of the sentence before and the words that introduce them.
        var dated = previous.parse.dateWords
        for index in previous.parse.dateWords {
            var cursor = index - 1
            while cursor >= 0, !previous.parse.dateWords.contains(cursor),
                Lexicon.prepositions.contains(previous.parse.lower(cursor)) || previous.parse.lower(cursor) == "as"
            {
                dated.insert(cursor)
                cursor -= 1
            }
            if previous.parse.isComma(index + 1) { dated.insert(index + 1) }
        }
        let content = before.words(of: chosen, excluding: dated)
        guard before.finiteVerb(in: content) != nil else { return nil }
        var headline = Headline.tokens(content, of: previous.parse)
        if let verb = headline.firstIndex(where: { $0.isFinite }) { headline[verb].isFinite = true }
        let title = Headline.make(headline)
        return title.isEmpty ? nil : title
    }

    /// "Deadline for all North Korean workers to be sent back", "Deadline for States to
    /// repatriate North Korean nationals earning income overseas".
    func deadlineTitle(_ clauseWords: [Int], members: [Int]) -> String {
        var words = clauseWords
        while let first = words.first, parse.lower(first) == "that" || parse.words[first].kind == .punctuation {
            words.removeFirst()
        }
        let deadline = Headline.Token(text: "Deadline")
        let forToken = Headline.Token(text: "for")
        let toToken = Headline.Token(text: "to")
        func assemble(_ subject: [Int], _ rest: [Int], dropTo: Bool) -> String {
            var subjectTokens = Headline.dropAppositiveClauses(Headline.clean(tokens(subject)))
            let restTokens = tokens(dropTo ? Array(rest.dropFirst()) : rest).map { token -> Headline.Token in
                var copy = token
                copy.isFinite = false
                return copy
            }
            var all = [deadline, forToken] + subjectTokens + [toToken] + restTokens
            if Headline.wordCount(all) > Headline.maximumWords,
                let preposition = subjectTokens.indices.dropFirst().first(where: {
                    Lexicon.prepositions.contains(subjectTokens[$0].lower) && subjectTokens[$0].lower != "of"
                })
            {
                subjectTokens.removeSubrange(preposition...)
                all = [deadline, forToken] + subjectTokens + [toToken] + restTokens
            }
            return Headline.render(Headline.compress(Headline.clean(all)))
        }
        for (position, index) in words.enumerated() {
            let lower = parse.lower(index)
            let next = position + 1 < words.count ? parse.lower(words[position + 1]) : ""
            if lower == "must" || (["have", "has", "had", "need", "needs", "needed"].contains(lower) && next == "to")
                || (lower == "due" && next == "to")
            {
                let skip = lower == "must" ? 1 : 2
                // "The inquiry is due to …": the auxiliary before "due" is no part of the subject.
                var subject = Array(words[..<position])
                while let last = subject.last, parse.form(last) == .auxiliary { subject.removeLast() }
                let rest = Array(words[min(words.count, position + skip)...])
                return assemble(subject, rest, dropTo: false)
            }
            if let base = parse.verbBase(at: index), Lexicon.obligationVerbs.contains(base),
                let to = words[(position + 1)...].firstIndex(where: { parse.lower($0) == "to" }), to > position + 1
            {
                var object = Array(words[(position + 1)..<to])
                // "barred member states from … and obliged them to …": "them" are the states.
                if object.count == 1, ["them", "it"].contains(parse.lower(object[0])),
                    let named = objectOfFirstVerb(in: Array(words[..<position]))
                {
                    object = named
                }
                let rest = Array(words[to...])
                return assemble(object, rest, dropTo: true)
            }
            if lower == "deadline" {
                var title = tokens(Array(words[position...]))
                title[0] = deadline
                return Headline.render(Headline.compress(Headline.clean(title)))
            }
        }
        // "The government has until 31 December to respond" (the date phrase taken out): who, then
        // what by.
        if let to = words.firstIndex(where: { parse.lower($0) == "to" }), to > 0,
            !words[..<to].contains(where: { parse.isFinite[$0] || parse.form($0) != nil }),
            parse.words[words[to - 1]].kind == .word
        {
            return assemble(Array(words[..<to]), Array(words[(to + 1)...]), dropTo: false)
        }
        let content = Headline.make([Headline.Token(text: "Deadline:")] + tokens(words))
        return content.isEmpty ? "Deadline" : content
    }
}

extension SentenceEvents {
    /// The noun phrase right after the first verb of some words: "barred member states from …"
    /// → "member states".
    func objectOfFirstVerb(in words: [Int]) -> [Int]? {
        guard let verb = words.firstIndex(where: { parse.isFinite[$0] || parse.form($0) == .past }) else {
            return nil
        }
        var object: [Int] = []
        for index in words[(verb + 1)...] {
            let word = parse.words[index]
            if word.kind != .word || parse.form(index) != nil || Lexicon.prepositions.contains(word.lower)
                || Lexicon.coordinators.contains(word.lower)
            {
                break
            }
            object.append(index)
        }
        let content = object.filter { !Lexicon.determiners.contains(parse.lower($0)) }
        return content.isEmpty || Lexicon.personalPronouns.contains(parse.lower(content[0])) ? nil : object
    }
}
