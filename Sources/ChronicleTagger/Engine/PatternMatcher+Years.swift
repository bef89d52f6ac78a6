/// Atoms that read years and decades, and the tests that tell a year from an amount or a name.
extension PatternMatcher {
    func yearValue(_ index: Int) -> Int? {
        let token = tokens[index]
        guard token.isNumber, token.digits == 4, (1000...2199).contains(token.value) else { return nil }
        return token.value
    }

    /// Whether the number at `index` is part of an amount, a longer number or a name, not a year.
    func isAmount(_ index: Int) -> Bool {
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
                // "No. 1998", "Art. 2001", "H.R. 2019", "S. 1630": a numbered thing.
                if previous.isMark(0x2E), index > 1,
                    vocabulary.classes(tokens[index - 2]).contains(.numbered)
                        || (tokens[index - 2].isCapitalized && tokens[index - 2].end - tokens[index - 2].start == 1)
                {
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
                // "the third quarter of 1991 won't improve": "won" with "'t" is the verb.
                let isWont =
                    following.code == ids.won && next + 2 < tokens.count && tokens[next + 1].isMark(0x27)
                    && !tokens[next + 1].spaceBefore && tokens[next + 2].isWord && tokens[next + 2].code == ids.t
                return !isWont
            }
        }
        return false
    }

    /// Whether the token at `index` is a possessive: "its", or the "s" of "the company's".
    func isPossessive(_ index: Int) -> Bool {
        if vocabulary.classes(tokens[index]).contains(.possessive) { return true }
        return index > 1 && tokens[index].isWord && tokens[index].code == ids.s && !tokens[index].spaceBefore
            && tokens[index - 1].isMark(0x27) && !tokens[index - 1].spaceBefore && tokens[index - 2].isWord
    }

    /// "from at least 2005 through 2010", "since at least 1998", "until at least 2027": "at least"
    /// after a preposition of time bounds a year, not an amount; so does a hedge after one ("deaf
    /// since about 1818", "born in roughly 1770"), unless a plural noun follows ("in about 1500
    /// cases").
    private func boundsYear(_ index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].isWord, tokens[index - 2].isWord else { return false }
        if vocabulary.classes(tokens[index - 1]).contains(.yearHedge), isYearPreposition(index - 2),
            tokens[index - 2].code != ids.the
        {
            return true
        }
        guard index >= 3, tokens[index - 1].code == ids.least, tokens[index - 2].code == ids.at else { return false }
        let before = tokens[index - 3]
        return before.isWord
            && [ids.since, ids.from, ids.until, ids.till, ids.before, ids.after].contains(before.code)
    }

    /// "a population of 1900", "a crowd of 1800": a count after "of" a noun of amount.
    private func countsAfterOf(_ index: Int) -> Bool {
        guard index > 2, tokens[index - 1].isWord, tokens[index - 1].code == ids.of, tokens[index - 2].isWord,
            vocabulary.classes(tokens[index - 2]).contains(.countedNoun)
        else { return false }
        let article = tokens[index - 3]
        return article.isWord && (article.code == ids.a || article.code == ids.an)
    }

    func isYearPreposition(_ index: Int) -> Bool {
        vocabulary.classes(tokens[index]).contains(.yearPreposition)
    }

    /// A year standing alone: not an amount, and small years or years before a plural noun only after
    /// a preposition, a possessive or a dashed prefix ("in 1066", "in 1990 sales rose", "its 1989 results",
    /// "mid-2018 talks" — but "sent 2000 tanks").
    func bareYear(_ index: Int, _ fields: inout Fields) -> Int? {
        guard let year = yearValue(index), !isAmount(index) else { return nil }
        let afterCirca =
            index > 1 && tokens[index - 1].isMark(0x2E) && !tokens[index - 1].spaceBefore
            && vocabulary.classes(tokens[index - 2]).contains(.circaAbbreviation)
        let afterPreposition = index > 0 && (isYearPreposition(index - 1) || afterCirca)
        if index > 0, vocabulary.classes(tokens[index - 1]).contains(.amountWord), !boundsYear(index) { return nil }
        if countsAfterOf(index) { return nil }
        if year < 1600 || year > 2100, !afterPreposition { return nil }
        if index > 1, !tokens[index].spaceBefore, tokens[index - 1].isMark(0x2D), !tokens[index - 1].spaceBefore {
            // "1-800-555-2019": the last part of a telephone number.
            if tokens[index - 2].isNumber, tokens[index - 2].digits == 3 { return nil }
        } else if index > 1, tokens[index].spaceBefore, isName(index - 1) {
            // "Windows 2000 crashed", "a venture called Orion 1980": a name's number ("the
            // Beijing 2008 Olympics" names a year, with a name after it).
            let next = index + 1
            if next >= tokens.count || !tokens[next].isWord || !tokens[next].isCapitalized { return nil }
        }
        let next = index + 1
        if next < tokens.count {
            let following = tokens[next]
            if vocabulary.classes(following).contains(.timeZone) { return nil }
            // "1600 Pennsylvania Avenue": a house number.
            if following.isCapitalized, next + 1 < tokens.count,
                vocabulary.classes(tokens[next + 1]).contains(.street)
                    || (next + 2 < tokens.count && vocabulary.classes(tokens[next + 2]).contains(.street))
            {
                return nil
            }
            // A year glued by a dash to a word or a year ("mid-2018 talks", "2019-2020 schools") is no count.
            let prefixed =
                index > 1 && !tokens[index].spaceBefore && tokens[index - 1].isMark(0x2D)
                && !tokens[index - 1].spaceBefore && (tokens[index - 2].isWord || yearValue(index - 2) != nil)
            let afterPossessive = index > 0 && isPossessive(index - 1)
            // Before a plural noun, a year needs a preposition (a small one, more than "the": "the 1099
            // forms"), other than "for", which counts more often than it dates ("room for 2000 guests").
            let strongPreposition =
                afterPreposition && (year >= 1600 || tokens[index - 1].code != ids.the)
                && tokens[index - 1].code != ids.for
            if !strongPreposition, !prefixed, !afterPossessive, following.isWord, !following.isCapitalized,
                following.code < 0, following.end - following.start > 3, isPluralLooking(following)
            {
                return nil
            }
        }
        fields.year = year
        return next
    }

    /// Whether the token at `index` is a capitalized word inside a sentence that the tagger does not
    /// know (not a month, a season, a holiday or any word of its tables), and no acronym: a name.
    func isName(_ index: Int) -> Bool {
        let token = tokens[index]
        // Not an acronym ("the NATO 2019 summit").
        guard token.isWord, token.isCapitalized, !token.endsCapitalized, token.code < 0, index > 0,
            !token.paragraphBreakBefore
        else { return false }
        let previous = tokens[index - 1]
        return previous.isWord || previous.isNumber || previous.isMark(0x2C)
    }

    /// Whether a word ends in "s" (the tokenizer keeps a word's last byte in `value`): "tanks", "votes".
    func isPluralLooking(_ token: Token) -> Bool { token.isWord && token.value & 0xFF == 0x73 }

    func spokenYear(_ index: Int, _ fields: inout Fields) -> Int? {
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
        // "twenty twelve", "twenty twenty-four": a year of this century said in pairs.
        if head == 20, next < tokens.count, tokens[next].spaceBefore {
            // "a class of twenty twelve-year-olds" counts children.
            func isAge(_ end: Int) -> Bool {
                end < tokens.count && tokens[end].isMark(0x2D) && !tokens[end].spaceBefore
            }
            if let teen = cardinal(next), (10...19).contains(teen), !isAge(next + 1) {
                fields.year = 2000 + teen
                return next + 1
            }
            if let (rest, end) = tens(next), !isAge(end) {
                fields.year = 2000 + rest
                return end
            }
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

    func decade(_ index: Int, _ fields: inout Fields) -> Int? {
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
        // "1990's": the apostrophe before the s; after no article or preposition ("she is 2020's
        // breakout star") it is the possessive of a year.
        if next + 1 < tokens.count, tokens[next].isMark(0x27), !tokens[next].spaceBefore, !tokens[next + 1].spaceBefore,
            tokens[next + 1].code == ids.s, tokens[next + 1].isWord
        {
            if !apostrophe, number.digits == 4, index == 0 || !isYearPreposition(index - 1) { return nil }
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
}
