// From a dated mention to a draft: deadlines, dated documents, reported events, counts, and
// plain clauses, each with the words its title is made of.

extension SentenceEvents {
    func draft(for mention: DateMention, otherDates: Set<Int>, allAccepted: [DateMention]) -> Result<Draft, Rejection> {
        guard let segment = segmentIndex(of: mention.words.lowerBound) else { return .failure(.noEvent) }
        var excluded = otherDates.union(mention.phrase)
        // A comma right after a leading date phrase goes with it.
        if parse.isComma(mention.words.upperBound + 1) { excluded.insert(mention.words.upperBound + 1) }
        // "on 10 December 2023, Human Rights Day.": a name the date goes by, no part of the event.
        excluded.formUnion(dayName(after: mention))
        let kind = parse.segments[segment].kind
        // An aside with a verb of its own ("…: at the end of 2019, thousands were still …") is its
        // own clause; one without takes the main clause's.
        let ownVerb = parse.hasFiniteCandidate(in: parse.segments[segment].words)
        let members =
            (kind == .attribution || kind == .appendix) && !(kind == .appendix && ownVerb)
            ? mainClause() : clause(of: segment)
        let scopeWords =
            (members + parents(of: members)).sorted().filter { parse.segments[$0].kind != .intro }
            .flatMap { Array(parse.segments[$0].words) } + attributionWords()
        // Dates stay out of the scope: their numbers are no counts to compare.
        let scope = text(scopeWords.filter { !mention.phrase.contains($0) && !parse.dateWords.contains($0) })
        func make(_ kind: Draft.Kind, _ title: String, verb: String?, reading: String, citationStart: Int? = nil)
            -> Result<Draft, Rejection>
        {
            .success(
                Draft(
                    mention: mention, kind: kind, title: namingThePerson(title), scope: scope,
                    citationStart: citationStart, verb: verb, reading: reading))
        }

        // "the ministry's annual report, released on 2 May": the document's own publication,
        // when what came out is a report.
        if let publication = publicationDraft(mention, scope: scope) { return .success(publication) }

        // Deadlines: "must be sent back by December of 2019", "no later than December 22, 2019".
        let own = members == [segment] ? segment : members.first { parse.segments[$0].kind.isInterruption }
        let clauseWords = words(of: members, excluding: excluded, keeping: own)
        if mention.role == .deadline || (mention.role == .by && hasObligation(members)) {
            let title = deadlineTitle(clauseWords, members: members)
            return make(.deadline, title, verb: "require", reading: "deadline")
        }
        // "In spring, children plant corn": a season or month without its year, in a clause told
        // in the present, is a habit, not an event.
        if isHabitual(mention, clauseWords) { return .failure(.habitual) }
        // "Reports in 2017 found that 1,000 people defect every year": a rate, not an event.
        if isHabit(clauseWords) { return .failure(.habit) }
        // "According to the 2022 report, the country holds 80,000 prisoners": the report's year
        // dates its edition, and what it finds is told as it stands, not as something that
        // happened then.
        if kind == .attribution, let noun = documentHead(premodifiedBy: mention),
            Lexicon.findingNouns.contains(parse.lower(noun.head)),
            let verb = mainVerb(in: words(of: mainClause(), excluding: excluded)), isPresent(verb.index)
        {
            return .failure(.restatedFinding)
        }

        // A dated document or gathering: "the 2014 report", "a decree from August 2020" — unless
        // it is the one reporting ("Reports in 2017 showed that …").
        if kind != .attribution, let noun = documentHead(premodifiedBy: mention) ?? documentHead(followedBy: mention),
            !isReporter(noun.head, members: members)
        {
            if let antecedent = antecedentTitle(members: members, excluded: excluded, allowingDefinite: noun.head) {
                return make(
                    .document, antecedent, verb: nil, reading: "what \"\(text(subjectWords(members)))\" points back at",
                    citationStart: previous?.range.lowerBound)
            }
            // The dated noun heads the subject ("The 2019 review found …"), not a phrase inside it.
            let subject = subjectWords(members).filter { parse.words[$0].kind == .word }
            let leads =
                subject.first.map { first in
                    first <= noun.head
                        && !(first..<noun.head).contains {
                            Lexicon.prepositions.contains(parse.lower($0)) || parse.form($0) != nil
                        }
                } ?? false
            if leads, subject.contains(noun.head), let verb = mainVerb(in: clauseWords),
                !Lexicon.stativeVerbs.contains(verb.base) || Lexicon.reportingVerbs.contains(verb.base)
            {
                return make(
                    .document, Headline.make(tokens(clauseWords)), verb: verb.base,
                    reading: "dated \(parse.lower(noun.head)) as subject")
            }
            // "The country is not a party to the 2000 Protocol": a name cited by a clause about
            // something else dates an event only when that clause tells something that happened.
            if !leads, let verb = mainVerb(in: clauseWords), isPresent(verb.index) || isNegated(verb.index) {
                return .failure(.reference)
            }
            let title = Headline.make(tokens(noun.words.filter { !excluded.contains($0) }))
            return make(.document, title, verb: nil, reading: "dated \(parse.lower(noun.head))")
        }

        // "interviews conducted in 2024 with …": the date belongs to the participle before it.
        if kind != .attribution, let reduced = reducedRelative(before: mention, excluded: excluded) {
            // "The order goes back to a decree issued in August 2020": what the order is.
            let noun = mention.phraseStart - 2
            if Lexicon.documentNouns.contains(parse.lower(noun)),
                let antecedent = antecedentTitle(members: members, excluded: excluded, allowingDefinite: noun)
            {
                return make(
                    .document, antecedent, verb: reduced.verb,
                    reading: "what \"\(text(subjectWords(members)))\" points back at",
                    citationStart: previous?.range.lowerBound)
            }
            return make(.occurrence, Headline.make(tokens(reduced.words)), verb: reduced.verb, reading: "participle")
        }

        // The second verb of "met officials on Monday and travelled to the port on Wednesday":
        // the subject, then that verb's own words.
        if kind == .coordinateVerb, hasOwnDate(segment),
            let main = members.first(where: { parse.segments[$0].kind == .main }), hasOwnDate(main)
        {
            let own = Array(
                words(of: [segment], excluding: excluded).drop { Lexicon.coordinators.contains(parse.lower($0)) })
            let verb = mainVerb(in: own)
            return make(
                .occurrence, Headline.make(tokens(subjectWords([main]) + own)), verb: verb?.base,
                reading: "second verb")
        }

        switch kind {
        case .complement:
            return reportedDraft(mention, segment: segment, members: members, excluded: excluded, make: make)
        case .comparison:
            guard let title = comparisonTitle(segment: segment, excluded: excluded) else { return .failure(.noEvent) }
            return make(.statistic, title, verb: nil, reading: "comparison")
        case .relative, .participial:
            return appositiveDraft(mention, segment: segment, excluded: excluded, make: make)
        default:
            break
        }

        // A clause that reports: "In March, Human Rights Watch reported that …".
        if let complement = members.first(where: { parse.segments[$0].kind == .complement }),
            let reporter = parse.segments[complement].parent,
            let verb = mainVerb(in: words(of: [reporter], excluding: excluded)),
            Lexicon.reportingVerbs.contains(verb.base)
        {
            // Everything the verb reports, asides left out: "that North Korean athletes, who …, faced …".
            let reportedSegments = members.filter { parse.segments[$0].parent == reporter }
            let content = reported(
                words(of: reportedSegments + parents(ofNested: reportedSegments, in: members), excluding: excluded))
            let hasOwnDate = allAccepted.contains { other in
                other.words != mention.words && parse.segments[complement].words.contains(other.words.lowerBound)
            }
            let reporterWords = words(of: [reporter], excluding: excluded)
            let vague = isVague(reporterWords, before: verb.index)
            if hasOwnDate && vague { return .failure(.vagueReport) }
            // A named reporter makes news whatever it reports; a vague one only with an event.
            guard isEventful(content) || !vague else { return .failure(.noEvent) }
            let titleWords = vague ? content : reporterWords + resolvingPronoun(content, reporter: reporterWords)
            return make(
                .report, Headline.make(tokens(titleWords)), verb: verb.base,
                reading: vague ? "reported content" : "report")
        }

        // "this number dropped to 1,127 in 2017": the number of what the clause before counted.
        if let title = numberAnaphoraTitle(members: members, segment: segment, excluded: excluded) {
            return make(.statistic, title, verb: nil, reading: "number of the clause before")
        }
        if let antecedent = antecedentTitle(members: members, excluded: excluded) {
            return make(
                .occurrence, antecedent, verb: nil, reading: "what the subject points back at",
                citationStart: previous?.range.lowerBound)
        }

        // A trailing attribution dated by the mention: ", Reuters reported in 2016."
        if kind == .attribution, let attribution = parse.segments.first(where: { $0.kind == .attribution }),
            attribution.words.contains(mention.words.lowerBound),
            attribution.words.lowerBound > (parse.segments.first?.words.lowerBound ?? 0)
        {
            var reporter = attribution.words.filter { !excluded.contains($0) && !parse.words[$0].is(".") }
            // "said Maria Santos, a farmer": the speaker first, then the verb; the aside goes.
            if let verb = reporter.first, parse.form(verb) == .past {
                let name = reporter.dropFirst().prefix {
                    parse.words[$0].isCapitalized && parse.words[$0].kind == .word
                }
                if !name.isEmpty { reporter = Array(name) + [verb] }
            }
            let content = words(of: mainClause(), excluding: excluded)
            var headline = tokens(reporter + content)
            if let verb = headline.firstIndex(where: { $0.form == .past || $0.form == .present }) {
                headline[verb].isFinite = true
                // "Reuters reports the government …": the content's first word is no longer first.
                if let next = headline[(verb + 1)...].firstIndex(where: { !$0.isPunctuation }),
                    ["the", "a", "an", "we", "they", "it", "he", "she", "our", "their", "its"].contains(
                        headline[next].lower) || headline[next].form == .gerund
                {
                    headline[next].text = headline[next].lower
                }
            }
            return make(.report, Headline.make(headline), verb: "report", reading: "trailing attribution")
        }

        // "Post Magazine's 2018 article gives …", "the country's 2023 income was …": a year that
        // only names a thing's edition dates no event, unless the clause counts people.
        if isPremodifier(mention), kind != .attribution, !isCount(clauseWords) { return .failure(.noEvent) }
        let verb = mainVerb(in: clauseWords)
        if let verb, !Lexicon.stativeVerbs.contains(verb.base) || verb.isPassive {
            return make(.occurrence, Headline.make(tokens(clauseWords)), verb: verb.base, reading: "clause")
        }
        if isCount(clauseWords) {
            return make(.statistic, Headline.make(tokens(clauseWords)), verb: verb?.base, reading: "count")
        }
        if verb == nil, let title = timelineLineTitle(after: mention) {
            return make(.occurrence, title, verb: nil, reading: "timeline line")
        }
        return .failure(.noEvent)
    }

