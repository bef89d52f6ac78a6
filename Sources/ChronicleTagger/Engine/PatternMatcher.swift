/// Matches compiled patterns against one document's tokens.
struct PatternMatcher {
    let grammar: Grammar
    let tokens: [Token]

    private var vocabulary: Vocabulary { grammar.vocabulary }
    private var ids: Grammar.WordIDs { grammar.ids }

    /// A pattern that matched: where it ends, the rule it belongs to, and what it read.
    struct Candidate {
        var end: Int
        var rule: Int
        var match: PartialMatch
    }

    /// Every rule that matches at `start`, once per (end, rule): the first alternative in rule
    /// order that reaches that end. `found` is emptied first (a buffer the caller reuses).
    func candidates(at start: Int, into found: inout [Candidate]) {
        if !found.isEmpty { found.removeAll(keepingCapacity: true) }
        let token = tokens[start]
        switch token.kind {
        case .word:
            guard token.code >= 0 else { return }
            let code = Int(token.code)
            let range = grammar.wordStartOffsets[code]..<grammar.wordStartOffsets[code + 1]
            guard !range.isEmpty else { return }
            var match = PartialMatch()
            match.start = start
            for position in range {
                visit(grammar.wordStartList[Int(position)], start, match, inSecond: false, partStart: start, &found)
            }
        case .number:
            var match = PartialMatch()
            match.start = start
            for child in grammar.numberStarts { visit(child, start, match, inSecond: false, partStart: start, &found) }
        case .punctuation:
            let starts = grammar.markStarts[Int(token.code & 0xFF)]
            guard !starts.isEmpty else { return }
            var match = PartialMatch()
            match.start = start
            for child in starts { visit(child, start, match, inSecond: false, partStart: start, &found) }
        }
    }

    private func visit(
        _ node: Int32, _ index: Int, _ match: PartialMatch, inSecond: Bool, partStart: Int, _ found: inout [Candidate]
    ) {
        let step = grammar.steps[Int(node)]
        var match = match
        var index = index
        var inSecond = inSecond
        var partStart = partStart
        switch step {
        case .beginFirst: partStart = index
        case .beginSecond:
            partStart = index
            inSecond = true
        case .endFirst: match.firstSpan = partStart..<index
        case .endSecond:
            match.secondSpan = partStart..<index
            inSecond = false
        case .notAfter(let inner):
            if index > 0, matchesAny(inner, index - 1) { return }
        case .after(let inner):
            guard index > 0, matchesAny(inner, index - 1) else { return }
        case .notBefore(let inner):
            if index < tokens.count, matchesAny(inner, index) { return }
        case .before(let inner):
            guard index < tokens.count, matchesAny(inner, index) else { return }
        case .notBeforeSequence(let sequence):
            var look = index
            var scratch = Fields()
            var matched = true
            for inner in grammar.sequences[sequence] {
                guard let next = atom(inner, look, &scratch) else {
                    matched = false
                    break
                }
                look = next
            }
            if matched { return }
        default:
            guard index < tokens.count else { return }
            if index > match.start, tokens[index].paragraphBreakBefore { return }
            let next = inSecond ? atom(step, index, &match.second) : atom(step, index, &match.fields)
            guard let next else { return }
            index = next
        }
        let accepts = grammar.acceptStart[Int(node)]..<grammar.acceptStart[Int(node) + 1]
        if !accepts.isEmpty, index > match.start {
            for position in accepts {
                let rule = Int(grammar.accepts[Int(position)])
                if !found.contains(where: { $0.end == index && $0.rule == rule }) {
                    found.append(Candidate(end: index, rule: rule, match: match))
                }
            }
        }
        let token = index < tokens.count ? tokens[index] : nil
        if let token, !grammar.anyChildMayRead(node, token) { return }
        for position in grammar.childStart[Int(node)]..<grammar.childStart[Int(node) + 1] {
            let child = grammar.children[Int(position)]
            if let token, !grammar.mayRead(child, token) { continue }
            visit(child, index, match, inSecond: inSecond, partStart: partStart, &found)
        }
    }

