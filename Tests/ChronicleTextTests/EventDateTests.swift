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

    @Test func intervalIsCompatibleOnlyWithAnIntervalWhoseEndsAgree() {
        let span = EventDate.interval(from: .year(2011), to: .year(2015))
        #expect(span.isCompatible(with: .interval(from: .month(2011, 3)!, to: .year(2015))))
        #expect(!span.isCompatible(with: .interval(from: .year(2011), to: .year(2016))))
        #expect(!span.isCompatible(with: .point(.year(2011))))
    }

    @Test func timeIsCompatibleWithItsDayButNotAnotherTime() throws {
        let noon = EventDate.point(try #require(TimePoint.time(2019, 12, 22, hour: 12)))
        let day = EventDate.point(try #require(TimePoint.day(2019, 12, 22)))
        #expect(noon.isCompatible(with: day) && day.isCompatible(with: noon))
        #expect(!noon.isCompatible(with: .point(try #require(TimePoint.time(2019, 12, 22, hour: 13)))))
        #expect(noon.isCompatible(with: .point(try #require(TimePoint.time(2019, 12, 22, hour: 12, minute: 0)))))
    }
}