    /// "2011: First strike at the port, lasting two weeks.": a line of a chronology that names
    /// what happened with a noun — the date first, a colon or dash, then a phrase whose head is
    /// a happening (`Lexicon.eventNouns`), up to the first comma.
    func timelineLineTitle(after mention: DateMention) -> String? {
        let firstWord = parse.words.indices.first { parse.words[$0].kind != .punctuation }
        guard mention.phraseStart == firstWord, mention.words.upperBound + 1 < parse.words.count else { return nil }
        let mark = parse.words[mention.words.upperBound + 1]
        guard mark.is(":") || mark.is("\u{2013}") || mark.is("\u{2014}") || mark.is("-") else { return nil }
        let phrase = Array(
            parse.words[(mention.words.upperBound + 2)...].indices.prefix { index in
                let word = parse.words[index]
                return !(word.is(",") || word.is(".") || word.is(";")) && !parse.isFinite[index]
            })
        guard (1...Headline.maximumWords).contains(phrase.count),
            phrase.contains(where: { Lexicon.eventNouns.contains(parse.lower($0)) }),
            !phrase.contains(where: { parse.form($0) == .past || parse.form($0) == .present })
        else { return nil }
        return Headline.make(tokens(phrase))
    }

    // MARK: - The clause and its parts

    /// The segments of the main clause.
    func mainClause() -> [Int] {
        guard let first = parse.segments.firstIndex(where: { $0.kind == .main }) else { return [] }
        return clause(of: first)
    }

