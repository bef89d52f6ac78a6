import Testing

@testable import ChronicleText

@Suite struct EventDateTests {
    @Test func writesIntervalsAsPeopleDo() {
        #expect(EventDate.interval(from: .year(2011), to: .year(2015)).formatted() == "2011\u{2013}2015")
        #expect(EventDate.interval(from: .month(2021, 1)!, to: .month(2021, 3)!).formatted() == "Jan\u{2013}Mar 2021")
        #expect(EventDate.interval(from: .year(2011), to: .year(2015)).formatted(ascii: true) == "2011-2015")
        // Two years before the common era share one era mark.
        #expect(EventDate.interval(from: .year(-430), to: .year(-403)).formatted() == "431\u{2013}404 BCE")
        #expect(EventDate.interval(from: .year(-43), to: .year(14)).formatted() == "44 BCE\u{2013}14")
    }

    @Test func parsesIntervalsWithASlash() throws {
        let date = try #require(EventDate(parsing: "2011/2015"))
        #expect(date == .interval(from: .year(2011), to: .year(2015)))
        #expect(date.timex == "2011/2015")
        #expect(EventDate(parsing: "2015/2011") == nil)
    }

    @Test func yearMentionIsCompatibleWithDayInIt() {
        let year = EventDate.point(.year(2019))
        let day = EventDate.point(.day(2019, 12, 22)!)
        #expect(year.isCompatible(with: day))
        #expect(!year.isCompatible(with: .point(.year(2020))))
    }
}
