/// Reads whether the clause around an expression speaks of what is past or to come, from the verb
/// forms nearest to it, with word tables instead of a part-of-speech tagger (the way HeidelTime
/// uses the tense of a sentence, but per clause):
///
/// - future: `will`, `'ll`, `would`, `is going to`, `plans to`, `is scheduled to`, `set to`, `due`,
///   a plan in the past ("planned a march on Saturday", "were planning to drive … on Monday"),
///   `as early as`, `until` after a verb ("postponed until Tuesday"), and a present form of a
///   verb that schedules ("they meet Monday");
/// - past: an irregular past (`said`, `met`), a past perfect plan ("had been due to expire
///   Friday"), a plan that was expected ("was expected Monday");
/// - participle: a form in "-ed", past or passive ("announced Friday", "was extended to Nov. 16"),
///   which says less.
///
/// It looks back first, to the start of the sentence (a weekday follows its verb: "said Friday"),
/// then ahead ("Until Thursday, they had not", "On Tuesday, the league plans to").
struct ClauseTense {
    /// Whether a clause speaks of what is past or to come: `past` for a past form the lexicon
    /// lists ("said", "met"), `participle` for a form in "-ed", which may be passive ("was extended
    /// to Nov. 16") and so says less, `unmarked` when nothing tells.
    enum Tense: Sendable {
        case past, participle, future, unmarked
    }

    let grammar: Grammar
    let tokens: [Token]

    /// How far the search goes each way, in tokens.
    static let reachBack = 20
    static let reachAhead = 30

    func tense(before index: Int, after end: Int) -> Tense {
        // "July 11: The central bank says it will allow the peso to float": an entry of a dated list
        // opens its line with its date and a colon; the entry's verbs say nothing of that date.
        if index == 0 || tokens[index].paragraphBreakBefore, end < tokens.count, tokens[end].isMark(0x3A),
            !classes(index).isDisjoint(with: [.month, .monthAbbreviation])
        {
            return .unmarked
        }
        guard end + 1 < tokens.count, tokens[end].isMark(0x27), !tokens[end].spaceBefore, isWord(end + 1, ids.s)
        else { return clauseTense(before: index, after: end) }
        // A deadline or an event set for a day is placed by its clause ("Friday's deadline will not
        // be extended", "missed Friday's deadline", "will take part in Tuesday's Senate vote",
        // `Lexicon.scheduledEvents`), ahead only with a verb that says so ("off the table after
        // Friday's meeting" in a sentence about "the next six months" is past).
        // "Stocks fell ahead of Friday's jobs report": an event still awaited.
        if isWord(index - 1, ids.of), isWord(index - 2, ids.ahead) || isWord(index - 2, ids.advance) {
            return .future
        }
        if namesScheduledEvent(from: end + 2) {
            // "will never recognize Sunday's vote": a verb that judges an event held already.
            if judgesEvent(before: index) { return .unmarked }
            let tense = clauseTense(before: index, after: end)
            return tense != .future || saysAhead(around: index) ? tense : .unmarked
        }
        // "get around Wednesday's ruling": a possessive names another event as known, whatever the
        // clause around it plans; "awaiting Friday's jobs report": unless a word right before looks ahead.
        if index > 0, tokens[index - 1].isWord, classes(index - 1).contains(.futureCue),
            !classes(index - 1).contains(.auxiliary)
        {
            return .future
        }
        return .unmarked
    }

