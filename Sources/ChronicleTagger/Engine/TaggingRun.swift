import ChronicleText

/// Tags one document: finds expressions left to right (at each token the longest match of the
/// rules that can start there, the earlier rule on a tie), resolves each in text order so narratives
/// can anchor on the last date mentioned, then links ranges.
struct TaggingRun {
    let grammar: Grammar
    let document: Document

    /// How many tokens after a decade or century "the end of the decade" may still speak of it.
    static let eraReach = 60

    /// How many tokens after a day "the following day" may still count from it when a coarser
    /// date came between.
    static let dayReach = 80

    /// One found expression with the token span and reading it came from.
    struct Found {
        var expression: TimeExpression
        var tokens: Range<Int>
        var reading: Reading
    }

    func run() -> Tagger.Result {
        var text = document.text
        let tokens = text.withUTF8 { grammar.tokenizer.tokens($0) }
        let matcher = PatternMatcher(grammar: grammar, tokens: tokens)
        let clauseTense = ClauseTense(grammar: grammar, tokens: tokens)
        var resolver = Resolver(documentDate: document.date?.point, reference: nil, kind: document.kind)
        resolver.isDocumentDateInferred = document.date?.origin == .inferred
        // Warnings about expressions left unresolved; `stillUnresolved` drops those that the passes
        // after matching anchored.
        var diagnostics = Diagnostics()
        var found: [Found] = []
        var intervals: [Tagger.Interval] = []
        var sectionStart = -1
        var index = 0
        var candidates: [PatternMatcher.Candidate] = []
        var lines = LineCounter()
        // Read at the first numeric date that could be either order.
        var writesDaysFirst: Bool?
        while index < tokens.count {
            // The longest match wins, the earlier rule on a tie; a builder may still refuse its match.
            matcher.candidates(at: index, into: &candidates)
            if candidates.isEmpty {
                index += 1
                continue
            }
            if candidates.count > 1 { candidates.sort { ($1.end, $0.rule) < ($0.end, $1.rule) } }
            var best: (match: Match, build: Build, rule: Rule)?
            for candidate in candidates {
                let rule = grammar.rules[candidate.rule]
                let match = Match(candidate.match, end: candidate.end, spellings: grammar.vocabulary.spellings)
                if let build = rule.build(match) {
                    best = (match, build, rule)
                    break
                }
            }
            guard let (match, build, rule) = best else {
                index += 1
                continue
            }
            if build.isNothing || isTitle(match.start..<match.end, tokens: tokens)
                || isPartOfGame(build.reading, match.start..<match.end, tokens: tokens, clauseTense)
                || isReadingInTens(build.reading, match.start..<match.end, tokens: tokens, clauseTense)
            {
                index = match.end
                continue
            }
            if !document.sections.isEmpty {
                let section = document.section(containing: tokens[index].start)
                let start = section?.range.lowerBound ?? -1
                if start != sectionStart {
                    sectionStart = start
                    let date = section?.date ?? document.date
                    resolver.documentDate = date?.point
                    resolver.isDocumentDateInferred = date?.origin == .inferred
                    resolver.reference = nil
                    resolver.focus = nil
                    resolver.focusQuarter = nil
                    resolver.lastDayMention = nil
                    resolver.lastWeekMention = nil
                    resolver.lastYearMention = nil
                    resolver.lastEraMention = nil
                }
            }
            let tense = clauseTense.tense(before: match.start, after: match.end)
            resolver.sentenceDay = resolver.lastDayMention.flatMap {
                sameSentence(tokens, $0.end, match.start, clauseTense) ? $0.day : nil
            }
            resolver.sentenceYear = resolver.lastYearMention.flatMap {
                sameSentence(tokens, $0.end, match.start, clauseTense) ? $0.year : nil
            }
            // Only for a weekday alone: "by Thursday week" counts on from the coming Thursday.
            resolver.sentenceWeek = resolver.lastWeekMention.flatMap {
                guard case .weekday(_, nil, _) = build.reading else { return nil }
                return sameSentence(tokens, $0.end, match.start, clauseTense) ? $0.week : nil
            }
            resolver.recentEra = resolver.lastEraMention.flatMap {
                match.start - $0.end <= Self.eraReach ? $0.era : nil
            }
            resolver.recentDay = resolver.lastDayMention.flatMap {
                match.start - $0.end <= Self.dayReach ? $0.day : nil
            }
            if let second = build.second, let firstSpan = match.firstSpan, let secondSpan = match.secondSpan,
                !firstSpan.isEmpty, !secondSpan.isEmpty
            {
                let from = emit(
                    build.reading, kind: build.kind, modifier: build.modifier, span: firstSpan, rule: rule,
                    tokens: tokens, tense: tense, resolver: &resolver, diagnostics: &diagnostics, lines: &lines)
                var to = emit(
                    second, kind: build.kind, modifier: nil, span: secondSpan, rule: rule, tokens: tokens,
                    tense: tense, resolver: &resolver, diagnostics: &diagnostics, lines: &lines)
                RangeLinker.followSeason(&to, from: from)
                found.append(from)
                found.append(to)
                intervals.append(
                    Tagger.Interval(
                        from: found.count - 2, to: found.count - 1,
                        range: TextRange(tokens[match.start].start, tokens[match.end - 1].end)))
            } else {
                var reading = comparedPeriod(build.reading, at: match.start, tokens: tokens, resolver: resolver)
                reading = periodOfItsSentence(reading, at: match.start, after: found, tokens: tokens, clauseTense)
                reading = quarterEndedOnADay(reading, at: match.end, tokens: tokens, tense: tense, resolver: resolver)
                reading = yearAfter(reading, kind: build.kind, at: match.end, tokens: tokens)
                reading = yearOfItsWeekday(reading, at: match.start, tokens: tokens, tense: tense, resolver: resolver)
                reading = yearEndedOrStarted(reading, at: match.start, after: found, tokens: tokens)
                // "This year it opens on July 4" keeps its own year.
                if resolver.sentenceYear == nil { reading = restatedDate(reading, after: found) }
                // A vague count is rare: only then compare rule ids.
                if case .duration(nil, _, _) = reading, rule.id == RuleSet.asManyUnits.id {
                    reading = countedAsMany(reading, at: match.start, tokens: tokens, clauseTense)
                }
                reading = weekdayClosingRange(
                    reading, at: match.start, after: found, tokens: tokens, clauseTense,
                    documentDate: resolver.documentDate)
                // A numeric date opens with a number and a glued "/": only then compare rule ids.
                if tokens[match.start].isNumber, match.end - match.start >= 5, tokens[match.start + 1].isMark(0x2F),
                    rule.id == RuleSet.monthSlashDaySlashYear.id
                {
                    if writesDaysFirst == nil { writesDaysFirst = Self.writesDaysFirst(tokens) }
                    if writesDaysFirst == true { reading = Self.dayFirst(reading) }
                }
                var emitted = emit(
                    reading, kind: build.kind, modifier: build.modifier, span: match.start..<match.end,
                    rule: rule, tokens: tokens, tense: tense, resolver: &resolver,
                    diagnostics: &diagnostics, lines: &lines)
                // "Two years later": the date it leads to becomes the one last mentioned. A story
                // counts so only from a date it has told ("A decade later" in its first lines
                // leads to no date).
                if document.kind == .news || resolver.reference != nil,
                    let reaches = reached(reading, kind: build.kind, before: match.end, tokens: tokens)
                {
                    let resolution = resolver.resolve(reaches, tense: tense)
                    if let point = TimePoint(timex: resolution.value) {
                        emitted.expression.reaches = resolution.value
                        resolver.reference = point
                    }
                }
                found.append(emitted)
            }
            index = match.end
        }
        anchorOffsetsOnFollowingDays(&found, intervals: &intervals, tokens: tokens)
        joinCompoundDurations(&found, intervals: &intervals, tokens: tokens)
        placeClocksOnFollowingDays(&found, tokens: tokens)
        clocksAfterAStatedTime(&found, tokens: tokens, clauseTense)
        grammar.absorber.absorb(&found, tokens: tokens)
        distributeWeekdaySets(&found, tokens: tokens)
        openingHoursSets(&found, tokens: tokens, clauseTense)
        clockTimesOfSets(&found, tokens: tokens)
        recurringDatesOfSets(&found, tokens: tokens)
        RangeLinker(grammar: grammar, tokens: tokens).link(&found, &intervals, resolver: resolver)
        return Tagger.Result(
            expressions: found.map(\.expression), intervals: intervals,
            diagnostics: stillUnresolved(diagnostics, found: found))
    }

