import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleRender

@Suite struct PeriodsTests {
    func events(_ years: [Int]) -> [Event] {
        years.enumerated().map { Event(id: "\($0.offset)", date: .point(.year($0.element)), title: "t") }
    }

    @Test func headsYearsThatHoldSeveralEventsByYear() {
        let periods = Periods(events([2014, 2014, 2015, 2015, 2015, 2019, 2019]))
        #expect(periods.unit == .year)
        #expect(periods.periods.map(\.heading) == ["2014", "2015", "2019"])
        #expect(periods.periods.map(\.events) == [0..<2, 2..<5, 5..<7])
    }

    @Test func headsSparseYearsByDecadeRatherThanOneHeadingPerEvent() {
        // Eighty years, one or two events in most of them: forty year headings would each hold
        // one or two events.
        let years =
            [1946, 1948, 2000, 2010, 2011, 2013, 2014, 2015, 2015, 2016, 2017, 2017, 2017, 2018, 2019, 2019]
            + [2020, 2022, 2023, 2024, 2024, 2024, 2024, 2025]
        let periods = Periods(events(years))
        #expect(periods.unit == .decade)
        #expect(periods.periods.map(\.heading) == ["1940s", "2000s", "2010s", "2020s"])
        #expect(periods.periods.map(\.events.count) == [2, 1, 13, 8])
    }

    @Test func leavesAFewScatteredEventsUnderOneHeading() {
        let periods = Periods(events([2014, 2014, 2015, 2019]))
        #expect(periods.unit == .decade)
        #expect(periods.periods.map(\.heading) == ["2010s"])
    }

    @Test func headsManyYearsByDecadeThenCentury() {
        let decades = Periods(events(Array(1950...2019)))
        #expect(decades.unit == .decade)
        #expect(decades.periods.first?.heading == "1950s")
        let centuries = Periods(events([-499, -480, -44, 79, 476, 1000, 1099, 1914, 1999, 2000, 2024, 2025]))
        #expect(centuries.unit == .century)
        #expect(
            centuries.periods.map(\.heading) == [
                "5th century BCE", "1st century BCE", "1st century", "5th century", "11th century", "20th century",
                "21st century",
            ])
        #expect(centuries.periods.last?.events == 9..<12)
    }

    @Test func countsDecadesBeforeTheCommonEraDownward() {
        #expect(Periods.heading(-499, .decade) == "500s BCE")  // 500 BCE
        #expect(Periods.key(-499, .decade) == Periods.key(-508, .decade))  // 500 and 509 BCE
        #expect(Periods.key(-499, .decade) != Periods.key(-498, .decade))  // 500 and 499 BCE
    }
}
