import Testing

@testable import ChronicleText

@Suite struct TimePointTests {
    @Test(arguments: [
        ("19", TimePoint.Precision.century), ("199", .decade), ("2014", .year), ("2020-H1", .halfYear),
        ("2024-SU", .season), ("2020-Q1", .quarter), ("2020-08", .month), ("2019-W12", .week), ("2019-12-22", .day),
        ("2019-12-22T14:30", .time), ("-0499", .year), ("1777-WI", .season), ("2024-FA", .season),
    ])
    func readsAndWritesTimexValues(value: String, precision: TimePoint.Precision) throws {
        let point = try #require(TimePoint(timex: value))
        #expect(point.precision == precision)
        #expect(point.timex == value)
    }

    @Test(arguments: [
        "XXXX-12-22", "199X", "2019-13", "2019-02-30", "2020-Q5", "PRESENT_REF", "P3Y", "", "20190",
        "99999999999999999999", "2019-+1", "2019-12-22-1", "2019-W12-WE", "2019-12-22TMO", "2019-sp", "-",
        "2019-W1", "2019-WX",
    ])
    func rejectsValuesThatAreNotCalendarDates(value: String) {
        #expect(TimePoint(timex: value) == nil)
    }

    @Test func readsAnHourWithoutMinutesAndSecondsAfterThem() {
        #expect(TimePoint(timex: "1989-10-27T17")?.hour == 17)
        #expect(TimePoint(timex: "2019-12-22T14:30:15")?.minute == 30)
    }

    @Test func yearContainsItsDays() throws {
        let year = TimePoint.year(2019)
        let deadline = try #require(TimePoint.day(2019, 12, 22))
        #expect(year.contains(deadline))
        #expect(!deadline.contains(year))
        #expect(year.isCompatible(with: deadline))
        #expect(!TimePoint.year(2018).isCompatible(with: deadline))
    }

    @Test func winterRunsIntoTheNextYear() {
        let winter = TimePoint.season(2024, .winter)
        #expect(winter.contains(TimePoint.day(2025, 2, 10)!))
        #expect(!winter.contains(TimePoint.day(2024, 2, 10)!))
    }

    @Test func isoWeekStartsOnMonday() throws {
        // ISO week 1 of 2020 starts on Monday 30 December 2019.
        let week = try #require(TimePoint.week(2020, 1))
        #expect(week.firstDay == TimePoint.day(2019, 12, 30)!.firstDay)
        #expect(week.lastDay == TimePoint.day(2020, 1, 5)!.firstDay)
    }

    @Test func decadeAndCenturyCoverTheirYears() {
        #expect(TimePoint.decade(199).contains(.year(1999)))
        #expect(!TimePoint.decade(199).contains(.year(2000)))
        #expect(TimePoint.century(19).contains(.year(1900)))
        #expect(TimePoint.century(19).contains(.year(1999)))
    }

    @Test func formatsAtTheStatedPrecision() {
        #expect(TimePoint.day(2019, 12, 22)!.formatted() == "22 Dec 2019")
        #expect(TimePoint.month(2020, 8)!.formatted() == "Aug 2020")
        #expect(TimePoint.month(2020, 8)!.formatted(.long) == "August 2020")
        #expect(TimePoint.year(2014).formatted() == "2014")
        #expect(TimePoint.quarter(2020, 1)!.formatted() == "Q1 2020")
        #expect(TimePoint.decade(199).formatted() == "1990s")
        #expect(TimePoint.century(19).formatted() == "20th century")
        #expect(TimePoint.year(2014).approximate().formatted() == "c. 2014")
    }

    @Test func countsYearsBeforeTheCommonEraAstronomically() {
        let point = TimePoint.year(-499)
        #expect(point.isBCE)
        #expect(point.historicalYear == 500)
        #expect(point.formatted() == "500 BCE")
        #expect(TimePoint(parsing: "500 BCE") == point)
        #expect(TimePoint.year(0).formatted() == "1 BCE")
        #expect(TimePoint.year(-499) < TimePoint.year(1))
    }