    private func emit(
        _ reading: Reading, kind: TimeExpression.Kind, modifier: String?, span: Range<Int>, rule: Rule,
        tokens: [Token], tense: ClauseTense.Tense, resolver: inout Resolver, diagnostics: inout Diagnostics,
        lines: inout LineCounter
    ) -> Found {
        let resolution = resolver.resolve(reading, tense: tense)
        let range = TextRange(tokens[span.lowerBound].start, tokens[span.upperBound - 1].end)
        if resolution.isUnanchored {
            let line = lines.line(of: range.lowerBound, in: document.text)
            let reason =
                resolver.documentDate == nil
                ? "no document date" : "the date it counts from is not precise enough"
            diagnostics.warn(
                "line \(line): \"\(document.text(in: range))\" left unresolved (\(resolution.value)): \(reason)",
                about: document.id, at: range.lowerBound)
        }
        if kind == .date || kind == .time, reading.setsReference, let point = Self.point(resolution.value),
            !restatesReference(reading, point, span: span, tokens: tokens, resolver: resolver),
            !datesReport(reading, span: span, tokens: tokens, resolver: resolver),
            !qualifiesNoun(reading, span: span, rule: rule, tokens: tokens),
            !(resolver.kind == .news && followsSince(span.lowerBound, tokens: tokens))
        {
            resolver.reference = point
            resolver.lastEraMention = nil
            if point.precision >= .day { resolver.lastDayMention = (span.upperBound, point) }
        }
        // "next week", "the week of March 6": a whole week (not a weekend, `2024-W32-WE`).
        if kind == .date, resolution.value.utf8.count == 8, let week = TimePoint(timex: resolution.value),
            week.precision == .week
        {
            resolver.lastWeekMention = (span.upperBound, week)
        }
        if kind == .date, namesYear(reading), let point = TimePoint(timex: resolution.value), point.precision == .year,
            setsScene(span, tokens: tokens)
        {
            resolver.lastYearMention = (span.upperBound, point.year)
        }
        if kind == .date, reading.namesEra, let era = TimePoint(timex: resolution.value) {
            resolver.lastEraMention = (span.upperBound, era)
        }
        updateFocus(reading, value: resolution.value, tense: tense, after: span, tokens: tokens, resolver: &resolver)
        let expression = TimeExpression(
            range: range, kind: kind, value: resolution.value, modifier: modifier, rule: rule.id,
            anchor: resolution.anchor)
        return Found(expression: expression, tokens: span, reading: reading)
    }