    /// The tense of the clause around an expression, from its verbs.
    private func clauseTense(before index: Int, after end: Int) -> Tense {
        // "Mother's Day is May 12", "Thanksgiving is Nov. 28": a date a present "be" gives its day
        // is still to come; so is a contract's month ("crude for April delivery fell", "crude for
        // delivery in January sank").
        if end < tokens.count, tokens[end].isWord, !classes(end).isDisjoint(with: [.presentCopula, .contractWord]) {
            return .future
        }
        // "crude for delivery in January": a contract's month after its word.
        if index > 1, isWord(index - 1, ids.in) || isWord(index - 1, ids.for), tokens[index - 2].isWord,
            classes(index - 2).contains(.contractWord)
        {
            return .future
        }
        // "pay the loan down by February": a deadline lies ahead, unless the clause is past ("had
        // filed their reports by Wednesday").
        let isDeadline = index > 0 && isWord(index - 1, ids.by) && !opensSentence(index - 1)
        // "the funeral is Saturday", "the vote is on Tuesday", "kickoff is at 8 p.m. Sunday", "the
        // meeting is in April", "rain is likely Thursday": the date of something still to come.
        var copula = index - 1
        if copula >= 0, isWord(copula, ids.on) || isWord(copula, ids.at) || isWord(copula, ids.in) { copula -= 1 }
        // "rain is likely Thursday night".
        if copula >= 0, tokens[copula].isWord, classes(copula).contains(.likelihood) { copula -= 1 }
        if copula >= 0, tokens[copula].isWord, classes(copula).contains(.presentCopula) { return .future }
        var look = index - 1
        var steps = 0
        // "subpoenaed him to testify on Feb. 10": an infinitive between the date and a past verb
        // may look ahead of that past.
        var crossedInfinitive = false
        while look >= 0, steps < Self.reachBack {
            let token = tokens[look]
            if isSentenceEnd(at: look) { break }
            if var tense = tense(at: look, expression: index) {
                if crossedInfinitive, commitsAhead(at: look, expression: index) { return .future }
                if tense == .past, crossedInfinitive { tense = .participle }
                // "service was fully restored by 09:30": a deadline met in a past passive.
                if isDeadline, tense == .participle, !crossedInfinitive, isPastPassive(look) { return .past }
                return isDeadline && tense != .past ? .future : tense
            }
            if isInfinitive(look) {
                // "the school year, which was to end on Friday": a plan not yet carried out, so
                // ahead ("was to have ended" looks back; "had to leave Friday" was done).
                if look > 0, tokens[look - 1].isWord, classes(look - 1).contains(.pastAuxiliary),
                    tokens[look - 1].code != ids.had
                {
                    return isWord(look + 1, ids.have) ? .past : .future
                }
                // "is to resume trading in Paris Tuesday", "the plan is to vote in March": a plan
                // ("who is to blame" is none).
                if look > 0, tokens[look - 1].isWord, classes(look - 1).contains(.presentCopula),
                    !isWord(look + 1, ids.blame)
                {
                    return .future
                }
                if followsHeadlineSubject(look) { return .future }
                crossedInfinitive = true
            }
            if token.paragraphBreakBefore { break }
            // "expects the plant, closed since August, to reopen by the end of the first quarter":
            // a participle set off by commas describes a noun; the verb before it says the tense.
            if crossedInfinitive, token.isMark(0x2C), let opening = participialAside(closingAt: look) {
                steps += look - opening
                look = opening
            }
            look -= 1
            steps += 1
        }
        if isDeadline { return .future }
        look = end
        steps = 0
        while look < tokens.count, steps < Self.reachAhead, !tokens[look].paragraphBreakBefore {
            if isSentenceEnd(at: look) { break }
            if let tense = tense(at: look, expression: index) { return tense }
            look += 1
            steps += 1
        }
        return .unmarked
    }

    /// Whether the infinitive "to" at `index` follows a headline's bare subject: "Storm to hit coast
    /// Friday", "Talks to resume in March", "U.S. to send troops" (a few words, no verb among them,
    /// the first no article, preposition or pronoun: not "In an effort to cut costs", "The decision
    /// to close", "He tried to call").
    private func followsHeadlineSubject(_ index: Int) -> Bool {
        var start = index
        while start > 0, index - start < 5, !isSentenceEnd(at: start - 1), !tokens[start].paragraphBreakBefore {
            start -= 1
        }
        let opens = start == 0 || tokens[start].paragraphBreakBefore || isSentenceEnd(at: start - 1)
        guard opens, start < index, index - start <= 4, tokens[start].isWord, tokens[start].isCapitalized,
            classes(start).isDisjoint(with: [.determiner, .preposition, .possessive, .subjectPronoun])
        else { return false }
        guard
            (start..<index).allSatisfy({
                (tokens[$0].isWord && tense(at: $0, expression: index + 1) == nil) || tokens[$0].isMark(0x2E)
            })
        else { return false }
        // A headline stands on its line with no closing mark ("Hoping to win on Sunday, fans packed
        // the stadium." is a sentence).
        var end = index + 1
        while end < tokens.count, !tokens[end].paragraphBreakBefore {
            if isSentenceEnd(at: end) || tokens[end].isMark(0x2C) { return false }
            end += 1
        }
        return true
    }

