import ChronicleText

/// The first tagger: explicit dates only — full dates, month and year, years after a
/// preposition, and a month alone resolved within the document's reference period.
struct Scanner {
    let text: String
    let documentDate: TimePoint?
    let documentID: String
    var expressions: [TimeExpression] = []
    var diagnostics = Diagnostics()

    init(text: String, documentDate: TimePoint?, documentID: String) {
        self.text = text
        self.documentDate = documentDate
        self.documentID = documentID
    }

    mutating func run() {
        let tokens: [Token] = {
            var text = text
            return text.withUTF8 { Tokenizer.tokens($0) }
        }()
        var index = 0
        while index < tokens.count {
            if let (expression, next) = match(tokens, at: index) {
                expressions.append(expression)
                index = next
            } else {
                index += 1
            }
        }
    }

    private func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count == 4, let value = Int(token.text), (1000...2199).contains(value)
        else { return nil }
        return value
    }

    private func day(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count <= 2, let value = Int(token.text), (1...31).contains(value)
        else { return nil }
        return value
    }

    private func month(_ tokens: [Token], _ index: Int) -> (month: Int, next: Int)? {
        guard index < tokens.count, tokens[index].kind == .word, let month = Lexicon.monthNames[tokens[index].text]
        else { return nil }
        var next = index + 1
        // "Dec." keeps its period; "may" alone is too often the verb, so it needs a number beside it.
        if next < tokens.count, tokens[next].text == ".", tokens[index].text.count <= 4 { next += 1 }
        return (month, next)
    }

    /// Whether the token is a number glued to a quantity: "2,706", "1.5", "$2019".
    private func isQuantity(_ tokens: [Token], _ index: Int) -> Bool {
        if index > 0, !tokens[index].spaceBefore, ["$", ",", ".", "£", "€"].contains(tokens[index - 1].text) {
            return true
        }
        if index + 2 < tokens.count, !tokens[index + 1].spaceBefore, [",", "."].contains(tokens[index + 1].text),
            tokens[index + 2].kind == .number, !tokens[index + 2].spaceBefore
        {
            return true
        }
        return false
    }

    private func make(
        _ tokens: [Token], _ first: Int, _ last: Int, _ value: String, rule: String, anchor: String? = nil
    )
        -> TimeExpression
    {
        TimeExpression(
            range: TextRange(tokens[first].range.lowerBound, tokens[last].range.upperBound), kind: .date,
            value: value, rule: rule, anchor: anchor)
    }

    private func match(_ tokens: [Token], at index: Int) -> (TimeExpression, Int)? {
        let token = tokens[index]
        // Month name first: "December 22, 2019", "December 2019", "December of 2019", "April".
        if let (month, next) = month(tokens, index) {
            if next < tokens.count, let day = day(tokens[next]), !isQuantity(tokens, next) {
                var after = next + 1
                if after < tokens.count, tokens[after].text == "," { after += 1 }
                if after < tokens.count, let year = year(tokens[after]), !isQuantity(tokens, after),
                    let point = TimePoint.day(year, month, day)
                {
                    return (make(tokens, index, after, point.timex, rule: "date.month-day-year"), after + 1)
                }
            }
            var after = next
            if after < tokens.count, tokens[after].text == "of" { after += 1 }
            if after < tokens.count, let year = year(tokens[after]), !isQuantity(tokens, after),
                let point = TimePoint.month(year, month)
            {
                return (make(tokens, index, after, point.timex, rule: "date.month-year"), after + 1)
            }
            if tokens[index].text != "may", tokens[index].text.count > 3 || next > index + 1,
                index > 0,
                ["in", "since", "until", "by", "during", "of", "from", "to", "early", "late", "mid", "last", "this"]
                    .contains(tokens[index - 1].text)
                    || tokens[index].range.lowerBound == 0 || (index > 0 && tokens[index - 1].text == ".")
            {
                guard let resolved = resolveMonth(month) else {
                    return (make(tokens, index, next - 1, "XXXX-\(pad2(month))", rule: "date.month-alone"), next)
                }
                return (
                    make(
                        tokens, index, next - 1, resolved.timex, rule: "date.month-alone", anchor: documentDate?.timex),
                    next
                )
            }
            return nil
        }
        // Day first: "22 December 2019".
        if let day = day(token), !isQuantity(tokens, index), let (month, next) = month(tokens, index + 1) {
            var after = next
            if after < tokens.count, tokens[after].text == "," { after += 1 }
            if after < tokens.count, let year = year(tokens[after]), let point = TimePoint.day(year, month, day) {
                return (make(tokens, index, after, point.timex, rule: "date.day-month-year"), after + 1)
            }
        }
        // ISO: "2019-12-22".
        if let year = year(token), index + 4 < tokens.count, tokens[index + 1].text == "-",
            tokens[index + 2].kind == .number, tokens[index + 3].text == "-", tokens[index + 4].kind == .number,
            let month = Int(tokens[index + 2].text), let day = Int(tokens[index + 4].text),
            let point = TimePoint.day(year, month, day)
        {
            return (make(tokens, index, index + 4, point.timex, rule: "date.iso"), index + 5)
        }
        // A year after a preposition: "in 2014", "In 2017,".
        if let year = year(token), !isQuantity(tokens, index), index > 0,
            Lexicon.yearPrepositions.contains(tokens[index - 1].text)
        {
            return (make(tokens, index, index, String(year), rule: "date.preposition-year"), index + 1)
        }
        return nil
    }

    /// A month with no year: inside the document's reference year when its date is a year or
    /// month, else the latest such month on or before the document date.
    private func resolveMonth(_ month: Int) -> TimePoint? {
        guard let anchor = documentDate else { return nil }
        if anchor.precision <= .year || anchor.precision == .month {
            return .month(anchor.year, month)
        }
        let anchorMonth = anchor.month ?? 12
        return .month(month <= anchorMonth ? anchor.year : anchor.year - 1, month)
    }

    private func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