    /// "the third storm in as many weeks", "four titles in as many years": the count of "as many"
    /// is the ordinal or number up to eight words before it in the sentence.
    private func countedAsMany(_ reading: Reading, at start: Int, tokens: [Token], _ clauseTense: ClauseTense)
        -> Reading
    {
        guard case .duration(nil, let unit, let plusHalf) = reading else { return reading }
        var look = start - 1
        while look >= 0, start - look <= 8, !clauseTense.isSentenceEnd(at: look) {
            let token = tokens[look]
            var count: Int?
            if token.isNumber, token.value > 0, token.value < 1000 {
                count = token.value
            } else if let info = grammar.vocabulary.info(token) {
                count = info.ordinal > 0 ? Int(info.ordinal) : info.cardinal > 1 ? Int(info.cardinal) : nil
            }
            if let count { return .duration(count: count, unit, plusHalf: plusHalf) }
            look -= 1
        }
        return reading
    }

    /// The warnings about expressions that are still unresolved: a pass after matching may have
    /// anchored one ("The day before" in "The day before last Tuesday" counts from that Tuesday).
    private func stillUnresolved(_ diagnostics: Diagnostics, found: [Found]) -> Diagnostics {
        guard !diagnostics.warnings.isEmpty else { return diagnostics }
        // A text with no date warns about most of its expressions: look them up by offset, once.
        var anchored = Set<Int>()
        for item in found where item.expression.anchor != nil && !item.expression.value.contains("XX") {
            anchored.insert(item.expression.range.lowerBound)
        }
        var kept = Diagnostics()
        for message in diagnostics.warnings where !(message.offset.map(anchored.contains) ?? false) {
            kept.warn(message.text, about: message.subject, at: message.offset)
        }
        return kept
    }