    /// The segments whose verbs report what some of `members` say.
    func parents(of members: [Int]) -> [Int] {
        var result: [Int] = []
        var pending = members
        while let next = pending.popLast() {
            guard let parent = parse.segments[next].parent, !members.contains(parent), !result.contains(parent)
            else { continue }
            result.append(parent)
            pending.append(parent)
        }
        return result
    }

    /// Complements reported inside some complements.
    func parents(ofNested segments: [Int], in members: [Int]) -> [Int] {
        members.filter { member in
            guard let parent = parse.segments[member].parent else { return false }
            return segments.contains(parent) && !segments.contains(member)
        }
    }

    /// What a reporting verb reports, without its "that".
    func reported(_ words: [Int]) -> [Int] {
        var words = words
        while let first = words.first, parse.lower(first) == "that" || parse.words[first].kind == .punctuation {
            words.removeFirst()
        }
        return words
    }

    /// Whether a word is in the subject of a reporting verb of the clause: "Reports in 2017 showed".
    func isReporter(_ word: Int, members: [Int]) -> Bool {
        members.contains { number in
            let segment = Array(parse.segments[number].words)
            guard segment.contains(word),
                parse.segments.contains(where: { $0.parent == number && $0.kind == .complement }),
                let verb = mainVerb(in: segment), word < verb.index
            else { return false }
            return Lexicon.reportingVerbs.contains(verb.base)
        }
    }