    /// Whether any of the steps reads the token at `index` (a lookaround).
    private func matchesAny(_ lookaround: Int, _ index: Int) -> Bool {
        var scratch = Fields()
        for step in grammar.lookarounds[lookaround] where atom(step, index, &scratch) != nil { return true }
        return false
    }

    // MARK: - Atoms

    /// Reads one element at `index`, storing its value in `fields`; returns the index after it.
    func atom(_ step: Step, _ index: Int, _ fields: inout Fields) -> Int? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        switch step {
        case .word(let id):
            guard token.kind == .word, token.code == id else { return nil }
            fields.read(id)
            return index + 1
        case .words(let set):
            guard grammar.contains(set, token) else { return nil }
            fields.read(token.code)
            return index + 1
        case .mark(let mark):
            return token.isMark(mark) ? index + 1 : nil
        case .dash:
            return token.isMark(0x2D) || token.isMark(Punctuation.dash) ? index + 1 : nil
        case .month(let standalone): return month(index, standalone: standalone, &fields)
        case .numericMonth:
            guard token.isNumber, token.digits <= 2, (1...12).contains(token.value) else { return nil }
            fields.month = token.value
            return index + 1
        case .weekday: return weekday(index, &fields)
        case .day: return day(index, &fields)
        case .year:
            guard let year = yearValue(index), !isAmount(index) else { return nil }
            fields.year = year
            return index + 1
        case .numericYear:
            guard let year = yearValue(index), !gluedWordFollows(index) else { return nil }
            fields.year = year
            return index + 1
        case .bareYear: return bareYear(index, &fields)
        case .apostropheYear:
            guard token.isMark(0x27), index + 1 < tokens.count else { return nil }
            let number = tokens[index + 1]
            guard number.isNumber, !number.spaceBefore, number.digits == 2, !gluedWordFollows(index + 1) else {
                return nil
            }
            fields.year = number.value
            fields.isShortYear = true
            return index + 2
        case .shortYear:
            guard token.isNumber, token.digits == 2, !gluedWordFollows(index) else { return nil }
            fields.year = token.value
            fields.isShortYear = true
            return index + 1
        case .spokenYear: return spokenYear(index, &fields)
        case .decade: return decade(index, &fields)
        case .count: return count(index, &fields)
        case .unit(let plural):
            guard let info = vocabulary.info(token), info.classes.contains(.unit) else { return nil }
            if let plural, plural != info.isPlural { return nil }
            fields.unit = TimeUnit(rawValue: Int(info.unit))
            fields.isPlural = info.isPlural
            return index + 1
        case .season:
            guard let info = vocabulary.info(token), info.classes.contains(.season) else { return nil }
            fields.season = SeasonName(rawValue: Int(info.season))
            return index + 1
        case .dayPart:
            guard let info = vocabulary.info(token), info.classes.contains(.dayPart) else { return nil }
            fields.dayPart = DayPart(rawValue: Int(info.dayPart))
            return index + 1
        case .relation(let offsets):
            guard let info = vocabulary.info(token), info.classes.contains(.relation) else { return nil }
            if offsets != 0, offsets & (1 << UInt8(info.relationOffset + 1)) == 0 { return nil }
            fields.offset = Int(info.relationOffset)
            fields.anchoring = info.relationAnchoring
            fields.read(token.code)
            return index + 1
        case .ordinal: return ordinal(index, &fields)
        case .clock: return clock(index, &fields)
        case .meridiem:
            guard let (end, value) = grammar.meridiems.match(tokens, at: index) else { return nil }
            // "am" spelled out needs to sit right after a number ("10am", "10 am"), not be the verb.
            fields.meridiem = value
            return end
        case .timeZone:
            guard token.isCapitalized, vocabulary.classes(token).contains(.timeZone) else { return nil }
            fields.hasTimeZone = true
            return index + 1
        case .holiday:
            guard token.isCapitalized, let (end, value) = grammar.holidays.match(tokens, at: index) else {
                return nil
            }
            let date = grammar.holidayDates[value]
            if date.day > 0 {
                fields.month = date.month
                fields.day = date.day
            } else {
                fields.holiday = (Int8(date.month), Int8(date.weekday), Int8(date.week))
            }
            return end
        case .glued(let inner):
            guard !token.spaceBefore else { return nil }
            return atom(inner, index, &fields)
        case .beginFirst, .endFirst, .beginSecond, .endSecond, .notAfter, .after, .notBefore, .before,
            .notBeforeSequence:
            return index
        }
    }

    // MARK: - Calendar words

    private func month(_ index: Int, standalone: Bool, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        guard token.isCapitalized, let info = vocabulary.info(token) else { return nil }
        var next = index + 1
        if info.classes.contains(.monthAbbreviation) {
            if next < tokens.count, tokens[next].isMark(0x2E), !tokens[next].spaceBefore {
                next += 1
            } else if !(next < tokens.count && tokens[next].isNumber) {
                return nil
            }
        } else if !info.classes.contains(.month) {
            return nil
        }
        if standalone {
            // "May" and "March" alone are usually the verbs; and "June Carter" is a name.
            let afterDash = index > 1 && tokens[index - 1].isMark(0x2D) && !tokens[index].spaceBefore
            if info.classes.contains(.ambiguousMonth),
                !(index > 0 && isYearPreposition(index - 1)) && !(afterDash && isYearPreposition(index - 2))
            {
                return nil
            }
            if next < tokens.count, tokens[next].isWord, tokens[next].isCapitalized, tokens[next].spaceBefore,
                tokens[next].code < 0
            {
                return nil
            }
        }
        fields.month = Int(info.month)
        return next
    }

    private func weekday(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        guard let info = vocabulary.info(token) else { return nil }
        var next = index + 1
        if info.classes.contains(.weekdayAbbreviation) {
            guard token.isCapitalized, next < tokens.count, tokens[next].isMark(0x2E), !tokens[next].spaceBefore
            else { return nil }
            next += 1
        } else if !info.classes.contains(.weekday) {
            return nil
        }
        fields.weekday = Int(info.weekday)
        fields.isPlural = info.isPlural
        return next
    }

    private func day(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        if token.isNumber {
            guard token.digits <= 2, (1...31).contains(token.value), !isClockOrPercent(index) else { return nil }
            fields.day = token.value
            return index + 1 + (ordinalSuffixFollows(index) ? 1 : 0)
        }
        guard let (value, end) = ordinalWord(index), (1...31).contains(value) else { return nil }
        fields.day = value
        return end
    }

    private func ordinal(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        if token.isNumber {
            guard token.digits <= 3, ordinalSuffixFollows(index) else { return nil }
            fields.ordinal = token.value
            return index + 2
        }
        guard let (value, end) = ordinalWord(index) else { return nil }
        fields.ordinal = value
        return end
    }

    /// "third", "twenty-first", "thirty first".
    private func ordinalWord(_ index: Int) -> (Int, Int)? {
        guard let info = vocabulary.info(tokens[index]) else { return nil }
        if info.classes.contains(.ordinal) { return (Int(info.ordinal), index + 1) }
        guard info.classes.contains(.cardinal), [20, 30].contains(info.cardinal) else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].isMark(0x2D), !tokens[next].spaceBefore { next += 1 }
        guard next < tokens.count, let unit = vocabulary.info(tokens[next]), unit.classes.contains(.ordinal),
            unit.ordinal < 10
        else { return nil }
        return (Int(info.cardinal) + Int(unit.ordinal), next + 1)
    }

    private func ordinalSuffixFollows(_ index: Int) -> Bool {
        let next = index + 1
        return next < tokens.count && !tokens[next].spaceBefore
            && vocabulary.classes(tokens[next]).contains(.ordinalSuffix)
    }

    // MARK: - Years and decades

    private func yearValue(_ index: Int) -> Int? {
        let token = tokens[index]
        guard token.isNumber, token.digits == 4, (1000...2199).contains(token.value) else { return nil }
        return token.value
    }

    /// Whether the number at `index` is part of an amount, a longer number or a name, not a year.
    private func isAmount(_ index: Int) -> Bool {
        let token = tokens[index]
        if index > 0 {
            let previous = tokens[index - 1]
            if !token.spaceBefore {
                // Glued to a sign, a word or a longer number: "$2019", "KRW2000", "1,2000", "A2000".
                if previous.isWord || previous.isNumber { return true }
                if previous.isMark(0x24) || previous.isMark(Punctuation.currency) || previous.isMark(0x23) {
                    return true
                }
                if previous.isMark(0x2C) || previous.isMark(0x2E) || previous.isMark(0x3A) || previous.isMark(0x2F) {
                    if index > 1, tokens[index - 2].isNumber, !previous.spaceBefore { return true }
                }
            } else {
                if previous.isMark(0x24) || previous.isMark(Punctuation.currency) || previous.isMark(0x23) {
                    return true
                }
                let classes = vocabulary.classes(previous)
                if classes.contains(.currency) || classes.contains(.numbered) { return true }
                // "No. 1998", "Art. 2001".
                if previous.isMark(0x2E), index > 1, vocabulary.classes(tokens[index - 2]).contains(.numbered) {
                    return true
                }
            }
        }
        let next = index + 1
        if next < tokens.count {
            let following = tokens[next]
            if !following.spaceBefore {
                if following.isWord || following.isNumber || following.isMark(0x25) { return true }
                if following.isMark(0x2C) || following.isMark(0x2E) || following.isMark(0x3A) {
                    if next + 1 < tokens.count, tokens[next + 1].isNumber, !tokens[next + 1].spaceBefore {
                        return true
                    }
                }
            } else if vocabulary.classes(following).contains(.quantity) || following.isMark(0x25) {
                return true
            }
        }
        return false
    }

    private func isYearPreposition(_ index: Int) -> Bool {
        vocabulary.classes(tokens[index]).contains(.yearPreposition)
    }

    /// A year standing alone: not an amount, and small years or years before a plural noun only after
    /// a preposition ("in 1066", "in 1990 sales rose" — but "sent 2000 tanks").
    private func bareYear(_ index: Int, _ fields: inout Fields) -> Int? {
        guard let year = yearValue(index), !isAmount(index) else { return nil }
        let afterPreposition = index > 0 && isYearPreposition(index - 1)
        if index > 0, vocabulary.classes(tokens[index - 1]).contains(.amountWord) { return nil }
        if year < 1600 || year > 2100, !afterPreposition { return nil }
        let next = index + 1
        if next < tokens.count {
            let following = tokens[next]
            if vocabulary.classes(following).contains(.timeZone) { return nil }
            if !afterPreposition, following.isWord, !following.isCapitalized, following.code < 0,
                following.end - following.start > 3, isPluralLooking(following)
            {
                return nil
            }
        }
        fields.year = year
        return next
    }

    /// Whether a word ends in "s" (the tokenizer keeps a word's last byte in `value`): "tanks", "votes".
    private func isPluralLooking(_ token: Token) -> Bool { token.isWord && token.value & 0xFF == 0x73 }

    private func spokenYear(_ index: Int, _ fields: inout Fields) -> Int? {
        guard let first = vocabulary.info(tokens[index]), first.classes.contains(.cardinal) else { return nil }
        var next = index + 1
        func cardinal(_ at: Int) -> Int? {
            guard at < tokens.count, !tokens[at].paragraphBreakBefore, let info = vocabulary.info(tokens[at]),
                info.classes.contains(.cardinal)
            else { return nil }
            return Int(info.cardinal)
        }
        /// "ninety-six", "ninety six", "ninety".
        func tens(_ at: Int) -> (Int, Int)? {
            guard let value = cardinal(at), value >= 20, value < 100, value % 10 == 0 else { return nil }
            var end = at + 1
            if end < tokens.count, tokens[end].isMark(0x2D), !tokens[end].spaceBefore, let unit = cardinal(end + 1),
                unit < 10
            {
                return (value + unit, end + 2)
            }
            if let unit = cardinal(end), unit > 0, unit < 10 {
                end += 1
                return (value + unit, end)
            }
            return (value, end)
        }
        let head = Int(first.cardinal)
        if (11...19).contains(head) {
            if let (rest, end) = tens(next) {
                fields.year = head * 100 + rest
                return end
            }
            if let teen = cardinal(next), (10...19).contains(teen) {
                fields.year = head * 100 + teen
                return next + 1
            }
            if next < tokens.count, tokens[next].code == ids.hundred, tokens[next].isWord {
                fields.year = head * 100
                return next + 1
            }
            if next < tokens.count, tokens[next].code == ids.oh, tokens[next].isWord, let unit = cardinal(next + 1),
                unit < 10
            {
                fields.year = head * 100 + unit
                return next + 2
            }
            return nil
        }
        if head == 2, next < tokens.count, tokens[next].code == ids.thousand, tokens[next].isWord {
            next += 1
            var year = 2000
            if next < tokens.count, tokens[next].code == ids.and, tokens[next].isWord { next += 1 }
            if let (rest, end) = tens(next) {
                year += rest
                next = end
            } else if let small = cardinal(next), small < 20, small > 0 {
                year += small
                next += 1
            } else if tokens[next - 1].code == ids.and {
                next -= 1
            }
            fields.year = year
            return next
        }
        return nil
    }

    private func decade(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        if let info = vocabulary.info(token), info.classes.contains(.decadeWord) {
            fields.decadeInCentury = Int(info.decade)
            return index + 1
        }
        var numberIndex = index
        var apostrophe = false
        if token.isMark(0x27) {
            numberIndex += 1
            apostrophe = true
            guard numberIndex < tokens.count, !tokens[numberIndex].spaceBefore else { return nil }
        }
        let number = tokens[numberIndex]
        guard number.isNumber, number.value % 10 == 0 else { return nil }
        var next = numberIndex + 1
        // "1990's": the apostrophe before the s.
        if next + 1 < tokens.count, tokens[next].isMark(0x27), !tokens[next].spaceBefore, !tokens[next + 1].spaceBefore,
            tokens[next + 1].code == ids.s, tokens[next + 1].isWord
        {
            next += 1
        }
        guard next < tokens.count, tokens[next].isWord, tokens[next].code == ids.s, !tokens[next].spaceBefore else {
            return nil
        }
        if number.digits == 4, !apostrophe, (1000...2190).contains(number.value) {
            fields.decade = number.value / 10
        } else if number.digits == 2 {
            fields.decadeInCentury = number.value / 10
        } else {
            return nil
        }
        return next + 1
    }

    // MARK: - Amounts and clock times

    private func count(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        var next = index + 1
        if token.isNumber {
            guard token.digits <= 6, !isClockOrDecimal(index) || decimalHalf(index) else { return nil }
            if index > 0, !token.spaceBefore, tokens[index - 1].isMark(0x24) || tokens[index - 1].isWord { return nil }
            // "Covid-19", "F-16": a number that ends a name.
            if index > 1, !token.spaceBefore, tokens[index - 1].isMark(0x2D), !tokens[index - 1].spaceBefore,
                tokens[index - 2].isWord, tokens[index - 2].code < 0
            {
                return nil
            }
            var value = token.value
            // "2,000 years".
            while next + 1 < tokens.count, tokens[next].isMark(0x2C), !tokens[next].spaceBefore,
                tokens[next + 1].isNumber, tokens[next + 1].digits == 3, !tokens[next + 1].spaceBefore
            {
                value = value * 1000 + tokens[next + 1].value
                next += 2
            }
            if decimalHalf(index) {
                fields.plusHalf = true
                next += 2
            } else if next + 2 < tokens.count, tokens[next].isNumber, tokens[next].value == 1,
                tokens[next + 1].isMark(0x2F), tokens[next + 2].isNumber, tokens[next + 2].value == 2,
                !tokens[next + 1].spaceBefore, !tokens[next + 2].spaceBefore
            {
                // "2 1/2 years".
                fields.plusHalf = true
                next += 3
            }
            fields.count = value
            return next
        }
        guard token.isWord else { return nil }
        if token.code == ids.a || token.code == ids.an {
            fields.isArticle = true
            if next < tokens.count, tokens[next].isWord {
                let following = tokens[next]
                if following.code == ids.couple {
                    fields.count = 2
                    next += 1
                    if next < tokens.count, tokens[next].code == ids.of, tokens[next].isWord { next += 1 }
                    return next
                }
                if following.code == ids.dozen {
                    fields.count = 12
                    return next + 1
                }
                if following.code == ids.hundred || following.code == ids.thousand {
                    fields.count = following.code == ids.hundred ? 100 : 1000
                    return next + 1
                }
                if vocabulary.classes(following).contains(.vagueCount) {
                    fields.count = nil
                    fields.isVague = true
                    return next + 1
                }
            }
            fields.count = 1
            fields.isArticle = true
            return next
        }
        let classes = vocabulary.classes(token)
        if classes.contains(.vagueCount) {
            fields.count = nil
            fields.isVague = true
            if token.code == ids.couple {
                fields.count = 2
                fields.isVague = false
                if next < tokens.count, tokens[next].code == ids.of, tokens[next].isWord { next += 1 }
            }
            return next
        }
        guard let info = vocabulary.info(token), info.classes.contains(.cardinal) else { return nil }
        var value = Int(info.cardinal)
        if value >= 20, value < 100, value % 10 == 0, next < tokens.count {
            var unitIndex = next
            if tokens[next].isMark(0x2D), !tokens[next].spaceBefore { unitIndex += 1 }
            if unitIndex < tokens.count, let unit = vocabulary.info(tokens[unitIndex]),
                unit.classes.contains(.cardinal),
                unit.cardinal > 0, unit.cardinal < 10
            {
                value += Int(unit.cardinal)
                next = unitIndex + 1
            }
        }
        if next < tokens.count, tokens[next].isWord,
            tokens[next].code == ids.hundred || tokens[next].code == ids.thousand
        {
            value *= tokens[next].code == ids.hundred ? 100 : 1000
            next += 1
        }
        // "one and a half years".
        if next + 2 < tokens.count, tokens[next].code == ids.and, tokens[next + 1].code == ids.a,
            tokens[next + 2].code == ids.half, tokens[next].isWord, tokens[next + 1].isWord
        {
            fields.plusHalf = true
            next += 3
        }
        fields.count = value
        return next
    }

    /// Whether "N.5" follows: a number with a half.
    private func decimalHalf(_ index: Int) -> Bool {
        let next = index + 1
        return next + 1 < tokens.count && tokens[next].isMark(0x2E) && !tokens[next].spaceBefore
            && tokens[next + 1].isNumber && !tokens[next + 1].spaceBefore && tokens[next + 1].value == 5
            && tokens[next + 1].digits == 1
    }

    /// Whether the number is followed by ":" or a decimal part or "%": "10:30", "1.5", "12%".
    private func isClockOrDecimal(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, !tokens[next].spaceBefore else { return false }
        if tokens[next].isMark(0x25) { return true }
        guard tokens[next].isMark(0x3A) || tokens[next].isMark(0x2E) || tokens[next].isMark(0x2C) else { return false }
        return next + 1 < tokens.count && tokens[next + 1].isNumber && !tokens[next + 1].spaceBefore
    }

    /// Whether the number is followed by ":" or "%": "10:30", "12%".
    private func isClockOrPercent(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, !tokens[next].spaceBefore else { return false }
        return tokens[next].isMark(0x25)
            || (tokens[next].isMark(0x3A) && next + 1 < tokens.count && tokens[next + 1].isNumber)
    }

    private func gluedWordFollows(_ index: Int) -> Bool {
        let next = index + 1
        return next < tokens.count && !tokens[next].spaceBefore && (tokens[next].isWord || tokens[next].isNumber)
    }

    private func clock(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        guard token.isNumber, token.digits <= 2, token.value <= 24 else { return nil }
        var next = index + 1
        var minute: Int?
        // "10:35"; "10.35" only before a.m. or p.m., as it is otherwise a price or a score.
        let colon = next < tokens.count && tokens[next].isMark(0x3A)
        let period =
            next < tokens.count && tokens[next].isMark(0x2E) && next + 2 < tokens.count
            && grammar.meridiems.match(tokens, at: next + 2) != nil
        if next + 1 < tokens.count, colon || period, !tokens[next].spaceBefore,
            tokens[next + 1].isNumber, tokens[next + 1].digits == 2, !tokens[next + 1].spaceBefore,
            tokens[next + 1].value < 60
        {
            minute = tokens[next + 1].value
            next += 2
        }
        fields.hour = token.value
        fields.minute = minute
        return next
    }
}