    /// Whether an expression only names again the period around the date last mentioned: in "shot
    /// on April 14 of that year. He died the next morning", "that year" leaves the story on April
    /// 14. "Later that year" and "earlier that year" move it.
    private func restatesReference(
        _ reading: Reading, _ point: TimePoint, span: Range<Int>, tokens: [Token], resolver: Resolver
    ) -> Bool {
        guard case .relative(_, 0, .reference) = reading, let current = resolver.reference,
            current.precision > point.precision, point.contains(current)
        else { return false }
        guard span.lowerBound > 0 else { return true }
        let before = tokens[span.lowerBound - 1]
        return !(before.isWord && (before.code == grammar.ids.later || before.code == grammar.ids.earlier))
    }

    /// Whether a year or a holiday qualifies the noun after it ("a devastating 1985 quake", "the
    /// 1985 disaster", "would lead Palm Sunday services the next day"): it names a thing of that
    /// time, and the story stays at the date it was at ("Rescuers worked through the night" after
    /// it is the night of the day told before). After a preposition ("in 1985 farmers protested")
    /// or before a verb it sets the time.
    private func qualifiesNoun(_ reading: Reading, span: Range<Int>, rule: Rule, tokens: [Token]) -> Bool {
        switch reading {
        case .calendar(_?, nil, nil): guard span.count == 1 else { return false }
        case .holiday, .calendar(nil, _?, _?): break
        default: return false
        }
        guard span.lowerBound > 0, span.upperBound < tokens.count else { return false }
        let before = tokens[span.lowerBound - 1]
        let after = tokens[span.upperBound]
        guard before.isWord, after.isWord, !after.isCapitalized, after.spaceBefore else { return false }
        let vocabulary = grammar.vocabulary
        if before.code != grammar.ids.the, vocabulary.classes(before).contains(.yearPreposition) { return false }
        let verbLike: WordClass = [
            .pastCue, .participle, .auxiliary, .presentCopula, .passiveHelper, .modal, .futureCue, .yearPreposition,
        ]
        // Nor a form in "-ed".
        guard vocabulary.classes(after).isDisjoint(with: verbLike), after.value != 0x6564 else { return false }
        // A day and month qualify a noun only as a holiday's name ("Christmas dinner"), not as a
        // date ("the Dec. 25 deadline").
        if case .calendar(nil, _, _) = reading { return rule.id == RuleSet.holiday.id }
        return true
    }

    /// Whether a day dates the telling of a story still to come, in news: a weekday or "today"
    /// right after a verb of telling, when the date last mentioned lies ahead of the document's
    /// ("will step down on April 30, 2019, the government said Friday. … the next day, May 1"
    /// counts from April 30). "Said Friday's profit-taking" names a thing of that day.
    private func datesReport(_ reading: Reading, span: Range<Int>, tokens: [Token], resolver: Resolver) -> Bool {
        guard resolver.kind == .news, let reference = resolver.reference, let written = resolver.documentDate,
            reference.firstDay > written.lastDay
        else { return false }
        switch reading {
        case .weekday(_, nil, .speech), .relative(.day, _, .speech): break
        default: return false
        }
        if isPossessive(at: span.upperBound, tokens: tokens) { return false }
        var before = span.lowerBound - 1
        if before >= 0, tokens[before].isWord, tokens[before].code == grammar.ids.on { before -= 1 }
        return before >= 0 && tokens[before].isWord
            && grammar.vocabulary.classes(tokens[before]).contains(.reportingVerb)
    }

    /// Whether the "'s" of a possessive starts at `index` ("Friday's", "last year's").
    func isPossessive(at index: Int, tokens: [Token]) -> Bool {
        index + 1 < tokens.count && tokens[index].isMark(0x27) && tokens[index + 1].isWord
            && tokens[index + 1].code == grammar.ids.s
    }

