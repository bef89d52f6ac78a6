import ChronicleText

/// Formatting and arithmetic on TIMEX3 values.
enum Timex {
    /// A time of day as a value's tail: `T09:15`, `T23:59:59`.
    static func clock(_ hour: Int, _ minute: Int, _ second: Int?) -> String {
        "T" + pad(hour, 2) + ":" + pad(minute, 2) + (second.map { ":" + pad($0, 2) } ?? "")
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        return value < 0 ? "-" + padded : padded
    }

    /// `2019`, `2019-12`, `2019-12-22`; an impossible day gives the month with `XX` ("Feb. 30").
    static func calendar(_ year: Int, _ month: Int?, _ day: Int?) -> String {
        guard let month else { return pad(year, 4) }
        guard let day else { return pad(year, 4) + "-" + pad(month, 2) }
        guard CalendarDay.valid(year, month, day) != nil else { return pad(year, 4) + "-" + pad(month, 2) + "-XX" }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    static func day(_ day: CalendarDay) -> String { calendar(day.year, day.month, day.day) }

    static func week(_ day: CalendarDay) -> String {
        let week = day.isoWeek
        return pad(week.year, 4) + "-W" + pad(week.week, 2)
    }

    /// The day a point names, when it names one.
    static func day(of point: TimePoint) -> CalendarDay? {
        guard point.precision >= .day, let month = point.month, let day = point.day else { return nil }
        return CalendarDay(year: point.year, month: month, day: day)
    }

    /// The month a point lies in, when it is a month or finer (not a week).
    static func month(of point: TimePoint) -> Int? { point.month }

    /// The precision of a period of one unit.
    static func precision(of unit: TimeUnit) -> TimePoint.Precision? {
        switch unit {
        case .day, .night: .day
        case .week, .weekend, .fortnight: .week
        case .month: .month
        case .quarter: .quarter
        case .halfYear: .halfYear
        case .year: .year
        case .decade: .decade
        case .century: .century
        default: nil
        }
    }

    /// The value of an unknown period of the unit: `XXXX-XX-XX`, `XXXX-WXX`, `XXXX`.
    static func unknown(_ unit: TimeUnit) -> String {
        switch unit {
        case .second, .minute, .hour: "XXXX-XX-XXTXX:XX"
        case .day, .night: "XXXX-XX-XX"
        case .week, .fortnight: "XXXX-WXX"
        case .weekend: "XXXX-WXX-WE"
        case .month: "XXXX-XX"
        case .quarter: "XXXX-QX"
        case .halfYear: "XXXX-HX"
        case .year: "XXXX"
        case .decade: "XXX"
        case .century, .millennium: "XX"
        }
    }

    /// The period of `unit` that lies `offset` periods from the one holding `anchor`: "last month"
    /// is `period(.month, offset: -1, from: documentDate)`. Nil when the anchor is coarser than the unit.
    static func period(_ unit: TimeUnit, offset: Int, from anchor: TimePoint) -> String? {
        switch unit {
        case .day, .night:
            return day(of: anchor).map { day($0.adding(days: offset)) }
        case .week, .weekend:
            let monday: CalendarDay
            if let today = day(of: anchor) {
                monday = today.adding(days: 1 - today.weekday)
            } else if anchor.precision == .week, let week = anchor.week {
                monday = CalendarDay.monday(ofWeek: week, year: anchor.year)
            } else {
                return nil
            }
            return week(monday.adding(days: 7 * offset)) + (unit == .weekend ? "-WE" : "")
        case .month:
            guard let month = anchor.month ?? monthOfWeek(anchor) else { return nil }
            let index = MonthIndex(value: MonthIndex(year: anchor.year, month: month).value + offset)
            return calendar(index.year, index.month, nil)
        case .quarter:
            guard let quarter = anchor.quarter ?? (anchor.month ?? monthOfWeek(anchor)).map({ ($0 - 1) / 3 + 1 })
            else { return nil }
            let index = anchor.year * 4 + quarter - 1 + offset
            return pad(floorDivide(index, 4), 4) + "-Q\(index - floorDivide(index, 4) * 4 + 1)"
        case .halfYear:
            guard let half = anchor.half ?? anchor.quarter.map({ ($0 + 1) / 2 }) ?? anchor.month.map({ ($0 + 5) / 6 })
            else { return nil }
            let index = anchor.year * 2 + half - 1 + offset
            return pad(floorDivide(index, 2), 4) + "-H\(index - floorDivide(index, 2) * 2 + 1)"
        case .year:
            guard anchor.precision >= .year else { return nil }
            return pad(anchor.year + offset, 4)
        case .decade:
            return pad(floorDivide(anchor.year, 10) + offset, 3)
        case .century:
            return pad(floorDivide(anchor.year, 100) + offset, 2)
        default:
            return nil
        }
    }

    /// The point `amount` units from `anchor`, at the unit's precision: "two years ago" is
    /// `moved(documentDate, by: -2, .year)`. Nil when the anchor is coarser than the unit.
    /// The month an ISO week lies in, by its Thursday (which also sets the week's year): nil for a
    /// point that is no week.
    static func monthOfWeek(_ point: TimePoint) -> Int? {
        guard point.precision == .week, let week = point.week else { return nil }
        return CalendarDay.monday(ofWeek: week, year: point.year).adding(days: 3).month
    }

    static func moved(_ anchor: TimePoint, by amount: Int, _ unit: TimeUnit) -> String? {
        switch unit {
        case .day, .night: return day(of: anchor).map { day($0.adding(days: amount)) }
        case .week:
            if anchor.precision == .week { return period(.week, offset: amount, from: anchor) }
            return day(of: anchor).map { week($0.adding(days: 7 * amount)) }
        case .fortnight: return day(of: anchor).map { week($0.adding(days: 14 * amount)) }
        case .month, .quarter, .halfYear: return period(unit, offset: amount, from: anchor)
        case .year: return anchor.precision >= .year ? pad(anchor.year + amount, 4) : nil
        case .decade: return anchor.precision >= .year ? pad(anchor.year + 10 * amount, 4) : nil
        case .century: return anchor.precision >= .year ? pad(anchor.year + 100 * amount, 4) : nil
        default: return nil
        }
    }

    /// A day or month moved `amount` units, at its own precision: 2021-04-06 a year back is
    /// 2020-04-06, a month back from 2021-03-31 is 2021-02-28. Nil for other precisions or units.
    static func counted(from point: TimePoint, by amount: Int, _ unit: TimeUnit) -> String? {
        let years: Int
        switch unit {
        case .year: years = amount
        case .decade: years = 10 * amount
        case .century: years = 100 * amount
        case .month:
            guard let month = point.month, point.precision == .month || point.precision == .day else { return nil }
            let index = MonthIndex(value: MonthIndex(year: point.year, month: month).value + amount)
            guard let day = point.day else { return calendar(index.year, index.month, nil) }
            return calendar(index.year, index.month, min(day, CalendarDay.days(inMonth: index.month, year: index.year)))
        case .week, .day:
            return Timex.day(of: point).map { self.day($0.adding(days: (unit == .week ? 7 : 1) * amount)) }
        default: return nil
        }
        guard point.precision == .month || point.precision == .day else { return nil }
        return shift(point, years: years)
    }

    /// The anchor's value with its year moved, at the anchor's own precision ("1989-Q3" → "1988-Q3").
    static func shift(_ anchor: TimePoint, years: Int) -> String {
        let value = anchor.timex
        guard anchor.year >= 0, value.count >= 4 else { return pad(anchor.year + years, 4) }
        var rest = String(value.dropFirst(4))
        if rest.hasPrefix("-02-29"), !CalendarDay.isLeap(anchor.year + years) {
            rest = "-02-28" + rest.dropFirst(6)
        }
        return pad(anchor.year + years, 4) + rest
    }

    /// A duration value: `P3Y`, `PT12H`, `P2Y6M`, `PXD` (count nil).
    static func duration(count: Int?, _ unit: TimeUnit, plusHalf: Bool) -> String {
        let (letter, multiple, isClock) = unit.durationDesignator
        let prefix = isClock ? "PT" : "P"
        guard let count else {
            switch unit {
            case .weekend: return "PXWE"
            case .halfYear: return "PXM"
            case .fortnight: return "PXW"
            default: return prefix + "X" + letter
            }
        }
        switch unit {
        case .decade: return "P\(count * 10 + (plusHalf ? 5 : 0))Y"
        case .century: return "P\(count * 100 + (plusHalf ? 50 : 0))Y"
        case .millennium: return "P\(count * 1000 + (plusHalf ? 500 : 0))Y"
        case .weekend: return "P\(count * 2)D"
        default: break
        }
        var value = prefix + "\(count * multiple)" + letter
        if plusHalf {
            switch unit {
            case .year: value += "6M"
            case .month: value += "15D"
            case .week, .fortnight: value = "P\(count * multiple * 7 + 3)DT12H"
            case .day, .night: value += "T12H"
            case .hour: value += "30M"
            case .minute: value += "30S"
            case .quarter: value = "P\(count * 3 + 1)M15D"
            case .halfYear: value = "P\(count * 6 + 3)M"
            default: break
            }
        }
        return value
    }

    /// A length with decimals, "34.3 hours" (`PT34.3H`), in the units that name their own
    /// designator; nil for the others ("2.3 decades" is no ISO 8601 length).
    static func duration(count: Int, fraction: (value: Int16, digits: Int8), _ unit: TimeUnit) -> String? {
        let (letter, multiple, isClock) = unit.durationDesignator
        guard multiple == 1, [.second, .minute, .hour, .day, .week, .month, .year].contains(unit) else { return nil }
        let decimals = String(fraction.value)
        let padded = String(repeating: "0", count: max(0, Int(fraction.digits) - decimals.count)) + decimals
        return (isClock ? "PT" : "P") + "\(count).\(padded)" + letter
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