    @Test func parsesWhatWritersType() {
        #expect(TimePoint(parsing: "1990s") == .decade(199))
        #expect(TimePoint(parsing: "20th century") == .century(19))
        #expect(TimePoint(parsing: "c. 2014") == TimePoint.year(2014).approximate())
        #expect(TimePoint(parsing: "~1850")?.isApproximate == true)
        #expect(TimePoint(parsing: "sometime") == nil)
    }

    @Test func writesEveryDateAsAWriterTypesItAndReadsItBack() {
        let points: [TimePoint] = [
            .day(2019, 12, 22)!, .month(2020, 8)!, .year(2014), .year(-499), .decade(193), .century(19),
            TimePoint.year(2014).approximate(), TimePoint.year(2017).phased(.mid), TimePoint.decade(199).phased(.early),
            TimePoint(timex: "2020-Q1")!, TimePoint(timex: "2024-SU")!, TimePoint(timex: "2019-W12")!,
        ]
        for point in points {
            #expect(TimePoint(parsing: point.written) == point, "\(point.written)")
        }
        #expect(TimePoint.decade(193).written == "1930s")
        #expect(TimePoint.year(-499).written == "500 BCE")
        #expect(EventDate.interval(from: .year(2011), to: .year(2015)).written == "2011/2015")
    }

    @Test func readsAndWritesThePartOfAPeriodASourceNames() throws {
        let mid = try #require(TimePoint(parsing: "mid-2017"))
        #expect(mid == TimePoint.year(2017).phased(.mid) && mid.isApproximate)
        #expect(mid.formatted() == "mid-2017")
        #expect(TimePoint(parsing: "early 1990s")?.formatted() == "early 1990s")
        #expect(TimePoint(parsing: "late June 2024")?.formatted(.long) == "late June 2024")
        #expect(TimePoint(parsing: "late June 2024")?.timex == "2024-06")
        #expect(TimePoint.Phase(timexModifier: "END") == .late && TimePoint.Phase(timexModifier: "APPROX") == nil)
    }

    @Test func ordersChronologicallyThenCoarserFirst() {
        let points = [TimePoint.day(2020, 1, 1)!, .year(2020), .month(2019, 12)!, .year(2019)]
        #expect(points.sorted() == [.year(2019), .month(2019, 12)!, .year(2020), .day(2020, 1, 1)!])
    }
}

@Suite struct CalendarDayTests {
    @Test func roundTripsDayNumbersAcrossTheEraBoundary() {
        for day in [
            CalendarDay(year: 1970, month: 1, day: 1), CalendarDay(year: 2000, month: 2, day: 29),
            CalendarDay(year: 0, month: 3, day: 1), CalendarDay(year: -499, month: 12, day: 31),
        ] {
            #expect(CalendarDay(number: day.number) == day)
        }
        #expect(CalendarDay(year: 1970, month: 1, day: 1).number == 0)
        #expect(CalendarDay(year: 1969, month: 12, day: 31).number == -1)
    }

    @Test func knowsWeekdaysAndISOWeeks() {
        let day = CalendarDay(year: 2019, month: 12, day: 30)
        #expect(day.weekday == 1)
        #expect(day.isoWeek == (2020, 1))
        #expect(CalendarDay.monday(ofWeek: 1, year: 2020) == day)
        #expect(CalendarDay.isoWeeks(in: 2020) == 53)
        #expect(CalendarDay.isoWeeks(in: 2019) == 52)
    }

    @Test func rejectsDaysTheMonthDoesNotHave() {
        #expect(CalendarDay.valid(2019, 2, 29) == nil)
        #expect(CalendarDay.valid(2020, 2, 29) != nil)
        #expect(CalendarDay.valid(2020, 13, 1) == nil)
    }
}
