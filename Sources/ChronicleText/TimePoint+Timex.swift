// TIMEX3-style values: the exchange form of a `TimePoint` in JSON, the timeline file and tags.
//
//   century "19"   decade "199"   year "2014"   half "2020-H1"   season "2024-SU"
//   quarter "2020-Q1"   month "2020-08"   week "2019-W12"   day "2019-12-22"
//   time "2019-12-22T14:30"   BCE years are astronomical and signed: "-0499" is 500 BCE.

extension TimePoint {
    /// The TIMEX3 value of the date, without the approximate flag (TIMEX3 keeps that in `mod`).
    public var timex: String {
        let sign = year < 0 ? "-" : ""
        let magnitude = abs(year)
        let yearText = sign + pad(magnitude, 4)
        switch precision {
        case .century: return sign + pad(abs(year) / 100, 2)
        case .decade: return sign + pad(abs(year) / 10, 3)
        case .year: return yearText
        case .halfYear: return "\(yearText)-H\(part!)"
        case .season: return "\(yearText)-\(Season(rawValue: part!)!.code)"
        case .quarter: return "\(yearText)-Q\(part!)"
        case .month: return "\(yearText)-\(pad(part!, 2))"
        case .week: return "\(yearText)-W\(pad(part!, 2))"
        case .day: return "\(yearText)-\(pad(part!, 2))-\(pad(day!, 2))"
        case .time: return "\(yearText)-\(pad(part!, 2))-\(pad(day!, 2))T\(pad(hour!, 2)):\(pad(minute!, 2))"
        }
    }

    /// Reads a TIMEX3-style value (see the table above); nil for anything else, including
    /// values with unknown digits such as `XXXX-12-22` or `199X`. It reads the UTF-8 bytes once:
    /// the tagger parses every value it resolves.
    public init?(timex: String) {
        var text = timex
        guard let point = text.withUTF8({ TimexReader(bytes: $0).point() }) else { return nil }
        self = point
    }
}

/// A cursor over a TIMEX3 value's bytes.
private struct TimexReader {
    let bytes: UnsafeBufferPointer<UInt8>

    static let dash: UInt8 = 0x2D, colon: UInt8 = 0x3A, letterT: UInt8 = 0x54

    /// The value of the digits in `range`, when every byte is a digit and there is at least one.
    func number(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for index in range {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The end of the field that starts at `start`: the next `separator`, or the end.
    func fieldEnd(from start: Int, _ separator: UInt8) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != separator { end += 1 }
        return end
    }

    func point() -> TimePoint? {
        let count = bytes.count
        let negative = count > 0 && bytes[0] == Self.dash
        let headStart = negative ? 1 : 0
        let headEnd = fieldEnd(from: headStart, Self.dash)
        guard let magnitude = number(headStart..<headEnd) else { return nil }
        let year = negative ? -magnitude : magnitude
        let headCount = headEnd - headStart
        if headEnd == count {
            switch headCount {
            case 2: return .century(year)
            case 3: return .decade(year)
            case 4: return .year(year)
            default: return nil
            }
        }
        guard headCount == 4 else { return nil }
        let secondStart = headEnd + 1
        let secondEnd = fieldEnd(from: secondStart, Self.dash)
        if secondEnd == count { return yearPart(year: year, secondStart..<secondEnd) }
        guard secondEnd - secondStart == 2, let month = number(secondStart..<secondEnd) else { return nil }
        let thirdStart = secondEnd + 1
        guard fieldEnd(from: thirdStart, Self.dash) == count else { return nil }
        let dayEnd = fieldEnd(from: thirdStart, Self.letterT)
        guard dayEnd - thirdStart == 2, let day = number(thirdStart..<dayEnd) else { return nil }
        if dayEnd == count { return .day(year, month, day) }
        // "T14", "T14:30", "T14:30:00": fields of two digits; empty fields between colons are skipped.
        var fields: [Range<Int>] = []
        var start = dayEnd + 1
        while start <= count {
            let end = fieldEnd(from: start, Self.colon)
            if end > start { fields.append(start..<end) }
            start = end + 1
        }
        guard (1...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 }),
            let hour = number(fields[0]), let minute = fields.count > 1 ? number(fields[1]) : 0
        else { return nil }
        return .time(year, month, day, hour: hour, minute: minute)
    }

    /// The second field of a year's value: a month ("08"), half ("H1"), quarter ("Q3"), week ("W12")
    /// or season ("SU").
    func yearPart(year: Int, _ range: Range<Int>) -> TimePoint? {
        if range.count == 2, let month = number(range) { return .month(year, month) }
        guard let first = range.first else { return nil }
        let rest = (first + 1)..<range.upperBound
        switch bytes[first] {
        case 0x48: return number(rest).flatMap { .half(year, $0) }
        case 0x51: return number(rest).flatMap { .quarter(year, $0) }
        // "W12" is a week; "WI" is the winter.
        case 0x57 where rest.count == 2: return number(rest).flatMap { .week(year, $0) }
        default:
            guard range.count == 2 else { return nil }
            let code = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            return TimePoint.Season.allCases.first { $0.code == code }.map { .season(year, $0) }
        }
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
