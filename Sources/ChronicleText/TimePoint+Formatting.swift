// Dates as people write them, at the precision the sources support.

extension TimePoint {
    /// How much room a formatted date may take.
    public enum Style: Sendable {
        /// Abbreviated months: "22 Dec 2019", "Aug 2020", "Q1 2020".
        case short
        /// Full month names: "22 December 2019", "August 2020", "first quarter of 2020".
        case long
    }

    private static let shortMonths = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    private static let longMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// The English name of a month (1–12).
    public static func monthName(_ month: Int, style: Style = .long) -> String {
        (style == .short ? shortMonths : longMonths)[month - 1]
    }

    /// The year with its era when it is before the common era: "2014", "500 BCE".
    public var yearText: String { TimePoint.yearText(year) }

    static func yearText(_ year: Int) -> String { year > 0 ? String(year) : "\(1 - year) BCE" }

    /// The date as people write it: "22 Dec 2019", "Aug 2020", "2014", "1990s", "c. 2014",
    /// "mid-2017", "late Jun 2024".
    public func formatted(_ style: Style = .short) -> String {
        let core: String
        switch precision {
        case .century:
            let number = year >= 0 ? year / 100 + 1 : (-year) / 100 + 1
            core = "\(number)\(TimePoint.ordinalSuffix(number)) century" + (year < 0 ? " BCE" : "")
        case .decade:
            core = year >= 0 ? "\(year)s" : "\(1 - year - 9)s BCE"
        case .year:
            core = yearText
        case .halfYear:
            core = style == .short ? "H\(part!) \(yearText)" : "\(part! == 1 ? "first" : "second") half of \(yearText)"
        case .season:
            core = "\(["Spring", "Summer", "Fall", "Winter"][part! - 1]) \(yearText)"
        case .quarter:
            core =
                style == .short
                ? "Q\(part!) \(yearText)"
                : "\(["first", "second", "third", "fourth"][part! - 1]) quarter of \(yearText)"
        case .month:
            core = "\(TimePoint.monthName(part!, style: style)) \(yearText)"
        case .week:
            let monday = startDay
            core =
                "week of \(monday.day) \(TimePoint.monthName(monday.month, style: style)) \(TimePoint.yearText(monday.year))"
        case .day:
            core = "\(day!) \(TimePoint.monthName(part!, style: style)) \(yearText)"
        case .time:
            core = "\(day!) \(TimePoint.monthName(part!, style: style)) \(yearText) \(pad(hour!, 2)):\(pad(minute!, 2))"
        }
        switch phase {
        case .early?: return "early " + core
        case .mid?: return "mid-" + core
        case .late?: return "late " + core
        case nil: return isApproximate ? "c. " + core : core
        }
    }

    /// The English ordinal suffix of a number: 1 "st", 2 "nd", 11 "th", 23 "rd".
    public static func ordinalSuffix(_ number: Int) -> String {
        if (11...13).contains(number % 100) { return "th" }
        switch number % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
