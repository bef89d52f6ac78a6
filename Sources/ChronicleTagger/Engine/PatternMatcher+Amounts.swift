/// Atoms that read amounts ("a few", "2 1/2", "twenty-four") and clock times.
extension PatternMatcher {
    func count(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        var next = index + 1
        if token.isNumber {
            let fraction = decimalFraction(index)
            guard token.digits <= 6, !isClockOrDecimal(index) || decimalHalf(index) || fraction != nil else {
                return nil
            }
            // Glued to a sign, a word or a colon: "$30", "A300", the "00" of "10:15:00".
            if index > 0, !token.spaceBefore,
                tokens[index - 1].isMark(0x24) || tokens[index - 1].isWord || tokens[index - 1].isMark(0x3A)
            {
                return nil
            }
            // "9.58 seconds": the decimals of a number, no count of their own.
            if index > 1, !token.spaceBefore, tokens[index - 1].isMark(0x2E), !tokens[index - 1].spaceBefore,
                tokens[index - 2].isNumber
            {
                return nil
            }
            // "1,500 years": the last group of a larger number, no count of its own.
            if index > 1, !token.spaceBefore, tokens[index - 1].isMark(0x2C), !tokens[index - 1].spaceBefore,
                tokens[index - 2].isNumber
            {
                return nil
            }
            // "Covid-19", "F-16": a number that ends a name.
            if index > 1, !token.spaceBefore, tokens[index - 1].isMark(0x2D), !tokens[index - 1].spaceBefore,
                tokens[index - 2].isWord, tokens[index - 2].code < 0
            {
                return nil
            }
            var value = token.value
            // "2,000 years"; no amount of time needs more than a few groups.
            while next + 1 < tokens.count, tokens[next].isMark(0x2C), !tokens[next].spaceBefore,
                tokens[next + 1].isNumber, tokens[next + 1].digits == 3, !tokens[next + 1].spaceBefore
            {
                guard value < 1_000_000 else { return nil }
                value = value * 1000 + tokens[next + 1].value
                next += 2
            }
            if decimalHalf(index) {
                fields.plusHalf = true
                next += 2
            } else if let fraction {
                // "34.3 hours".
                fields.fraction = fraction
                next += 2
            } else if next < tokens.count, tokens[next].isMark(Punctuation.half), !tokens[next].spaceBefore {
                // "6½ years".
                fields.plusHalf = true
                next += 1
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
        // "one and a half years", "two-and-a-half years".
        if let end = andAHalf(from: next) {
            fields.plusHalf = true
            next = end
        } else if next + 2 < tokens.count, tokens[next].isMark(0x28), tokens[next + 1].isNumber,
            tokens[next + 1].value == value, tokens[next + 2].isMark(0x29)
        {
            // "sixty (60) days": a contract repeats the number in figures.
            next += 3
        }
        fields.count = value
        return next
    }

    /// Whether the words around "13.19" place it in the day, as a clock with a point: a zone after a
    /// comma ("13.19, EST"), a zone's word ("17.00 local time", `Lexicon.timeZoneWords`), or a part
    /// of the day before "at" ("tomorrow evening at 6.45"). A day alone does not: "shares closed at
    /// 10.30 yesterday" is a price.
    private func placesDottedClock(_ index: Int) -> Bool {
        let after = index + 3
        guard after < tokens.count, tokens[index + 1].isMark(0x2E), tokens[index + 2].isNumber,
            tokens[index + 2].digits == 2, !tokens[index + 2].spaceBefore, tokens[index + 2].value < 60
        else { return false }
        var next = tokens[after]
        if next.isMark(0x2C), after + 1 < tokens.count { next = tokens[after + 1] }
        if next.isCapitalized, vocabulary.classes(next).contains(.timeZone) { return true }
        if tokens[after].isWord, !tokens[after].isCapitalized, vocabulary.classes(tokens[after]).contains(.zoneWord) {
            return true
        }
        guard index > 1, tokens[index - 1].isWord, tokens[index - 1].code == ids.at else { return false }
        return vocabulary.classes(tokens[index - 2]).contains(.dayPart)
    }

    /// The end of "and a half" (or "-and-a-half", dashes glued) starting at `index`, if it is there.
    func andAHalf(from index: Int) -> Int? {
        let words = [ids.and, ids.a, ids.half]
        var look = index
        for word in words {
            if look + 1 < tokens.count, tokens[look].isMark(0x2D), !tokens[look].spaceBefore,
                !tokens[look + 1].spaceBefore
            {
                look += 1
            }
            guard look < tokens.count, tokens[look].isWord, tokens[look].code == word else { return nil }
            look += 1
        }
        return look
    }

    /// Whether "N.5" follows: a number with a half.
    func decimalHalf(_ index: Int) -> Bool {
        let next = index + 1
        return next + 1 < tokens.count && tokens[next].isMark(0x2E) && !tokens[next].spaceBefore
            && tokens[next + 1].isNumber && !tokens[next + 1].spaceBefore && tokens[next + 1].value == 5
            && tokens[next + 1].digits == 1
    }

    /// The decimals of a number of at most four digits with one or two after its point ("34.3",
    /// "9.58"), other than ".5" (`decimalHalf`); not a version, a dotted date or a clock ("1.2.3",
    /// "10.30.2019", "10.30 a.m." has a point but is read as a clock before it is a count).
    func decimalFraction(_ index: Int) -> (value: Int16, digits: Int8)? {
        let next = index + 1
        guard tokens[index].digits <= 4, next + 1 < tokens.count, tokens[next].isMark(0x2E), !tokens[next].spaceBefore
        else { return nil }
        let decimals = tokens[next + 1]
        guard decimals.isNumber, !decimals.spaceBefore, (1...2).contains(decimals.digits), !decimalHalf(index) else {
            return nil
        }
        // "1.2.3", "10.30.2019".
        if next + 3 < tokens.count, !tokens[next + 2].spaceBefore, tokens[next + 2].isMark(0x2E),
            tokens[next + 3].isNumber, !tokens[next + 3].spaceBefore
        {
            return nil
        }
        return (Int16(decimals.value), Int8(decimals.digits))
    }

    /// Whether the number is followed by ":" or a decimal part or "%": "10:30", "1.5", "12%".
    func isClockOrDecimal(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, !tokens[next].spaceBefore else { return false }
        if tokens[next].isMark(0x25) { return true }
        guard tokens[next].isMark(0x3A) || tokens[next].isMark(0x2E) || tokens[next].isMark(0x2C) else { return false }
        guard next + 1 < tokens.count, tokens[next + 1].isNumber, !tokens[next + 1].spaceBefore else { return false }
        // "1,500 years": a comma before three digits groups thousands.
        return !(tokens[next].isMark(0x2C) && tokens[next + 1].digits == 3)
    }

    /// Whether the number is followed by ":" or "%": "10:30", "12%".
    func isClockOrPercent(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, !tokens[next].spaceBefore else { return false }
        return tokens[next].isMark(0x25)
            || (tokens[next].isMark(0x3A) && next + 1 < tokens.count && tokens[next + 1].isNumber)
    }

    func gluedWordFollows(_ index: Int) -> Bool {
        let next = index + 1
        return next < tokens.count && !tokens[next].spaceBefore && (tokens[next].isWord || tokens[next].isNumber)
    }

    func clock(_ index: Int, _ fields: inout Fields) -> Int? {
        let token = tokens[index]
        guard token.isNumber, token.digits <= 2, token.value <= 24 else { return nil }
        var next = index + 1
        var minute: Int?
        // "10:35"; "10.35" only before a.m., p.m. or a time zone, or with the hour's leading zero
        // ("at 07.45"), as it is otherwise a price or a score.
        let colon = next < tokens.count && tokens[next].isMark(0x3A)
        let period =
            next < tokens.count && tokens[next].isMark(0x2E)
            && ((token.digits == 2 && token.value < 10
                && (index == 0
                    || (tokens[index].spaceBefore && !vocabulary.classes(tokens[index - 1]).contains(.amountWord))))
                || (next + 2 < tokens.count
                    && (grammar.meridiems.match(tokens, at: next + 2) != nil
                        || (tokens[next + 2].isCapitalized && vocabulary.classes(tokens[next + 2]).contains(.timeZone))))
                || placesDottedClock(index))
        if next + 1 < tokens.count, colon || period, !tokens[next].spaceBefore,
            tokens[next + 1].isNumber, tokens[next + 1].digits == 2, !tokens[next + 1].spaceBefore,
            tokens[next + 1].value < 60
        {
            minute = tokens[next + 1].value
            next += 2
        }
        // "10:42:15": seconds, after minutes and a colon.
        var second: Int?
        if minute != nil, colon, next + 1 < tokens.count, tokens[next].isMark(0x3A), !tokens[next].spaceBefore,
            tokens[next + 1].isNumber, tokens[next + 1].digits == 2, !tokens[next + 1].spaceBefore,
            tokens[next + 1].value < 60
        {
            second = tokens[next + 1].value
            next += 2
        }
        fields.hour = token.value
        fields.minute = minute
        fields.seconds = second
        return next
    }
}