    /// "it" as the subject of what someone reported stands for the name the sentence opened
    /// with: "Many know North Korea as …, with the Commission having determined that it …".
    ///
    /// After a verb of saying ("announced that it had tested") "it" is the speaker and stays.
    func resolvingPronoun(_ content: [Int], reporter: [Int]) -> [Int] {
        let says = reporter.contains { index in
            parse.verbBase(at: index).map { Lexicon.selfStatementVerbs.contains($0) } ?? false
        }
        guard !says, let first = content.first(where: { parse.words[$0].kind == .word }), parse.lower(first) == "it",
            let name = leadingName(before: reporter.first ?? first)
        else { return content }
        return content.flatMap { $0 == first ? name : [$0] }
    }

    /// The first run of capitalized words (not the sentence's first word alone) before an index.
    func leadingName(before limit: Int) -> [Int]? {
        var index = 1
        while index < limit {
            if parse.words[index].isCapitalized, parse.words[index].kind == .word, parse.form(index) == nil,
                !parse.dateWords.contains(index)
            {
                var end = index
                while end + 1 < limit, parse.words[end + 1].isCapitalized, parse.words[end + 1].kind == .word {
                    end += 1
                }
                return Array(index...end)
            }
            index += 1
        }
        return nil
    }

    /// The words of a leading "According to …," or a trailing ", X said.".
    func attributionWords() -> [Int] {
        parse.segments.filter { $0.kind == .attribution }.flatMap { Array($0.words) }
    }

    /// The subject of a clause: its words before the first finite verb.
    func subjectWords(_ members: [Int]) -> [Int] {
        let all = words(of: members, excluding: [])
        guard let verb = finiteVerb(in: all) else { return [] }
        return all.filter { $0 < verb }
    }

    func hasObligation(_ members: [Int]) -> Bool {
        members.contains { number in
            parse.segments[number].words.contains { Lexicon.obligationCues.contains(parse.lower($0)) }
        }
            || mainClause().contains { number in
                parse.segments[number].words.contains { Lexicon.obligationCues.contains(parse.lower($0)) }
            }
    }

