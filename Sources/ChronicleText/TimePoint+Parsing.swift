// Dates as a writer types them in a timeline file: TIMEX3 values plus a few human forms.
//
//   2014-02-17   2020-08   2014   2020-Q1   2024-SU   2020-H1   2019-W12   2019-12-22T14:30
//   1990s   20th century   500 BCE   44 BC   c. 2014   ~1850   early 1990s   mid-2017   late June 2024
//   June 2024   22 Jun 2024
//   2011/2015 (an interval: both ends inclusive)

extension TimePoint {
    /// Reads a date as written in a timeline file or on the command line; nil when it is not one.
    public init?(parsing input: String) {
        var text = input.trimmingASCIISpaces()
        var approximate = false
        for prefix in ["c. ", "ca. ", "c.", "~", "circa "] where text.lowercased().hasPrefix(prefix) {
            approximate = true
            text = String(text.dropFirst(prefix.count)).trimmingASCIISpaces()
            break
        }
        var phase: Phase?
        for (prefix, named) in [("early ", Phase.early), ("mid-", .mid), ("mid ", .mid), ("late ", .late)]
        where text.lowercased().hasPrefix(prefix) {
            phase = named
            text = String(text.dropFirst(prefix.count)).trimmingASCIISpaces()
            break
        }
        guard let point = TimePoint.parseCore(text) else { return nil }
        self = point.approximate(approximate).phased(phase)
    }

    private static func parseCore(_ text: String) -> TimePoint? {
        let lower = text.lowercased()
        for suffix in [" bce", " bc"] where lower.hasSuffix(suffix) {
            let number = lower.dropLast(suffix.count).trimmingCharacters(in: " ")
            if let year = Int(number), year > 0 { return .year(1 - year) }
            return nil
        }
        if lower.hasSuffix("s"), lower.count == 5, let year = Int(lower.dropLast()), year % 10 == 0 {
            return .decade(year / 10)
        }
        if lower.hasSuffix(" century") {
            let ordinal = lower.dropLast(" century".count)
            let digits = ordinal.prefix { $0.isNumber }
            if let number = Int(digits), number > 0,
                ["st", "nd", "rd", "th"].contains(String(ordinal.dropFirst(digits.count)))
            {
                return .century(number - 1)
            }
            return nil
        }
        // "June 2024", "Jun 2024", "22 June 2024": a month named as people write it.
        let words = lower.split(separator: " ")
        if words.count == 2 || words.count == 3, let year = Int(words[words.count - 1]),
            let month = (1...12).first(where: { month in
                let name = words[words.count - 2]
                return name == TimePoint.monthName(month).lowercased()
                    || name == TimePoint.monthName(month, style: .short).lowercased()
            })
        {
            if words.count == 2 { return .month(year, month) }
            return Int(words[0]).flatMap { .day(year, month, $0) }
        }
        return TimePoint(timex: text)
    }
}

extension TimePoint {
    /// The date as a writer types it in a timeline file, read back by `init(parsing:)` as the
    /// same date: "1930s", "20th century", "500 BCE", "c. 2014", "mid-2017", "2019-12-22".
    public var written: String {
        var core = timex
        switch precision {
        case .decade where year >= 0: core = "\(year)s"
        case .century where year >= 0: core = formatted()
        case .year where year <= 0: core = "\(1 - year) BCE"
        default: break
        }
        switch phase {
        case .early?: return "early " + core
        case .mid?: return "mid-" + core
        case .late?: return "late " + core
        case nil: return isApproximate ? "c. " + core : core
        }
    }
}

extension EventDate {
    /// The date as a writer types it in a timeline file: a point, or `FROM/TO`.
    public var written: String {
        switch self {
        case .point(let point): point.written
        case .interval(let from, let to): "\(from.written)/\(to.written)"
        }
    }

    /// Reads a point or an interval (`FROM/TO`) as written in a timeline file.
    public init?(parsing input: String) {
        let halves = input.split(separator: "/", omittingEmptySubsequences: false)
        switch halves.count {
        case 1:
            guard let point = TimePoint(parsing: input) else { return nil }
            self = .point(point)
        case 2:
            guard let from = TimePoint(parsing: String(halves[0])), let to = TimePoint(parsing: String(halves[1])),
                from.firstDay <= to.lastDay
            else { return nil }
            self = .interval(from: from, to: to)
        default:
            return nil
        }
    }
}

extension StringProtocol {
    func trimmingASCIISpaces() -> String { trimmingCharacters(in: " \t") }

    func trimmingCharacters(in set: String) -> String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, set.unicodeScalars.contains(scalars[start]) { start += 1 }
        while end > start, set.unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }
}
