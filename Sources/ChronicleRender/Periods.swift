import ChronicleText
import ChronicleTimeline

/// Headings for a list of events, by year, decade or century as the events' density asks.
///
/// The finest unit wins whose headings hold several events each: at most
/// ``maximumHeadings`` headings, and at most a third of them over a single event (a timeline
/// from 1946 to 2025 with one or two events in most years gets decades, not forty years).
/// Centuries serve when nothing finer does. One heading over everything is left out by the
/// renderers.
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
        for candidate in [Unit.year, .decade] where Periods.suits(candidate, years) {
            unit = candidate
            break
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

    /// Whether headings by `unit` hold several events each (see ``Periods``).
    static func suits(_ unit: Unit, _ years: [Int]) -> Bool {
        var sizes: [Int] = []
        var last: Int?
        for year in years {
            let key = key(year, unit)
            if key == last {
                sizes[sizes.count - 1] += 1
            } else {
                sizes.append(1)
                last = key
            }
        }
        if sizes.count <= 1 { return true }
        let lone = sizes.filter { $0 == 1 }.count
        return sizes.count <= maximumHeadings && lone * 3 <= sizes.count
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