    /// Whether the verb at `look` is a decision that the infinitive right after it carries out,
    /// later: "voted to hold elections in the spring", "has agreed to review the budget in March".
    /// A weekday may date the decision itself ("voted to support the republic Friday"), and "had
    /// agreed" may tell of a plan already carried out, so both keep the verb's tense.
    private func commitsAhead(at look: Int, expression: Int) -> Bool {
        guard classes(look).contains(.commitVerb), isWord(look + 1, ids.to), !isWord(look - 1, ids.had) else {
            return false
        }
        return classes(expression).isDisjoint(with: [.weekday, .weekdayAbbreviation])
    }

    /// The comma that opens an aside in "-ed" closed by the comma at `closing` ("the plant, closed
    /// since August, to reopen"): within a few words, with no other comma or sentence end between.
    private func participialAside(closingAt closing: Int) -> Int? {
        var look = closing - 1
        while look > 0, closing - look <= 6 {
            if isSentenceEnd(at: look) { return nil }
            if tokens[look].isMark(0x2C) {
                let first = look + 1
                guard first < closing, tokens[first].isWord, !tokens[first].isCapitalized else { return nil }
                let isEdForm = tokens[first].value == 0x6564 && tokens[first].end - tokens[first].start >= 4
                return isEdForm || classes(first).contains(.participle) ? look : nil
            }
            look -= 1
        }
        return nil
    }

    /// Whether the token at `index` ends a sentence: not the period of an abbreviation ("Roe vs.
    /// Wade", "the U.S. market", "Birmingham, Ala., police") or one a small word follows.
    func isSentenceEnd(at index: Int) -> Bool {
        let token = tokens[index]
        if token.isMark(0x21) || token.isMark(0x3F) || token.isMark(0x3B) { return true }
        guard token.isMark(0x2E) else { return false }
        if index + 1 < tokens.count, !tokens[index + 1].paragraphBreakBefore {
            let next = tokens[index + 1]
            // "fell to 3.5 percent in November": the point of a decimal.
            if next.isNumber, !next.spaceBefore, !token.spaceBefore, index > 0, tokens[index - 1].isNumber {
                return false
            }
            if (next.isWord && !next.isCapitalized) || next.isMark(0x2C) { return false }
            // "during the next day or so ... then move": the dots of an ellipsis but its last.
            if next.isMark(0x2E), !next.spaceBefore { return false }
            // "on Oct. 11 and Feb. 14": the period of a month's short form before its day.
            if next.isNumber, index > 0, classes(index - 1).contains(.monthAbbreviation) { return false }
        }
        if index > 0, !token.spaceBefore, tokens[index - 1].isWord {
            let previous = tokens[index - 1]
            // An initial ("John F. Kennedy"), but not the "s" of a decade ("since the 1980s.").
            let isInitial =
                previous.end - previous.start == 1
                && !(index > 1 && !previous.spaceBefore && tokens[index - 2].isNumber)
            if isInitial || classes(index - 1).contains(.abbreviation) { return false }
        }
        return true
    }

    private var ids: Grammar.WordIDs { grammar.ids }

    private func classes(_ index: Int) -> WordClass { grammar.vocabulary.classes(tokens[index]) }

