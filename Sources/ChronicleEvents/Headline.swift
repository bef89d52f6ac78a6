import ChronicleText

/// Makes a headline of at most twelve words from a clause, without the date phrase.
enum Headline {
    static let maximumWords = 12

    /// Words that introduce the date and go with it: "In 2017, …", "… by December 2019".
    static let datePrepositions: Set<String> = [
        "in", "on", "at", "by", "during", "since", "from", "of", "as", "until", "before", "after", "no", "later",
        "than",
    ]

    static func title(from clause: TextRange, removing date: TextRange, in text: String) -> String {
        let before =
            clause.lowerBound < date.lowerBound ? text[bytes: TextRange(clause.lowerBound, date.lowerBound)] : ""
        let after =
            date.upperBound < clause.upperBound ? text[bytes: TextRange(date.upperBound, clause.upperBound)] : ""
        var leading = words(before)
        while let last = leading.last, datePrepositions.contains(last.lowercased()) { leading.removeLast() }
        var trailing = words(after)
        while let first = trailing.first, first == "," || first.isEmpty { trailing.removeFirst() }
        var all = leading + trailing
        while let first = all.first, datePrepositions.contains(first.lowercased()) || first == "," { all.removeFirst() }
        guard !all.isEmpty else { return "" }
        var title = Array(all.prefix(maximumWords)).joined(separator: " ")
        while let last = title.last, ",;:.".contains(last) { title.removeLast() }
        title = title.replacingOccurrences(of: " ,", with: ",")
        guard let first = title.first else { return "" }
        return first.uppercased() + title.dropFirst()
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.isEmpty }
    }
}
