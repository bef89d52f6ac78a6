import ChronicleText

/// A date the text states with its year: "3 March 2021", "March 3, 2021", "March of 2019",
/// "2020-06-25", and (where asked for) a bare year after a cue word ("in 2019").
struct ExplicitDate: Hashable {
    var point: TimePoint
    /// Where it stands, as byte offsets into the scanned text.
    var range: Range<Int>
}

/// The reader's own small recognizer of explicit dates, for datelines, report headers, page
/// metadata and the inferred document date. (The tagger, which reads every time expression,
/// sits beside the reader, not below it.) It walks UTF-8 bytes from each four-digit year back
/// to a month and a day.
enum ExplicitDates {
    /// The explicit dates in `bytes[range]`, in order.
    ///
    /// - Parameters:
    ///   - bareYears: also report a year on its own when a cue word precedes it ("in 2019", "the
    ///     2022 report"); four-digit numbers without one may be quantities.
    ///   - anyCase: accept month names in lowercase (metadata values); prose needs a capital so
    ///     that "may" stays a verb.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, bareYears: Bool, anyCase: Bool = false)
        -> [ExplicitDate]
    {
        var result: [ExplicitDate] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, isDigit(bytes[end]) { end += 1 }
            if end - index == 4,
                let found = date(atYear: index..<end, bytes, range, bareYears: bareYears, anyCase: anyCase)
            {
                result.append(found)
            }
            index = end
        }
        return result
    }

    /// The explicit dates in a string.
    static func scan(_ text: String, bareYears: Bool, anyCase: Bool = false) -> [ExplicitDate] {
        var copy = text
        return copy.withUTF8 { scan($0, 0..<$0.count, bareYears: bareYears, anyCase: anyCase) }
    }

    /// A metadata value that states a date: an ISO 8601 date or timestamp ("2020-06-25T09:00:00Z"
    /// is 2020-06-25, the publisher's own calendar day), "20200625", or a written date ("Thu, 25
    /// Jun 2020 09:00:00 GMT", "June 25, 2020"). Nil when it holds none.
    static func metadataValue(_ value: String) -> TimePoint? {
        let trimmed = value.trimmingCharacters(in: " \t\n\r")
        let digits = trimmed.utf8.prefix { isDigit($0) }
        if digits.count == 8, trimmed.utf8.count == 8 || !isDigit(trimmed.utf8.dropFirst(8).first ?? 0) {
            let text = String(decoding: digits, as: UTF8.self)
            if let year = Int(text.prefix(4)), let month = Int(text.dropFirst(4).prefix(2)),
                let day = Int(text.suffix(2)), let point = TimePoint.day(year, month, day)
            {
                return point
            }
        }
        let found = scan(trimmed, bareYears: false, anyCase: true)
        if let first = found.first { return first.point }
        if digits.count == 4, trimmed.utf8.count == 4, let year = Int(trimmed) { return .year(year) }
        return nil
    }

    // MARK: - From a year back to its month and day

    private static func date(
        atYear year: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ bounds: Range<Int>, bareYears: Bool,
        anyCase: Bool
    ) -> ExplicitDate? {
        let value = number(bytes, year)
        guard (1000...2199).contains(value) else { return nil }
        if let dotted = dottedDate(year: value, at: year, bytes, bounds) { return dotted }
        guard !isPartOfNumber(year, bytes, bounds) else { return nil }
        if let iso = isoDate(year: value, at: year, bytes, bounds) { return iso }
        var cursor = Cursor(bytes: bytes, low: bounds.lowerBound, position: year.lowerBound)
        var start = year.lowerBound
        cursor.skipSpaces()
        let comma = cursor.consume(0x2C)
        cursor.skipSpaces()
        // "March 3, 2021", "March 3rd 2021"
        if let day = cursor.dayNumber() {
            var monthCursor = cursor
            monthCursor.skipSpaces()
            if let month = monthCursor.monthName(anyCase: anyCase),
                let point = TimePoint.day(value, month.month, day.value)
            {
                return ExplicitDate(point: point, range: month.start..<year.upperBound)
            }
            return nil
        }
        // "3 March 2021", "3rd of March, 2021", "March 2021", "March of 2019"
        var monthCursor = cursor
        var sawOf = false
        if let word = monthCursor.word(), word.lowercased == "of", !comma {
            sawOf = true
            monthCursor.skipSpaces()
        } else {
            monthCursor = cursor
        }
        if let month = monthCursor.monthName(anyCase: anyCase) {
            start = month.start
            var dayCursor = monthCursor
            dayCursor.skipSpaces()
            var ofCursor = dayCursor
            if let word = ofCursor.word(), word.lowercased == "of" {
                ofCursor.skipSpaces()
                dayCursor = ofCursor
            }
            if !sawOf, let day = dayCursor.dayNumber(), let point = TimePoint.day(value, month.month, day.value) {
                return ExplicitDate(point: point, range: day.start..<year.upperBound)
            }
            guard let point = TimePoint.month(value, month.month) else { return nil }
            return ExplicitDate(point: point, range: start..<year.upperBound)
        }
        guard bareYears, !comma else { return nil }
        // "mid-2018", "in 2019", "the 2022 report"
        var cueCursor = Cursor(bytes: bytes, low: bounds.lowerBound, position: year.lowerBound)
        _ = cueCursor.consume(0x2D)
        cueCursor.skipSpaces()
        guard let cue = cueCursor.word(), DateWords.yearCues.contains(cue.lowercased) else { return nil }
        return ExplicitDate(point: .year(value), range: year)
    }

    /// "05.03.2024", "5.3.2024": day, month and year with dots, as European pages write them.
    private static func dottedDate(
        year value: Int, at year: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ bounds: Range<Int>
    ) -> ExplicitDate? {
        func digits(endingAt end: Int) -> Range<Int>? {
            var start = end
            while start > bounds.lowerBound, end - start < 2, isDigit(bytes[start - 1]) { start -= 1 }
            return start < end ? start..<end : nil
        }
        let dot = year.lowerBound - 1
        guard dot > bounds.lowerBound, bytes[dot] == 0x2E, let month = digits(endingAt: dot),
            month.lowerBound - 1 > bounds.lowerBound, bytes[month.lowerBound - 1] == 0x2E,
            let day = digits(endingAt: month.lowerBound - 1),
            day.lowerBound == bounds.lowerBound || !(isDigit(bytes[day.lowerBound - 1]) || bytes[day.lowerBound - 1] == 0x2E),
            year.upperBound == bounds.upperBound || !isDigit(bytes[year.upperBound]),
            let point = TimePoint.day(value, number(bytes, month), number(bytes, day))
        else { return nil }
        return ExplicitDate(point: point, range: day.lowerBound..<year.upperBound)
    }

    /// "2020-06-25", "2020-06", "2020/06/25" (with any time after it).
    private static func isoDate(
        year value: Int, at year: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ bounds: Range<Int>
    ) -> ExplicitDate? {
        let end = bounds.upperBound
        var index = year.upperBound
        guard index + 2 < end, bytes[index] == 0x2D || bytes[index] == 0x2F else { return nil }
        let separator = bytes[index]
        guard isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), index + 3 == end || !isDigit(bytes[index + 3])
        else { return nil }
        let month = number(bytes, (index + 1)..<(index + 3))
        index += 3
        if index + 2 < end, bytes[index] == separator, isDigit(bytes[index + 1]), isDigit(bytes[index + 2]),
            index + 3 == end || !isDigit(bytes[index + 3])
        {
            guard let point = TimePoint.day(value, month, number(bytes, (index + 1)..<(index + 3))) else { return nil }
            return ExplicitDate(point: point, range: year.lowerBound..<(index + 3))
        }
        // "2019-20" is a span of years, not a month.
        guard separator == 0x2D, month >= 1, month <= 12, let point = TimePoint.month(value, month) else { return nil }
        if index < end, isLetter(bytes[index]) { return nil }
        return ExplicitDate(point: point, range: year.lowerBound..<index)
    }

    /// "1,2021", "2021,500", "2021.5", "12021": digits that belong to a longer number.
    private static func isPartOfNumber(_ year: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ bounds: Range<Int>)
        -> Bool
    {
        let before = year.lowerBound
        if before - 2 >= bounds.lowerBound, bytes[before - 1] == 0x2C || bytes[before - 1] == 0x2E,
            isDigit(bytes[before - 2])
        {
            return true
        }
        if before - 1 >= bounds.lowerBound, bytes[before - 1] == 0x24 { return true }  // "$2021"
        let after = year.upperBound
        if after + 1 < bounds.upperBound, bytes[after] == 0x2C || bytes[after] == 0x2E, isDigit(bytes[after + 1]) {
            return true
        }
        return after < bounds.upperBound && bytes[after] == 0x25  // "2021%"
    }

    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var value = 0
        for index in range { value = value * 10 + Int(bytes[index] - 0x30) }
        return value
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// Reads tokens backwards from a position, never below `low`.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let low: Int
        var position: Int

        mutating func skipSpaces() {
            while position > low {
                let byte = bytes[position - 1]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    position -= 1
                } else if byte == 0xA0, position - 2 >= low, bytes[position - 2] == 0xC2 {
                    position -= 2
                } else {
                    break
                }
            }
        }

        mutating func consume(_ byte: UInt8) -> Bool {
            guard position > low, bytes[position - 1] == byte else { return false }
            position -= 1
            return true
        }

        /// The ASCII word that ends here, lowercased.
        mutating func word() -> (lowercased: String, start: Int, isCapitalized: Bool)? {
            var start = position
            while start > low, isLetter(bytes[start - 1]), position - start < 12 { start -= 1 }
            guard start < position, start == low || !isLetter(bytes[start - 1]) else { return nil }
            let text = String(decoding: bytes[start..<position].map { $0 | 0x20 }, as: UTF8.self)
            let capitalized = (0x41...0x5A).contains(bytes[start])
            position = start
            return (text, start, capitalized)
        }

        /// A month name ending here, with an optional period after an abbreviation.
        mutating func monthName(anyCase: Bool) -> (month: Int, start: Int)? {
            var probe = self
            _ = probe.consume(0x2E)
            guard let word = probe.word(), let month = DateWords.monthNumbers[word.lowercased],
                anyCase || word.isCapitalized
            else { return nil }
            self = probe
            return (month, word.start)
        }

        /// A day of the month ending here: "3", "03", "3rd", "21st".
        mutating func dayNumber() -> (value: Int, start: Int)? {
            var probe = self
            if let suffix = probe.word() {
                guard ["st", "nd", "rd", "th"].contains(suffix.lowercased) else { return nil }
            }
            var start = probe.position
            while start > low, isDigit(bytes[start - 1]), probe.position - start < 3 { start -= 1 }
            guard start < probe.position, probe.position - start <= 2, start == low || !isDigit(bytes[start - 1])
            else { return nil }
            let value = ExplicitDates.number(bytes, start..<probe.position)
            guard (1...31).contains(value) else { return nil }
            position = start
            return (value, start)
        }
    }
}
