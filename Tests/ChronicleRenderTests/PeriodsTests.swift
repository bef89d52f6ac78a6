import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleRender

@Suite struct PeriodsTests {
    func events(_ years: [Int]) -> [Event] {
        years.enumerated().map { Event(id: "\($0.offset)", date: .point(.year($0.element)), title: "t") }
    }

    @Test func headsAFewYearsByYear() {
        let periods = Periods(events([2014, 2014, 2015, 2019]))
        #expect(periods.unit == .year)
        #expect(periods.periods.map(\.heading) == ["2014", "2015", "2019"])
        #expect(periods.periods.map(\.events) == [0..<2, 2..<3, 3..<4])
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
