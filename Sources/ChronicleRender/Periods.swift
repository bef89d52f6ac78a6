import ChronicleText
import ChronicleTimeline

/// Headings for a list of events: by year when the events fall in a few years, else by decade,
/// else by century — the finest that gives at most ``maximumHeadings`` headings and, past four
/// headings, about three events or more under each (centuries always serve).
///
/// Events keep their order; a period is a run of consecutive events with the same heading, by
/// the year each starts in.
struct Periods {
    enum Unit { case year, decade, century }

    struct Period: Equatable {
        var heading: String
        /// Indexes into the timeline's events.
        var events: Range<Int>
    }

    static let maximumHeadings = 24

    let unit: Unit
    let periods: [Period]

    init(_ events: [Event]) {
        let years = events.map(\.date.start.year)
        var unit = Unit.century
        let most = min(Periods.maximumHeadings, max(4, events.count / 3))
        for candidate in [Unit.year, .decade] {
            if Set(years.map { Periods.key($0, candidate) }).count <= most {
                unit = candidate
                break
            }
        }
        self.unit = unit
        var periods: [Period] = []
        for (index, year) in years.enumerated() {
            let heading = Periods.heading(year, unit)
            if let last = periods.last, last.heading == heading, last.events.upperBound == index {
                periods[periods.count - 1].events = last.events.lowerBound..<(index + 1)
            } else {
                periods.append(Period(heading: heading, events: index..<(index + 1)))
            }
        }
        self.periods = periods
    }

    /// A number that is the same for every year of a period.
    ///
    /// Decades and centuries are counted as people name them, the way `TimePoint` formats
    /// them: the 1990s are 1990–1999 and the 21st century 2000–2099; before the common era
    /// they count down, so the 500s BCE are 509–500 BCE and the 5th century BCE 500–401 BCE.
    static func key(_ year: Int, _ unit: Unit) -> Int {
        let written = year > 0 ? year : 1 - year
        switch unit {
        case .year: return year
        case .decade: return year > 0 ? written / 10 : -(written / 10) - 1
        case .century: return year > 0 ? written / 100 + 1 : -((written - 1) / 100 + 1)
        }
    }

    /// "2019", "1990s", "500s BCE", "20th century", "5th century BCE".
    static func heading(_ year: Int, _ unit: Unit) -> String {
        let written = year > 0 ? year : 1 - year
        let era = year > 0 ? "" : " BCE"
        switch unit {
        case .year: return TimePoint.year(year).yearText
        case .decade: return "\(written / 10 * 10)s\(era)"
        case .century:
            let number = abs(key(year, .century))
            return "\(number)\(TimePoint.ordinalSuffix(number)) century\(era)"
        }
    }
}