    /// Whether a reading names a whole year: "1993", "in 2012", "last year", "the following year".
    private func namesYear(_ reading: Reading) -> Bool {
        switch reading {
        case .calendar(_?, nil, nil), .relative(.year, _, .speech), .relative(.year, _, .reference): true
        default: false
        }
    }

    /// Whether a date sets the time of its whole sentence: it opens the sentence ("In 1993 the
    /// river crested", "Back in 1993,", "Last year,") or a clause of its own follows it ("was in
    /// 1993, when it crested", "resigned in 2019, weeks after a raid on June 12"). A date inside a
    /// phrase does not: "Under a program approved in 1987, Nashua had bought shares through Sept.
    /// 29"; nor does one in parentheses.
    private func setsScene(_ span: Range<Int>, tokens: [Token]) -> Bool {
        let clauseTense = ClauseTense(grammar: grammar, tokens: tokens)
        var opening = span.lowerBound
        while opening > 0, span.lowerBound - opening < 3, !clauseTense.isSentenceEnd(at: opening - 1),
            !tokens[opening].paragraphBreakBefore
        {
            opening -= 1
        }
        let end = span.upperBound
        // "Since 2009, prices have doubled, peaking in March": a time from then to now.
        if span.lowerBound > 0, tokens[span.lowerBound - 1].isWord,
            tokens[span.lowerBound - 1].code == grammar.ids.since
        {
            return false
        }
        // "up from last year's losses": a possessive names a thing of that year, unless it opens
        // the sentence ("Last year's model was released in late September").
        let opensSentence =
            span.lowerBound == 0 || tokens[span.lowerBound].paragraphBreakBefore
            || clauseTense.isSentenceEnd(at: span.lowerBound - 1)
        if isPossessive(at: end, tokens: tokens), !opensSentence { return false }
        // "Jane Doe (1931–2024), the novelist, died on Sunday": a year in parentheses is an aside.
        if (opening..<span.lowerBound).contains(where: { tokens[$0].isMark(0x28) }) { return false }
        if opening == 0 || clauseTense.isSentenceEnd(at: opening - 1) || tokens[opening].paragraphBreakBefore {
            return true
        }
        guard end + 1 < tokens.count, tokens[end].isMark(0x2C), tokens[end + 1].isWord else { return false }
        if tokens[end + 1].code == grammar.ids.when { return true }
        // "He resigned in mid-2019, weeks after agents searched his home on June 12": a clause
        // timed from the same scene.
        var look = end + 1
        if grammar.vocabulary.classes(tokens[look]).contains(.cardinal) || tokens[look].code == grammar.ids.a {
            look += 1
        }
        guard look + 1 < tokens.count, tokens[look].isWord, grammar.vocabulary.classes(tokens[look]).contains(.unit),
            tokens[look + 1].isWord
        else { return false }
        return tokens[look + 1].code == grammar.ids.after || tokens[look + 1].code == grammar.ids.before
    }

    /// The date a value names, ignoring a time or part of day.
    static func point(_ value: String) -> TimePoint? {
        if let point = TimePoint(timex: value) { return point }
        guard let t = value.firstIndex(of: "T") else { return nil }
        return TimePoint(timex: String(value[..<t]))
    }

    /// Whether no sentence ends between two token indexes (as the tense search reads sentences:
    /// an abbreviation's period ends none).
    func sameSentence(_ tokens: [Token], _ from: Int, _ to: Int, _ clauseTense: ClauseTense) -> Bool {
        guard from <= to, to - from < 30 else { return false }
        for index in from..<to where clauseTense.isSentenceEnd(at: index) || tokens[index].paragraphBreakBefore {
            return false
        }
        return to >= tokens.count || !tokens[to].paragraphBreakBefore
    }

