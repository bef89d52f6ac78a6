import ChronicleText

/// Cuts a sentence holding several dates into the clause each date belongs to.
enum Clauses {
    /// The part of the sentence that belongs to one date: from just after the previous date's
    /// clause boundary to just before the next one, at commas or conjunctions between them.
    static func clause(
        around range: TextRange, in text: String, sentence: TextRange, neighbours: [TextRange], index: Int
    )
        -> TextRange
    {
        guard neighbours.count > 1 else { return sentence }
        let bytes = Array(text.utf8)
        var lower = sentence.lowerBound
        var upper = sentence.upperBound
        if index > 0 {
            let previous = neighbours[index - 1]
            lower = boundary(in: bytes, from: previous.upperBound, to: range.lowerBound) ?? previous.upperBound
        }
        if index + 1 < neighbours.count {
            let following = neighbours[index + 1]
            upper = boundary(in: bytes, from: range.upperBound, to: following.lowerBound) ?? following.lowerBound
        }
        return TextRange(lower, max(lower, upper))
    }

    /// The last comma or semicolon between two offsets, if any.
    private static func boundary(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start < end else { return nil }
        var index = end - 1
        while index >= start {
            if bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ";") { return index + 1 }
            index -= 1
        }
        return nil
    }
}
