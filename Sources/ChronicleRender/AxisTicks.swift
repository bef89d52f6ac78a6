import ChronicleText

/// The ticks of the time axis: a step that suits each segment's span (days to millennia), placed
/// on calendar boundaries, labelled as people write dates ("8", "Mar", "2014", "500 BCE").
struct AxisTicks {
    /// One tick: where it is, its label, and a second line of context (the month and year over
    /// day ticks, the year over month ticks) where that context changes.
    struct Tick: Equatable {
        var day: Double
        var position: Double
        var label: String
        var context: String?
    }

    /// A tick step, smallest first.
    enum Step: Equatable {
        case days(Int)
        case months(Int)
        case years(Int)

        var approximateDays: Double {
            switch self {
            case .days(let count): Double(count)
            case .months(let count): Double(count) * 30.44
            case .years(let count): Double(count) * 365.2425
            }
        }
    }

    static let steps: [Step] =
        [.days(1), .days(2), .days(7), .months(1), .months(3), .months(6)]
        + [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 100_000, 1_000_000].map {
            .years($0)
        }

    /// Whether years before the common era are on the axis: CE years below 1000 then say "CE".
    var showsEra: Bool
    /// How far apart ticks must be for a step (px), given the widest label it would write.
    var spacing: (_ step: Step, _ widestLabel: String) -> Double

    /// The ticks of every segment of `scale`, in order.
    func ticks(for scale: TimeScale) -> [Tick] {
        scale.segments.flatMap { ticks(in: $0) }
    }

    func ticks(in segment: TimeScale.Segment) -> [Tick] {
        let duration = segment.endDay - segment.startDay
        let length = segment.end - segment.start
        guard duration > 0, length > 0 else { return [] }
        var chosen = AxisTicks.steps[AxisTicks.steps.count - 1]
        for step in AxisTicks.steps {
            let count = duration / step.approximateDays
            if count < 1 || length / count >= spacing(step, widestLabel(step, segment)) {
                chosen = step
                break
            }
        }
        return ticks(in: segment, step: chosen)
    }

    private func widestLabel(_ step: Step, _ segment: TimeScale.Segment) -> String {
        switch step {
        case .days: return "28"
        case .months: return "May"
        case .years:
            let first = yearLabel(CalendarDay(number: Int(segment.startDay.rounded(.down))).year)
            let last = yearLabel(CalendarDay(number: Int(segment.endDay.rounded(.down))).year)
            return first.count >= last.count ? first : last
        }
    }

    func ticks(in segment: TimeScale.Segment, step: Step) -> [Tick] {
        var result: [Tick] = []
        let first = Int(segment.startDay.rounded(.up))
        let last = Int(segment.endDay.rounded(.down))
        guard first <= last else { return [] }
        func add(_ day: CalendarDay, label: String, context: String?) {
            let number = Double(day.number)
            result.append(
                Tick(day: number, position: segment.position(ofDay: number), label: label, context: context))
        }
        switch step {
        case .days(let count):
            var day = CalendarDay(number: first)
            var lastContext: String?
            while day.number <= last {
                let onStep = count == 7 ? [1, 8, 15, 22].contains(day.day) : (day.day - 1) % count == 0
                if onStep {
                    let context = "\(TimePoint.monthName(day.month, style: .short)) \(yearLabel(day.year))"
                    add(day, label: String(day.day), context: context == lastContext ? nil : context)
                    lastContext = context
                }
                day = CalendarDay(number: day.number + 1)
            }
        case .months(let count):
            var day = CalendarDay(number: first)
            if day.day != 1 { day = day.nextMonth }
            var lastContext: String?
            while day.number <= last {
                if (day.month - 1) % count == 0 {
                    let context = yearLabel(day.year)
                    add(
                        day, label: TimePoint.monthName(day.month, style: .short),
                        context: context == lastContext ? nil : context)
                    lastContext = context
                }
                day = day.nextMonth
            }
        case .years(let count):
            let firstYear = CalendarDay(number: first).year
            let lastYear = CalendarDay(number: last).year
            // Walk the multiples of the step in the years people write: 500 BCE, 400 BCE … 100 BCE,
            // then 1 CE (there is no year 0), then 100, 200 …
            var year = CalendarDay(year: firstYear, month: 1, day: 1).number < first ? firstYear + 1 : firstYear
            if count > 1 {
                let written = year > 0 ? year : 1 - year
                if year > 0 {
                    year = (written + count - 1) / count * count
                } else {
                    // BCE counts down: the next multiple at or below the written year.
                    let multiple = written / count * count
                    year = multiple >= count ? 1 - multiple : count
                }
            }
            var guardCount = 0
            while year <= lastYear && guardCount < 10_000 {
                guardCount += 1
                add(CalendarDay(year: year, month: 1, day: 1), label: yearLabel(year), context: nil)
                if count == 1 {
                    year += 1
                } else if year <= 0 {
                    // After the last BCE multiple comes 1 CE, a step later: 100 BCE, 1 CE, 100 CE.
                    let written = 1 - year - count
                    year = written >= count ? 1 - written : 1
                } else {
                    year = year == 1 ? count : year + count
                }
            }
        }
        return result
    }

    /// "2014", "500 BCE", and "400 CE" when the axis also shows years before the common era.
    func yearLabel(_ year: Int) -> String {
        if year <= 0 { return "\(1 - year) BCE" }
        return showsEra && year < 1000 ? "\(year) CE" : String(year)
    }
}