    /// Whether a reporter is too vague to name: "reports", "trade data", "some sources".
    func isVague(_ reporter: [Int], before verb: Int) -> Bool {
        let subject = reporter.filter {
            $0 < verb && parse.words[$0].kind == .word && !Lexicon.droppableAdverbs.contains(parse.lower($0))
                && !(parse.lower($0).hasSuffix("ly") && parse.form($0) == nil)
        }
        guard let head = subject.last(where: { !Lexicon.prepositions.contains(parse.lower($0)) }) else { return true }
        // "Reports in 2017": the head comes before the date phrase.
        let beforePreposition = subject.prefix { !Lexicon.prepositions.contains(parse.lower($0)) }
        let candidate = beforePreposition.last ?? head
        return Lexicon.vagueReporters.contains(parse.lower(candidate))
            || (Lexicon.personalPronouns.contains(parse.lower(candidate)))
    }

    /// Whether some words tell something that happened (a verb that is not "be" or "have"), or
    /// count people or happenings.
    func isEventful(_ words: [Int]) -> Bool {
        if let verb = mainVerb(in: words), !Lexicon.stativeVerbs.contains(verb.base) || verb.isPassive { return true }
        return isCount(words)
    }

    /// Number words that count like digits: "tens of thousands of workers".
    static let quantityWords: Set<String> = [
        "tens", "hundreds", "thousands", "millions", "dozens", "scores", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "twenty", "thirty", "forty",
        "fifty", "hundred", "thousand", "million",
    ]

    /// Whether the words count people or happenings: "2,706 defections", "85 percent of refugees".
    func isCount(_ words: [Int]) -> Bool {
        for (position, index) in words.enumerated() {
            let word = parse.words[index]
            guard word.kind == .number || Self.quantityWords.contains(word.lower), !parse.dateWords.contains(index)
            else { continue }
            if position > 0, Lexicon.amountWords.contains(parse.lower(words[position - 1])) { continue }
            let window = words[(position + 1)..<min(words.count, position + 6)]
            for next in window {
                let lower = parse.lower(next)
                if Lexicon.countedNouns.contains(lower) { return true }
                if lower.hasSuffix("ans") && parse.words[next].isCapitalized { return true }
                if Lexicon.amountWords.contains(lower) && lower != "percent" && lower != "%" { break }
                if parse.form(next) != nil && parse.form(next) != .gerund { break }
            }
        }
        return false
    }

    // MARK: - Dated nouns

    /// The noun phrase a date sits in front of, when its head is a document, decision or
    /// gathering: "the landmark 2014 UN Commission of Inquiry (COI) report".
    func documentHead(premodifiedBy mention: DateMention) -> (head: Int, words: [Int])? {
        guard mention.phraseStart == mention.words.lowerBound || mention.role == .plain,
            mention.phraseStart == mention.words.lowerBound
        else { return nil }
        var end = mention.words.upperBound
        var head: Int?
        var index = end + 1
        while index < parse.words.count {
            let word = parse.words[index]
            if word.is("(") {
                // An acronym in parentheses: "(COI)".
                if index + 2 < parse.words.count, parse.words[index + 2].is(")") {
                    index += 3
                    continue
                }
                break
            }
            guard word.kind == .word || word.kind == .number else { break }
            // "the 2022 Trafficking in Persons report": after a name, "report" is its noun.
            let endsName = Lexicon.documentNouns.contains(word.lower) && parse.words[index - 1].isCapitalized
            if parse.form(index) != nil && !word.isCapitalized && !endsName { break }
            if Lexicon.prepositions.contains(word.lower) {
                // "Law on Sex Equality", "Commission of Inquiry": small words inside a name.
                if index + 1 < parse.words.count, parse.words[index + 1].isCapitalized,
                    head == nil || word.isCapitalized
                        || parse.words[index - 1].isCapitalized
                {
                    index += 1
                    continue
                }
                break
            }
            if Lexicon.determiners.contains(word.lower) || Lexicon.coordinators.contains(word.lower) { break }
            end = index
            if Lexicon.documentNouns.contains(word.lower) { head = index }
            index += 1
        }
        guard let head else { return nil }
        // Back to the start of the noun phrase: "the landmark", "The CIA's".
        var start = mention.words.lowerBound
        while start > 0 {
            let previous = parse.words[start - 1]
            if previous.kind == .word, !Lexicon.prepositions.contains(previous.lower), parse.form(start - 1) == nil,
                !Lexicon.coordinators.contains(previous.lower), !Lexicon.relativePronouns.contains(previous.lower)
            {
                start -= 1
                if Lexicon.determiners.contains(previous.lower) { break }
                continue
            }
            break
        }
        // Everything after the head that still belongs to the name: "Law on Sex Equality".
        var last = head
        var cursor = head + 1
        while cursor <= end {
            last = cursor
            cursor += 1
        }
        if cursor < parse.words.count, parse.lower(cursor) == "on" || parse.lower(cursor) == "of",
            cursor + 1 < parse.words.count, parse.words[cursor + 1].isCapitalized
        {
            last = cursor + 1
            while last + 1 < parse.words.count,
                parse.words[last + 1].isCapitalized
                    || (["of", "on", "for", "and"].contains(parse.lower(last + 1)) && last + 2 < parse.words.count
                        && parse.words[last + 2].isCapitalized)
            {
                last += 1
            }
        }
        let words = Array(start...last).filter { !mention.words.contains($0) }
        return (head, words)
    }

