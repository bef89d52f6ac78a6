/// Matches compiled patterns against one document's tokens.
///
/// A class, so that the recursive walk passes one reference rather than copying the grammar's
/// many array fields into every frame.
final class PatternMatcher {
    let grammar: Grammar
    let tree: PatternTree
    let vocabulary: Vocabulary
    let ids: Grammar.WordIDs
    let tokens: [Token]

    init(grammar: Grammar, tokens: [Token]) {
        self.grammar = grammar
        self.tree = grammar.tree
        self.vocabulary = grammar.vocabulary
        self.ids = grammar.ids
        self.tokens = tokens
    }

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
            let range = tree.wordStartOffsets[code]..<tree.wordStartOffsets[code + 1]
            guard !range.isEmpty else { return }
            let next = start + 1 < tokens.count ? tokens[start + 1] : nil
            if let next, !tree.anyWordStartMayGoOn(code, next) { return }
            var match = PartialMatch()
            for position in range {
                let node = tree.wordStartList[Int(position)]
                // A one-word step that ends no rule and whose children cannot read the next token
                // leads nowhere: most starts at "the", "of", "in" end here, before any copying.
                if let next, tree.isSingleWord(node), !tree.accepts(node), !tree.anyChildMayRead(node, next) {
                    continue
                }
                match = PartialMatch()
                match.start = start
                visit(node, start, &match, inSecond: false, partStart: start, &found)
            }
        case .number:
            var match = PartialMatch()
            for child in tree.numberStarts {
                match = PartialMatch()
                match.start = start
                visit(child, start, &match, inSecond: false, partStart: start, &found)
            }
        case .punctuation:
            let mark = Int(token.code & 0xFF)
            let starts = tree.markStartOffsets[mark]..<tree.markStartOffsets[mark + 1]
            guard !starts.isEmpty else { return }
            var match = PartialMatch()
            for position in starts {
                let child = tree.markStartList[Int(position)]
                match = PartialMatch()
                match.start = start
                visit(child, start, &match, inSecond: false, partStart: start, &found)
            }
        }
    }

    /// Walks the tree from `node`, reading into `match` in place: the caller gives each branch a
    /// fresh copy only where the tree branches, and `match` holds no meaning after the call.
    private func visit(
        _ node: Int32, _ index: Int, _ match: inout PartialMatch, inSecond: Bool, partStart: Int,
        _ found: inout [Candidate]
    ) {
        let step = tree.steps[Int(node)]
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
            for options in tree.sequences[sequence] {
                var next: Int?
                for option in options where next == nil { next = atom(option, look, &scratch) }
                guard let next else {
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
        let accepts = tree.acceptStart[Int(node)]..<tree.acceptStart[Int(node) + 1]
        if !accepts.isEmpty, index > match.start {
            for position in accepts {
                let rule = Int(tree.accepts[Int(position)])
                if !found.contains(where: { $0.end == index && $0.rule == rule }) {
                    found.append(Candidate(end: index, rule: rule, match: match))
                }
            }
        }
        let token = index < tokens.count ? tokens[index] : nil
        if let token, !tree.anyChildMayRead(node, token) { return }
        let childRange = tree.childStart[Int(node)]..<tree.childStart[Int(node) + 1]
        var viable = 0
        var only: Int32 = 0
        for position in childRange {
            let child = tree.children[Int(position)]
            if let token, !tree.mayRead(child, token) { continue }
            viable += 1
            only = child
        }
        if viable == 1 {
            visit(only, index, &match, inSecond: inSecond, partStart: partStart, &found)
        } else if viable > 1 {
            let saved = match
            var isFirst = true
            for position in childRange {
                let child = tree.children[Int(position)]
                if let token, !tree.mayRead(child, token) { continue }
                if !isFirst { match = saved }
                isFirst = false
                visit(child, index, &match, inSecond: inSecond, partStart: partStart, &found)
            }
        }
    }

    /// Whether any of the steps reads the token at `index` (a lookaround).
    private func matchesAny(_ lookaround: Int, _ index: Int) -> Bool {
        var scratch = Fields()
        for position in tree.lookaroundStart[lookaround]..<tree.lookaroundStart[lookaround + 1]
        where atom(tree.lookaroundSteps[Int(position)], index, &scratch) != nil {
            return true
        }
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
            guard tree.contains(set, token) else { return nil }
            fields.read(token.code)
            return index + 1
        case .mark(let mark):
            return token.isMark(mark) ? index + 1 : nil
        case .dash:
            // "Apr. 13--U.S. shoppers": two hyphens stand for a dash between clauses, joining nothing.
            if token.isMark(0x2D), index + 1 < tokens.count, tokens[index + 1].isMark(0x2D),
                !tokens[index + 1].spaceBefore
            {
                return nil
            }
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
            fields.isPlural = fields.isPlural || info.isPlural
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
        case .name:
            guard token.isWord, token.isCapitalized, token.code < 0 else { return nil }
            return index + 1
        case .plainWord:
            guard token.isWord, !token.isCapitalized, token.code < 0 else { return nil }
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
                fields.holiday = (Int8(date.month), Int8(date.weekday), Int8(date.fromDay))
            }
            return end
        case .gerund:
            guard token.isWord, !token.isCapitalized, token.value == 0x6E67, token.end - token.start >= 5,
                vocabulary.classes(token).isDisjoint(with: [.dayPart, .season, .unit, .month, .weekday])
            else { return nil }
            return index + 1
        case .number:
            return token.isNumber ? index + 1 : nil
        case .countedWord:
            // Not a verb after a year: "a strike in 2010 lasted a week", "in 1998 took a year".
            guard token.isWord, !token.isCapitalized, index > 0, token.value != 0x6564,
                vocabulary.classes(token).isDisjoint(with: [
                    .dayPart, .season, .unit, .month, .weekday, .cardinal, .pastCue,
                ])
            else { return nil }
            // "200,000 jobs", "five jets", "80 billion euros".
            let count = tokens[index - 1]
            let counts =
                count.isNumber || (count.isWord && !vocabulary.classes(count).isDisjoint(with: [.cardinal, .quantity]))
            return counts ? index + 1 : nil
        case .glued(let inner):
            guard !token.spaceBefore else { return nil }
            return atom(tree.gluedSteps[Int(inner)], index, &fields)
        case .beginFirst, .endFirst, .beginSecond, .endSecond, .notAfter, .after, .notBefore, .before,
            .notBeforeSequence:
            return index
        }
    }
}