    private func isWord(_ index: Int, _ id: Int32) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isWord && tokens[index].code == id
    }

    /// Whether "to" at `index` marks an infinitive: a lowercase word follows that is no determiner
    /// ("to testify", not "to the border" or "to Paris") nor the hedge of a date ("fell from early
    /// to late January").
    private func isInfinitive(_ index: Int) -> Bool {
        guard isWord(index, ids.to), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.isWord, !next.isCapitalized, ![ids.early, ids.late, ids.mid].contains(next.code) else {
            return false
        }
        return !grammar.vocabulary.classes(next).contains(.determiner)
    }

    /// Whether a past form with "not", "never" or "n't" comes shortly before `index`, in its clause:
    /// "was not called until", "didn't leave until", "had never flown until".
    private func deniedInPast(before index: Int) -> Bool {
        var j = index - 1
        while j >= 0, index - j <= 6, !isSentenceEnd(at: j), !tokens[j].isMark(0x2C) {
            if tokens[j].isWord, classes(j).contains(.pastDenial) {
                if isWord(j + 1, ids.not) || isWord(j + 1, ids.never) { return true }
                if j + 2 < tokens.count, tokens[j + 1].isMark(0x27), isWord(j + 2, ids.t) { return true }
            }
            j -= 1
        }
        return false
    }

    /// Whether "will", "would", "shall" or "'ll" comes before `index` in its sentence.
    private func futureAuxiliary(before index: Int) -> Bool {
        sentenceHas(around: index, ahead: false) {
            tokens[$0].isWord && classes($0).isSuperset(of: [.futureCue, .auxiliary])
        }
    }

    /// Whether a token that passes `test` stands in the sentence and paragraph before `index`, or,
    /// with `ahead`, after it (within `reachBack` and `reachAhead` tokens).
    private func sentenceHas(around index: Int, ahead: Bool, _ test: (Int) -> Bool) -> Bool {
        var look = index - 1
        while look >= 0, index - look <= Self.reachBack, !isSentenceEnd(at: look) {
            if test(look) { return true }
            if tokens[look].paragraphBreakBefore { break }
            look -= 1
        }
        guard ahead else { return false }
        look = index + 1
        while look < tokens.count, look - index <= Self.reachAhead, !tokens[look].paragraphBreakBefore {
            if isSentenceEnd(at: look) { break }
            if test(look) { return true }
            look += 1
        }
        return false
    }

    /// Whether the verb at `index` follows "did", "did not" or "didn't".
    private func followsDid(_ index: Int) -> Bool {
        if isWord(index - 1, ids.did) { return true }
        if isWord(index - 1, ids.not), isWord(index - 2, ids.did) { return true }
        return index > 2 && isWord(index - 1, ids.t) && tokens[index - 2].isMark(0x27) && isWord(index - 3, ids.didn)
    }

    /// Whether a verb that looks ahead stands in the sentence around `index`: "will", "would",
    /// "'ll", or a plan in "-ed" ("expected", "scheduled").
    private func saysAhead(around index: Int) -> Bool {
        sentenceHas(around: index, ahead: true) { look in
            guard tokens[look].isWord, classes(look).contains(.futureCue) else { return false }
            return classes(look).contains(.auxiliary) || tokens[look].value == 0x6564
        }
    }

    /// Whether a verb that judges a held event (`Lexicon.judgingVerbs`) comes within a few words
    /// before `index`.
    private func judgesEvent(before index: Int) -> Bool {
        var look = index - 1
        while look >= 0, index - look <= 4, tokens[look].isWord {
            if classes(look).contains(.judgingVerb) { return true }
            look -= 1
        }
        return false
    }

    /// Whether a scheduled event (`Lexicon.scheduledEvents`) is named in the words from `index`, at
    /// most two qualifying it: "deadline", "Senate vote", "presidential primary election".
    private func namesScheduledEvent(from index: Int) -> Bool {
        var look = index
        while look < tokens.count, look - index <= 2, tokens[look].isWord {
            if classes(look).contains(.scheduledEvent) { return true }
            look += 1
        }
        return false
    }

    /// Whether the token at `index` is a word in "-ly" ("previously", "fully").
    private func endsInLy(_ index: Int) -> Bool {
        index >= 0 && tokens[index].isWord && tokens[index].value & 0xFFFF == 0x6C79  // its last two bytes: "ly"
    }

    /// Whether the participle at `index` follows "was" or "were", past adverbs in "-ly" ("was
    /// fully restored", "were quickly repaired").
    private func isPastPassive(_ index: Int) -> Bool {
        var look = index - 1
        while look >= 0, index - look <= 3, tokens[look].isWord {
            if classes(look).contains(.pastAuxiliary) { return tokens[look].code != ids.had }
            guard tokens[look].value & 0xFFFF == 0x6C79 else { return false }  // its last two bytes: "ly"
            look -= 1
        }
        return false
    }

    /// Whether the token at `index` opens its sentence (or paragraph).
    private func opensSentence(_ index: Int) -> Bool {
        index == 0 || tokens[index].paragraphBreakBefore || isSentenceEnd(at: index - 1)
    }

    /// The tense a word marks, if any, for the expression that starts at `expression`.
    private func tense(at index: Int, expression: Int) -> Tense? {
        let token = tokens[index]
        guard token.isWord else { return nil }
        // "at end-June", "by mid-May": a word joined by a dash to the next is no verb.
        if index + 1 < tokens.count, tokens[index + 1].isMark(0x2D), !tokens[index + 1].spaceBefore { return nil }
        let classes = classes(index)
        let beforeTo = isWord(index + 1, ids.to)
        // "set to resume", "plans to close", "as early as Tuesday", "will be set in September": ahead;
        // "set on Aug. 6": behind; "the plan" is no tense at all.
        if token.code == ids.set {
            if beforeTo || isWord(index + 1, ids.for) { return .future }
            return participleTense(at: index, expression: expression) == .future ? .future : .past
        }
        // "plans to close", "more storms are forecast for Wednesday", "slated for Monday".
        // "is looking to be Monday"; "police are looking for a man" is a search, in progress.
        if classes.contains(.futureBeforeTo), beforeTo || token.code != ids.looking {
            return beforeTo || isWord(index + 1, ids.for) ? .future : nil
        }
        if token.code == ids.early { return isWord(index - 1, ids.as) ? .future : nil }
        // "a 60 percent chance of favorable weather on Saturday".
        if classes.contains(.forecastNoun), isWord(index + 1, ids.of) { return .future }
        // "postponed until Tuesday" sets a limit ahead; a sentence that opens with "Until Thursday,"
        // takes its tense from the clause that follows; "was not called until Wednesday" and "didn't
        // leave until Friday" tell when a past event came.
        if token.code == ids.until || token.code == ids.till {
            if opensSentence(index) { return nil }
            // "He had until Monday to decide": a time allowed that has run out.
            if isWord(index - 1, ids.had) { return .past }
            return deniedInPast(before: index) ? .past : .future
        }
        // "next to the embassy" is a place.
        if token.code == ids.next, isWord(index + 1, ids.to) { return nil }
        // "agreed in June to resume talks in September": after "to" a verb is an infinitive, even one
        // that looks ahead; the verb that governs it says the tense.
        // "better than expected earnings for the second quarter": a comparison, no plan.
        if classes.contains(.futureCue), isWord(index - 1, ids.than) { return nil }
        if classes.contains(.futureCue), !isWord(index - 1, ids.to) {
            // "will move forward as planned on Thursday": an aside that says nothing of the time a
            // future word before it sets. ("let the offensive begin as previously planned Saturday
            // night" keeps the plan's past.)
            let isAside =
                token.value == 0x6564
                && (isWord(index - 1, ids.as) || (isWord(index - 2, ids.as) && endsInLy(index - 1)))
            if isAside, futureAuxiliary(before: index) { return nil }
            return planTense(at: index)
        }
        // "can take part in April", "may rule Friday"; "may have been set Monday" looks back.
        // Capitalized inside a sentence it is a month or a name ("in May 2023 and again on 12 June").
        if classes.contains(.modal) {
            if token.isCapitalized, !opensSentence(index) { return nil }
            // "could not be reached Friday", "could be located Wednesday": maybe the past of "can".
            if token.code == ids.could, isWord(index + 1, ids.not) || isWord(index + 1, ids.be) { return nil }
            // "should have been", "may have left": past; "should have a new pope for Easter": ahead.
            let perfect =
                isWord(index + 1, ids.have) && index + 2 < tokens.count
                && !grammar.vocabulary.classes(tokens[index + 2]).contains(.determiner)
            return perfect ? .past : .future
        }
        // "is expected to hit Sunday", "to exceed": after "to" a verb is an infinitive, whatever
        // its ending; the verb that governs it says the tense.
        if isWord(index - 1, ids.to) { return nil }
        // "is scheduled to be sentenced Friday": a passive infinitive, which the verb before "to"
        // times.
        if index > 1, isWord(index - 1, ids.be), isWord(index - 2, ids.to) { return nil }
        if classes.contains(.pastCue) { return .past }
        if classes.contains(.participle) { return participleTense(at: index, expression: expression) }
        // "it is calling for the redemption on Dec. 7": a present in progress ends the search, so a
        // "said" further back does not put the date in the past.
        if token.value == 0x6E67, index > 0, tokens[index - 1].isWord,
            grammar.vocabulary.classes(tokens[index - 1]).contains(.presentCopula)
        {
            return .unmarked
        }
        // "they meet Monday", but not "the meet", nor an infinitive that an earlier verb governs;
        // "reports earnings Thursday", "heads to Brussels Tuesday" only with what the verb takes.
        if classes.contains(.presentSchedule) || (classes.contains(.scheduleWithObject) && takesObject(after: index)) {
            guard index > 0 else { return .future }
            let before = tokens[index - 1]
            // "the fiscal year that begins Oct. 1": after "that", a form in "-s" is a verb.
            let isRelativeClause = before.isWord && before.code == ids.that && token.value & 0xFF == 0x73
            if before.isWord, before.code == ids.to || grammar.vocabulary.classes(before).contains(.determiner),
                !isRelativeClause
            {
                return nil
            }
            // "confirmed him on a 68-31 vote Tuesday", "held two votes on Nov. 5": after a number the
            // word is a noun; "was in open water": after a preposition, an adjective.
            if before.isNumber || grammar.vocabulary.classes(before).contains(.cardinal) { return nil }
            // "didn't vote in November", "did not vote": a past that "did" carries.
            if followsDid(index) { return .past }
            if grammar.vocabulary.classes(before).contains(.preposition) { return nil }
            return .future
        }
        // A form in "-ed" ("announced", "rallied"); not a name ("United"), nor an adjective after a
        // possessive or an article ("will take up Tehran's disputed program on July 2", "will review
        // the delayed project in August").
        if token.value == 0x6564, token.end - token.start >= 4, !token.isCapitalized || index == 0 {
            let afterPossessive = index > 1 && isWord(index - 1, ids.s) && tokens[index - 2].isMark(0x27)
            let afterArticle =
                index > 0 && tokens[index - 1].isWord
                && grammar.vocabulary.classes(tokens[index - 1]).contains(.determiner)
            if afterPossessive || afterArticle { return nil }
            return participleTense(at: index, expression: expression)
        }
        return nil
    }

    /// Whether what a verb of `scheduleVerbsWithObject` takes follows it, right after it or past
    /// words that say which period ("reports earnings", "reports its fourth-quarter results"; not
    /// "news reports said the results").
    private func takesObject(after index: Int) -> Bool {
        var look = index + 1
        while look < tokens.count, look - index <= 5 {
            if tokens[look].isWord, classes(look).contains(.scheduleObject) { return true }
            let qualifies =
                tokens[look].isMark(0x2D)
                || (tokens[look].isWord && !classes(look).isDisjoint(with: [.ordinal, .unit, .possessive]))
            guard qualifies else { return false }
            look += 1
        }
        return false
    }

    /// A form in "-ed" or a participle, read with the auxiliaries before it: "will be named" looks
    /// ahead, "had filed" back, "he resigned" and "the ship sailed in June" are past; after a form of
    /// "be" or "have", or before a date it may have moved ("the deadline extended to Nov. 16"), it
    /// may be passive and says less.
    private func participleTense(at index: Int, expression: Int) -> Tense {
        // "a day of mourning was declared for Wednesday", "a vote called for Friday", "unions called
        // a new walkout for Thursday": a date a participle assigns with "for" is what was set,
        // still to come.
        if classes(index).contains(.datingParticiple), expression > index + 1, expression - index <= 6,
            isWord(expression - 1, ids.for), (index + 1..<expression - 1).allSatisfy({ tokens[$0].isWord })
        {
            return .future
        }
        // "he resigned": active, so past.
        if index > 0, tokens[index - 1].isWord, grammar.vocabulary.classes(tokens[index - 1]).contains(.subjectPronoun)
        {
            return .past
        }
        for back in 1...3 where index >= back {
            let before = tokens[index - back]
            guard before.isWord else { break }
            let classes = grammar.vocabulary.classes(before)
            // "Sales in May jumped": capitalized inside a sentence, "May" is the month.
            if classes.contains(.modal), before.isCapitalized, !opensSentence(index - back) { break }
            // "could be located Wednesday" may be past; "could then be voted on Monday" is a step
            // still to come.
            if before.code == ids.could {
                if back > 1, tokens[index - back + 1].code == ids.then { return .future }
                break
            }
            if classes.contains(.modal) || (classes.contains(.futureCue) && classes.contains(.auxiliary)) {
                return .future
            }
            // "had filed": done.
            if classes.contains(.perfect) { return .past }
            guard classes.contains(.auxiliary) else { break }
        }
        // "The ship sailed in June", "the blast occurred Friday": after a noun, an active past; not
        // after an adverb ("a still unspecified date", "a newly elected council"). A subject may end
        // in a mark: "In January, a bombing in Birmingham, Ala., killed a guard", "their coach, in
        // his first year, signed an extension in January".
        guard index > 0 else { return .participle }
        let previous = tokens[index - 1]
        let endsInLy = previous.isWord && previous.value & 0xFFFF == 0x6C79  // its last two bytes: "ly"
        if previous.isWord || previous.isMark(0x2C), !endsInLy {
            let before = grammar.vocabulary.classes(previous)
            let helped = !before.isDisjoint(with: [
                .passiveHelper, .auxiliary, .modal, .determiner, .perfect, .participleAdverb,
            ])
            let retimed = expression > index && classes(expression - 1).contains(.retiming)
            if !helped, !retimed, !isWord(index - 1, ids.to) { return .past }
            // "was killed on Valentine's Day", "were held in March": a past passive, unless the date
            // is one it moved to ("was extended to Nov. 16").
            if !retimed, isPastPassive(index) { return .past }
        }
        return .participle
    }

    /// A word that looks ahead ("scheduled", "expected", "planning"), read with the auxiliaries
    /// before it: "had been due to expire Friday" is a plan that lapsed; "was expected Monday" a
    /// plan reported in the past, for a time either side of the report; "were planning to drive …
    /// on Monday" a plan still in progress.
    private func planTense(at index: Int) -> Tense? {
        let isProgressive = tokens[index].value == 0x6E67  // "-ng"
        // "Protesters planned a march", "planning to leave", "a vigil is planned for Tuesday": a
        // plan; "a service planned at the university", "as previously planned": a participle;
        // "planning for the summit": a noun.
        let datesPlan = !isProgressive && isWord(index + 1, ids.for)
        if classes(index).contains(.planVerb), !isWord(index + 1, ids.to), !datesPlan,
            !(index + 1 < tokens.count && grammar.vocabulary.classes(tokens[index + 1]).contains(.determiner))
        {
            return isProgressive ? nil : .participle
        }
        for back in 1...4 where index >= back {
            let before = tokens[index - back]
            guard before.isWord else { break }
            if before.code == ids.had { return .past }
            // "was expected Monday" may be either side of the report; "was expected to make landfall
            // early Friday", "was due to launch the exhibition on Monday" carry a plan ahead.
            if !isProgressive, grammar.vocabulary.classes(before).contains(.pastAuxiliary) {
                return isWord(index + 1, ids.to) ? .future : .unmarked
            }
        }
        return .future
    }
}
