/// Widens expressions over the words around them that belong to them ("the end of 1990", "nearly
/// two years", "about a decade ago", "the next year or so"), setting the TIMEX3 `mod` they give.
/// A prefix never reaches into the expression before, nor a suffix into the one after, nor either
/// across a blank line.
struct PrefixAbsorber {
    struct Table {
        var entries: [(keys: [Int32], modifier: String?)]
    }

    let points: Table
    let weekdayPoints: Table
    let durations: Table
    let counts: Table
    let agos: Table
    let suffixes: Table
    let a: Int32
    let an: Int32

    init(tokenizer: Tokenizer) {
        func table(_ list: [(phrase: String, modifier: String?)]) -> Table {
            var entries = list.map { entry -> (keys: [Int32], modifier: String?) in
                var text = entry.phrase
                return (text.withUTF8 { tokenizer.tokens($0) }.map(PhraseTable.key), entry.modifier)
            }
            entries.sort { $0.keys.count > $1.keys.count }
            return Table(entries: entries)
        }
        points = table(Lexicon.pointPrefixes)
        weekdayPoints = table(Lexicon.pointPrefixes.filter { !Lexicon.notBeforeWeekdays.contains($0.phrase) })
        durations = table(Lexicon.durationPrefixes)
        counts = table(Lexicon.countPrefixes)
        agos = table(Lexicon.agoPrefixes)
        suffixes = table(Lexicon.suffixes)
        a = tokenizer.vocabulary.lookup("a")
        an = tokenizer.vocabulary.lookup("an")
    }

    func absorb(_ found: inout [TaggingRun.Found], tokens: [Token]) {
        var limit = 0
        for index in found.indices {
            var tables: [Table] = []
            switch (found[index].expression.kind, found[index].reading) {
            // "around 3000 B.C.": a year before the common era takes the hedges of a date.
            case (.date, .literal(let value)) where value.hasPrefix("-"): tables = [points]
            // "more than half a century", "nearly 34.3 hours": a length stated outright takes the
            // hedges of a length; other stated values ("PRESENT_REF", a set) take none.
            case (.duration, .literal): tables = [durations]
            case (_, .literal): break
            case (.duration, _):
                tables = [durations]
                // "over a week" is more than a week; "over the past decade", "over three years" and
                // "over a ten-year period" say when.
                let first = tokens[found[index].tokens.lowerBound]
                if first.isWord, first.code == a || first.code == an,
                    found[index].expression.rule != RuleSet.compoundPeriod.id
                {
                    tables.append(counts)
                }
            case (.date, .shifted), (.date, .relative(_, _, .reference)): tables = [agos]
            // "earlier Friday", "later Thursday": the weekday alone is the expression.
            case (_, .weekday), (_, .dayPart(.weekday?, _)): tables = [weekdayPoints]
            case (.date, _), (.time, _): tables = [points]
            default: break
            }
            // "an early Easter", "a late Thanksgiving": a feast that moves, early or late in the
            // calendar, not in its day.
            var floor = limit
            switch found[index].reading {
            case .holiday, .inRelativeYear(.holiday, _):
                let start = found[index].tokens.lowerBound
                if start >= 2, tokens[start - 2].isWord, tokens[start - 2].code == a || tokens[start - 2].code == an {
                    floor = max(floor, start)
                }
            default: break
            }
            for table in tables where extend(&found[index], table, tokens: tokens, limit: floor) { break }
            let next = index + 1 < found.count ? found[index + 1].tokens.lowerBound : tokens.count
            if found[index].expression.kind != .set { extendForward(&found[index], tokens: tokens, limit: next) }
            limit = found[index].tokens.upperBound
        }
    }

    private func matches(_ keys: [Int32], _ tokens: [Token], at first: Int) -> Bool {
        for (offset, key) in keys.enumerated() {
            let token = tokens[first + offset]
            if PhraseTable.key(token) != key || (offset > 0 && token.paragraphBreakBefore) { return false }
        }
        return true
    }

    private func extend(_ found: inout TaggingRun.Found, _ table: Table, tokens: [Token], limit: Int) -> Bool {
        let start = found.tokens.lowerBound
        for (keys, modifier) in table.entries where start - keys.count >= limit {
            let first = start - keys.count
            guard matches(keys, tokens, at: first), !tokens[start].paragraphBreakBefore else { continue }
            found.tokens = first..<found.tokens.upperBound
            found.expression.range.lowerBound = tokens[first].start
            if found.expression.modifier == nil { found.expression.modifier = modifier }
            return true
        }
        return false
    }

    private func extendForward(_ found: inout TaggingRun.Found, tokens: [Token], limit: Int) {
        let end = found.tokens.upperBound
        for (keys, modifier) in suffixes.entries where end + keys.count <= limit {
            guard matches(keys, tokens, at: end), !tokens[end].paragraphBreakBefore else { continue }
            found.tokens = found.tokens.lowerBound..<(end + keys.count)
            found.expression.range.upperBound = tokens[end + keys.count - 1].end
            if found.expression.modifier == nil { found.expression.modifier = modifier }
            return
        }
    }
}