    /// Whether a half or quarter named without a year is a part of a game: its sentence has a word
    /// of a match report ("a goalless first half", "ten points in the fourth quarter").
    private func isPartOfGame(_ reading: Reading, _ span: Range<Int>, tokens: [Token], _ clauseTense: ClauseTense)
        -> Bool
    {
        guard case .yearPart(nil, _, _) = reading else { return false }
        if sentenceHas(.gameWord, before: span.lowerBound, tokens: tokens, clauseTense)
            || sentenceHas(.gameWord, after: span.upperBound, tokens: tokens, clauseTense)
        {
            return true
        }
        // "… scored 27 points as the Heat beat Boston. Miami trailed by 17 in the third quarter":
        // the sentence before may tell of the game (news gives each sentence its own paragraph).
        var start = span.lowerBound - 1
        while start > 0, !clauseTense.isSentenceEnd(at: start) { start -= 1 }
        guard start > 0 else { return false }
        return sentenceHas(.gameWord, before: start, reach: 80, tokens: tokens, clauseTense)
    }

    /// Whether a decade named without its century is a temperature's tens: a word for the reading
    /// comes before it in its sentence ("Highs on Saturday will reach only the mid-50s"), or a word
    /// of weather right before a number ("hot 90s today, then cooler 80s and even some 70s").
    /// Written "'70s", or after "since", it stays a decade.
    private func isReadingInTens(_ reading: Reading, _ span: Range<Int>, tokens: [Token], _ clauseTense: ClauseTense)
        -> Bool
    {
        guard case .decadeInCentury = reading, !span.contains(where: { tokens[$0].isMark(0x27) }) else { return false }
        if span.lowerBound > 0, tokens[span.lowerBound - 1].isWord,
            tokens[span.lowerBound - 1].code == grammar.ids.since
        {
            return false
        }
        if sentenceHas(.temperatureWord, before: span.lowerBound, tokens: tokens, clauseTense) { return true }
        // "Expect hot 90s today, then cooler 80s and even some 70s": a weather word before a number.
        return sentenceHas(before: span.lowerBound, tokens: tokens, clauseTense) {
            tokens[$0 + 1].isNumber && grammar.vocabulary.classes(tokens[$0]).contains(.weatherAdjective)
        }
    }

    /// Whether a word of a class stands in the `reach` tokens before `start`, in its sentence and
    /// paragraph.
    func sentenceHas(
        _ wordClass: WordClass, before start: Int, reach: Int = 40, tokens: [Token], _ clauseTense: ClauseTense
    ) -> Bool {
        sentenceHas(before: start, reach: reach, tokens: tokens, clauseTense) {
            grammar.vocabulary.classes(tokens[$0]).contains(wordClass)
        }
    }

    /// Whether a token that passes `test` stands in the `reach` tokens before `start`, in its
    /// sentence and paragraph.
    func sentenceHas(
        before start: Int, reach: Int = 40, tokens: [Token], _ clauseTense: ClauseTense, where test: (Int) -> Bool
    ) -> Bool {
        var index = start - 1
        while index >= max(0, start - reach), !clauseTense.isSentenceEnd(at: index) {
            if test(index) { return true }
            if tokens[index].paragraphBreakBefore { break }
            index -= 1
        }
        return false
    }

    /// Whether a word of a class stands in the `reach` tokens from `end` on, in its sentence and
    /// paragraph.
    func sentenceHas(
        _ wordClass: WordClass, after end: Int, reach: Int = 40, tokens: [Token], _ clauseTense: ClauseTense
    ) -> Bool {
        var index = end
        while index < min(tokens.count, end + reach), !tokens[index].paragraphBreakBefore,
            !clauseTense.isSentenceEnd(at: index)
        {
            if grammar.vocabulary.classes(tokens[index]).contains(wordClass) { return true }
            index += 1
        }
        return false
    }

