import ChronicleText

extension TaggingRun {
    /// "every Tuesday and Thursday", "on Monday and Tuesday nights": a weekday joined by "and" or
    /// "or" to a set of weekdays shares its recurrence, so the plain weekday becomes a set as well
    /// (with the set's part of the day, if it names one).
    func distributeWeekdaySets(_ found: inout [Found], tokens: [Token]) {
        guard found.count > 1 else { return }
        for index in 0..<(found.count - 1) {
            let left = found[index]
            let right = found[index + 1]
            // Exactly one word between them: "and" or "or".
            guard right.tokens.lowerBound == left.tokens.upperBound + 1 else { continue }
            let joiner = tokens[left.tokens.upperBound]
            guard joiner.isWord, joiner.code == grammar.ids.and || joiner.code == grammar.ids.or else { continue }
            if let set = Self.weekdaySet(left), let weekday = Self.plainWeekday(right) {
                found[index + 1].expression.kind = .set
                found[index + 1].expression.value = "XXXX-WXX-\(weekday)" + set.suffix
                found[index + 1].expression.anchor = nil
            } else if let set = Self.weekdaySet(right), let weekday = Self.plainWeekday(left) {
                found[index].expression.kind = .set
                found[index].expression.value = "XXXX-WXX-\(weekday)" + set.suffix
                found[index].expression.anchor = nil
            }
        }
    }

    /// A set of weekdays ("XXXX-WXX-2", "XXXX-WXX-2TNI") and what follows its weekday.
    private static func weekdaySet(_ found: Found) -> (weekday: Int, suffix: String)? {
        let value = found.expression.value
        guard found.expression.kind == .set, value.hasPrefix("XXXX-WXX-"), value.count >= 10 else { return nil }
        let rest = value.dropFirst(9)
        guard let weekday = rest.first?.wholeNumberValue, (1...7).contains(weekday) else { return nil }
        return (weekday, String(rest.dropFirst()))
    }

    /// A weekday the text names without "last" or "next" ("Thursday").
    private static func plainWeekday(_ found: Found) -> Int? {
        guard found.expression.kind == .date, case .weekday(let weekday, nil, _) = found.reading else { return nil }
        return weekday
    }
}
