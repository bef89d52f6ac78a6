/// Atoms that read month and weekday names, days of the month and ordinals.
extension PatternMatcher {
    func month(_ index: Int, standalone: Bool, _ fields: inout Fields) -> Int? {
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
            // "May" and "March" alone are usually the verbs; and "June Carter" is a name. After a
            // dash, a preposition may come before the dash or before the word the dash joins ("at
            // end-March").
            let afterDash = index > 1 && tokens[index - 1].isMark(0x2D) && !tokens[index].spaceBefore
            let prepositionBeforeDash =
                afterDash && (isYearPreposition(index - 2) || (index > 2 && isYearPreposition(index - 3)))
            if info.classes.contains(.ambiguousMonth), !(index > 0 && isYearPreposition(index - 1)),
                !prepositionBeforeDash
            {
                return nil
            }
            // After a preposition or a prefix's dash it is the month: "by mid-September Allied forces",
            // "in September Allied troops".
            let afterPreposition = index > 0 && isYearPreposition(index - 1)
            if !afterDash, !afterPreposition, next < tokens.count, tokens[next].isWord, tokens[next].isCapitalized,
                tokens[next].spaceBefore, tokens[next].code < 0
            {
                return nil
            }
        }
        fields.month = Int(info.month)
        return next
    }

    func weekday(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        guard let info = vocabulary.info(token) else { return nil }
        var next = index + 1
        if info.classes.contains(.weekdayAbbreviation) {
            guard token.isCapitalized, next < tokens.count, tokens[next].isMark(0x2E), !tokens[next].spaceBefore
            else { return nil }
            // "said the Sun.": a name after an article.
            if index > 0, tokens[index - 1].isWord,
                vocabulary.classes(tokens[index - 1]).contains(.determiner)
            {
                return nil
            }
            next += 1
        } else if !info.classes.contains(.weekday) {
            return nil
        }
        fields.weekday = Int(info.weekday)
        fields.isPlural = info.isPlural
        return next
    }

    func day(_ index: Int, _ fields: inout Fields) -> Int? {
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

    func ordinal(_ index: Int, _ fields: inout Fields) -> Int? {
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
    func ordinalWord(_ index: Int) -> (Int, Int)? {
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

    func ordinalSuffixFollows(_ index: Int) -> Bool {
        let next = index + 1
        return next < tokens.count && !tokens[next].spaceBefore
            && vocabulary.classes(tokens[next]).contains(.ordinalSuffix)
    }
}