    /// The noun phrase a date follows, when its head is a document or decision: "a decree from
    /// August 2020", "the creation of North Korea in 1948".
    func documentHead(followedBy mention: DateMention) -> (head: Int, words: [Int])? {
        guard [.plain, .from, .of].contains(mention.role), mention.phraseStart > mention.words.lowerBound - 2,
            mention.phraseStart > 0
        else { return nil }
        var index = mention.phraseStart - 1
        var sawOf = false
        while index >= 0 {
            let word = parse.words[index]
            guard word.kind == .word else { return nil }
            if word.lower == "of" {
                sawOf = true
                index -= 1
                continue
            }
            if parse.form(index) != nil || Lexicon.prepositions.contains(word.lower) { return nil }
            if Lexicon.documentNouns.contains(word.lower),
                !word.isCapitalized || sawOf || index == mention.phraseStart - 1
            {
                var start = index
                while start > 0, parse.words[start - 1].kind == .word, parse.form(start - 1) == nil,
                    !Lexicon.prepositions.contains(parse.lower(start - 1))
                {
                    start -= 1
                    if Lexicon.determiners.contains(parse.lower(start)) { break }
                }
                // The object of a verb takes the verb's date: "established a law in 2010".
                if isObjectPosition(start) { return nil }
                return (index, Array(start..<mention.phraseStart))
            }
            if !word.isCapitalized && !sawOf { return nil }
            index -= 1
        }
        return nil
    }

    /// A date written without a year ("in spring", "in April") before a verb in the present or
    /// after a modal ("children plant", "workers must remove").
    func isHabitual(_ mention: DateMention, _ clauseWords: [Int]) -> Bool {
        let written = mention.words.map { parse.words[$0].text }.joined()
        guard !written.contains(where: \.isNumber), let verb = finiteVerb(in: clauseWords) else { return false }
        if parse.form(verb) == .present { return true }
        let lower = parse.lower(verb)
        return ["must", "can", "may", "might", "should", "do", "does", "is", "are"].contains(lower)
    }

    /// Whether a date stands right before a noun, with no word introducing it: "the 2018 article".
    func isPremodifier(_ mention: DateMention) -> Bool {
        guard mention.phraseStart == mention.words.lowerBound, mention.phraseStart > 0,
            let next = parse.words[safe: mention.words.upperBound + 1], next.kind == .word,
            parse.form(mention.words.upperBound + 1) == nil, !Lexicon.prepositions.contains(next.lower)
        else { return false }
        let before = parse.words[mention.phraseStart - 1]
        return before.kind == .word && !Lexicon.prepositions.contains(before.lower)
    }

    /// Whether a noun phrase starting here follows a verb directly (its object).
    func isObjectPosition(_ start: Int) -> Bool {
        var cursor = start - 1
        while cursor >= 0, Lexicon.determiners.contains(parse.lower(cursor)) { cursor -= 1 }
        guard cursor >= 0 else { return false }
        return parse.isFinite[cursor] || parse.form(cursor) == .past || parse.form(cursor) == .present
    }

