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
    /// values with unknown digits such as `XXXX-12-22` or `199X`.
    public init?(timex: String) {
        var text = Substring(timex)
        var negative = false
        if text.first == "-" {
            negative = true
            text = text.dropFirst()
        }
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = fields.first, head.allSatisfy(\.isASCIIDigitCharacter), !head.isEmpty else { return nil }
        let number = Int(head)! * (negative ? -1 : 1)
        if fields.count == 1 {
            switch head.count {
            case 2: self = .century(number)
            case 3: self = .decade(number)
            case 4: self = .year(number)
            default: return nil
            }
            return
        }
        guard head.count == 4 else { return nil }
        let second = fields[1]
        if fields.count == 2 {
            guard let point = TimePoint.yearPart(year: number, second) else { return nil }
            self = point
            return
        }
        guard fields.count == 3, second.count == 2, let month = Int(second) else { return nil }
        let third = fields[2]
        let dayAndTime = third.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard dayAndTime[0].count == 2, let day = Int(dayAndTime[0]) else { return nil }
        if dayAndTime.count == 1 {
            guard let point = TimePoint.day(number, month, day) else { return nil }
            self = point
            return
        }
        let clock = dayAndTime[1].split(separator: ":")
        guard (1...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 }),
            let hour = Int(clock[0]), let minute = clock.count > 1 ? Int(clock[1]) : 0,
            let point = TimePoint.time(number, month, day, hour: hour, minute: minute)
        else { return nil }
        self = point
    }

    private static func yearPart(year: Int, _ text: Substring) -> TimePoint? {
        if text.count == 2, let month = Int(text) { return .month(year, month) }
        guard let letter = text.first else { return nil }
        let rest = text.dropFirst()
        switch letter {
        case "H": return Int(rest).flatMap { .half(year, $0) }
        case "Q": return Int(rest).flatMap { .quarter(year, $0) }
        case "W": return rest.count == 2 ? Int(rest).flatMap { .week(year, $0) } : nil
        default: return Season.allCases.first { $0.code == text }.map { .season(year, $0) }
        }
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