    /// Whether a span is a title, not a time. In quotes: ABC's "This Week", CBS's "60 Minutes"; a
    /// quote mark opens it and every word is capitalized, down to a unit that ends it ("Week",
    /// "Minutes"; "Day" is left to holidays, "Christmas Day"). Or "Today" capitalized after an
    /// acronym or "the": "USA Today", "VOA Today", "the Today show". Or "Daily", "Weekly" capitalized
    /// inside a sentence: a paper's name ("the People's Daily", "The Daily Telegraph" after a mark).
    /// Or capitalized words before a capitalized masthead word ("the Sunday Times", `Lexicon.mastheadWords`).
    private func isTitle(_ span: Range<Int>, tokens: [Token]) -> Bool {
        guard span.lowerBound > 0, let last = span.last else { return false }
        // "the Sunday Times", "The Morning Call", "The Tonight Show": capitalized words that a
        // capitalized masthead word finishes.
        if last + 1 < tokens.count, tokens[last + 1].isWord, tokens[last + 1].isCapitalized,
            grammar.vocabulary.classes(tokens[last + 1]).contains(.mastheadWord),
            tokens[span].allSatisfy({ $0.isWord && ($0.isCapitalized || $0.code == grammar.ids.the) })
        {
            return true
        }
        if span.count == 1 {
            let word = tokens[last]
            guard word.isWord, word.isCapitalized else { return false }
            if word.code == grammar.ids.daily || word.code == grammar.ids.weekly {
                return !tokens[last].paragraphBreakBefore
                    && !ClauseTense(grammar: grammar, tokens: tokens).isSentenceEnd(at: last - 1)
            }
            guard word.code == grammar.ids.today else { return false }
            let before = tokens[last - 1]
            return before.isWord && (before.code == grammar.ids.the || (before.isCapitalized && before.endsCapitalized))
        }
        let opening = tokens[span.lowerBound - 1]
        guard opening.isMark(0x22) || opening.isMark(0x60) || opening.isMark(0x27) else { return false }
        let closing = tokens[last]
        guard closing.isWord, closing.isCapitalized, let info = grammar.vocabulary.info(closing),
            info.classes.contains(.unit), info.unit != Int8(TimeUnit.day.rawValue)
        else { return false }
        return tokens[span].allSatisfy { !$0.isWord || $0.isCapitalized }
    }

    /// For a counted duration right before "later" or "afterwards" ("two years later"), the
    /// date it leads to from the date last mentioned; TimeML keeps the expression a duration.
    private func reached(_ reading: Reading, kind: TimeExpression.Kind, before next: Int, tokens: [Token]) -> Reading? {
        guard kind == .duration, next < tokens.count, case .duration(let count?, let unit, false) = reading,
            !unit.isClock, unit != .weekend, unit != .halfYear
        else { return nil }
        let ids = grammar.ids
        let token = tokens[next]
        guard token.kind == .word,
            token.code == ids.later || token.code == ids.afterwards || token.code == ids.afterward
        else { return nil }
        return .shifted(count: count, unit, sign: 1, anchoring: .reference)
    }

}

extension Reading {
    /// Whether the reading names a decade or a century ("the 1950s", "the 19th century"), which
    /// "the end of the decade" and "that century" may then speak of.
    var namesEra: Bool {
        switch self {
        case .decade, .decadeInCentury, .century: true
        default: false
        }
    }

    /// Whether a narrative's later relative expressions may count from this one: dates the text
    /// states or anchors on the time of writing, not those it counts from another mention.
    var setsReference: Bool {
        switch self {
        case .calendar, .shortYear, .yearPart, .weekday, .month, .season, .holiday, .inYear, .inRelativeYear,
            .weekend, .weekOf, .nextTo:
            true
        case .relative: true
        // "Revenues for the quarter rose from $3.24 billion in the prior year": the quarter reported
        // is the date talked about; "the year" of a report is too coarse to count a quarter from.
        case .reportingPeriod(let unit, _): unit != .year
        case .clock(let day, _, _, _), .dayPart(let day, _): day?.setsReference ?? true
        case .weekdayInMonth(_, _, let month), .dayInMonth(_, let month): month.setsReference
        default: false
        }
    }
}

/// Line numbers for messages: the line starts are found once, the first time a message needs
/// one, so a long document with many unresolved expressions costs no rescans.
struct LineCounter {
    private var starts: [Int] = []

    /// The 1-based line of a byte offset in `text`.
    mutating func line(of offset: Int, in text: String) -> Int {
        if starts.isEmpty {
            starts = [0]
            var position = 0
            for byte in text.utf8 {
                position += 1
                if byte == 0x0A { starts.append(position) }
            }
        }
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}