    /// "interviews conducted in 2024 with North Korean defectors": the noun, the participle and
    /// what follows in the segment.
    func reducedRelative(before mention: DateMention, excluded: Set<Int>) -> (words: [Int], verb: String)? {
        let participle = mention.phraseStart - 1
        // "It was last inspected in 2021" is a passive, not a noun and its participle.
        guard participle > 0, !(max(0, participle - 3)..<participle).contains(where: { parse.form($0) == .auxiliary }),
            parse.form(participle) == .past, !parse.isFinite[participle],
            parse.words[participle - 1].kind == .word, parse.form(participle - 1) == nil,
            !Lexicon.prepositions.contains(parse.lower(participle - 1)),
            !Lexicon.determiners.contains(parse.lower(participle - 1)),
            let base = VerbForms.base(ofPast: parse.lower(participle)),
            let segment = segmentIndex(of: participle),
            parse.segments[segment].words.contains(where: { parse.isFinite[$0] && $0 != participle })
        else { return nil }
        var start = participle - 1
        while start > parse.segments[segment].words.lowerBound, parse.words[start - 1].kind == .word,
            parse.form(start - 1) == nil, !Lexicon.prepositions.contains(parse.lower(start - 1))
        {
            start -= 1
        }
        let end = parse.segments[segment].words.upperBound
        let words = (start..<end).filter { !excluded.contains($0) }
        return (words, base)
    }

    /// "She met officials on Monday" after "The Rapporteur visited the country …": a headline
    /// that opens with "He" or "She" names whom the sentence before was about, when that was a
    /// short noun phrase.
    func namingThePerson(_ title: String) -> String {
        guard let space = title.firstIndex(of: " "), ["He", "She"].contains(title[..<space]),
            let subject = previousSubject()
        else { return title }
        return subject + title[space...]
    }

    /// The subject of the sentence before, as a headline would name it: "The UN Special
    /// Rapporteur on the right to food today called …" → "UN Special Rapporteur".
    func previousSubject() -> String? {
        guard let before = (previous ?? speakerContext)?.parse,
            let main = before.segments.first(where: { $0.kind == .main }),
            let verb = main.words.first(where: { before.isFinite[$0] })
        else { return nil }
        var words: [String] = []
        for index in main.words.lowerBound..<verb {
            let word = before.words[index]
            if before.dateWords.contains(index) || Lexicon.droppableAdverbs.contains(word.lower) { continue }
            if word.kind != .word || Lexicon.prepositions.contains(word.lower) || word.lower == "who" { break }
            if words.isEmpty, Lexicon.determiners.contains(word.lower) || Lexicon.coordinators.contains(word.lower) {
                continue
            }
            words.append(word.text)
        }
        guard (1...5).contains(words.count), let first = words.first, first.first?.isUppercase == true,
            !Lexicon.personalPronouns.contains(first.lowercased()),
            words.contains(where: { $0.first?.isUppercase == true })
        else { return nil }
        // "He" and "she" are people: a role ("The Rapporteur", "Foreign Minister Jan Kavan") or a
        // name of two or three words that names no institution or place.
        let lower = words.map { $0.lowercased() }
        let isRole = lower.contains(where: Lexicon.personRoles.contains)
        let isName =
            (2...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            && !lower.contains(where: Lexicon.institutionWords.contains)
        guard isRole || isName else { return nil }
        return words.joined(separator: " ")
    }

    /// The name a date goes by, between a comma after it and the end of the sentence:
    /// "…, Human Rights Day." Nothing when the words are not all capitalized.
    func dayName(after mention: DateMention) -> [Int] {
        let comma = mention.words.upperBound + 1
        guard parse.isComma(comma) else { return [] }
        let rest = Array((comma + 1)..<parse.words.count).filter { parse.words[$0].kind != .punctuation }
        guard !rest.isEmpty, rest.count <= 5,
            rest.allSatisfy({ parse.words[$0].isCapitalized || ["of", "the", "for"].contains(parse.lower($0)) }),
            rest.last.map({ parse.words[$0].isCapitalized }) == true,
            ((comma + 1)..<parse.words.count).allSatisfy({
                parse.words[$0].kind != .punctuation || $0 == parse.words.count - 1
            })
        else { return [] }
        return [comma] + rest
    }
}
