import ChronicleText
import Testing

@testable import ChronicleRender

@Suite struct AxisTicksTests {
    func ticks(from: TimePoint, to: TimePoint, length: Double = 1000) -> [AxisTicks.Tick] {
        let scale = TimeScale(segments: [
            .init(startDay: Double(from.firstDay), endDay: Double(to.lastDay + 1), start: 0, end: length)
        ])
        let showsEra = from.year <= 0
        return AxisTicks(showsEra: showsEra, spacing: { _, label in Double(label.count) * 7 + 12 }).ticks(for: scale)
    }

    @Test func usesDaysForAFortnightWithTheMonthAsContext() {
        let result = ticks(from: .day(2019, 12, 20)!, to: .day(2020, 1, 3)!)
        // The domain ends where 3 January ends: the last tick is 4 January at midnight.
        #expect(
            result.map(\.label) == [
                "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "1", "2", "3", "4",
            ])
        #expect(result[0].context == "Dec 2019")
        #expect(result[1].context == nil)
        #expect(result[12].context == "Jan 2020")
    }

    @Test func usesMonthsForAYearAndYearsForDecades() {
        let months = ticks(from: .year(2021), to: .year(2021))
        #expect(
            months.map(\.label) == [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan",
            ])
        #expect(months[0].context == "2021")
        #expect(months[1].context == nil)
        #expect(months[12].context == "2022")
        // 35 years in 1000 px: a tick a year would be 29 px apart, less than "1990" needs.
        let years = ticks(from: .year(1990), to: .year(2024))
        #expect(years.map(\.label) == stride(from: 1990, through: 2024, by: 2).map(String.init))
    }

    @Test func countsCenturiesAcrossTheEraWithoutAYearZero() {
        let result = ticks(from: .year(-499), to: .year(2024), length: 2000)
        let labels = result.map(\.label)
        #expect(labels.first == "500 BCE")
        #expect(labels.contains("100 BCE"))
        // The era turns between 100 BCE and 100 CE: 1 CE stands for it, a step from each.
        #expect(labels.firstIndex(of: "1 CE") == labels.firstIndex(of: "100 BCE")! + 1)
        #expect(labels.firstIndex(of: "100 CE") == labels.firstIndex(of: "1 CE")! + 1)
        #expect(!labels.contains("0 BCE") && !labels.contains("0"))
        #expect(labels.contains("500 CE"))
        #expect(labels.contains("2000"))
        // Positions only grow.
        #expect(zip(result, result.dropFirst()).allSatisfy { $0.position < $1.position })
    }

    @Test func compressesLongEmptyStretchesIntoBreaks() {
        let early = (Double(TimePoint.year(1900).firstDay), Double(TimePoint.year(1900).lastDay + 1))
        let late = (Double(TimePoint.year(2000).firstDay), Double(TimePoint.year(2010).lastDay + 1))
        let compressed = TimeScale.make(extents: [early, late], from: 0, to: 1000, compressed: true)
        #expect(compressed.segments.count == 2)
        #expect(compressed.breaks.count == 1)
        // The later, longer stretch gets most of the width.
        let lateLength = compressed.segments[1].end - compressed.segments[1].start
        #expect(lateLength > 600)
        let linear = TimeScale.make(extents: [early, late], from: 0, to: 1000, compressed: false)
        #expect(linear.segments.count == 1)
        #expect(linear.position(ofDay: early.0) < linear.position(ofDay: late.0))
        #expect(compressed.position(ofDay: early.1) < compressed.position(ofDay: late.0))
    }

    @Test func widensAZeroLengthDomainToAMonth() {
        let day = Double(TimePoint.day(2019, 12, 22)!.firstDay)
        let scale = TimeScale.make(extents: [(day, day + 1)], from: 0, to: 1000, compressed: true)
        let segment = scale.segments[0]
        #expect(segment.endDay - segment.startDay >= 30)
        #expect(abs(scale.position(ofDay: day + 0.5) - 500) < 1)
    }

    func years(_ first: Int, _ last: Int) -> (Double, Double) {
        (Double(TimePoint.year(first).firstDay), Double(TimePoint.year(last).lastDay + 1))
    }

    @Test func cutsAnEmptyDecadeOnceALongerGapIsCutOut() {
        // 1946–1949, 2000, then one event a year from 2010 to 2025: the half-century goes first,
        // and then the empty 2000s are long against what is left.
        let extents = [years(1946, 1946), years(1948, 1948), years(2000, 2000)] + (2010...2025).map { years($0, $0) }
        let scale = TimeScale.make(extents: extents, from: 0, to: 1000, compressed: true)
        #expect(scale.breaks.count == 2)
        let cut = scale.breakDurations.map {
            (CalendarDay(number: Int($0.from)).year, CalendarDay(number: Int($0.to)).year)
        }
        #expect(cut.map(\.0) == [1949, 2001] && cut.map(\.1) == [1999, 2009])
    }

    @Test func givesABusyStretchRoomForItsEventsAcrossABreak() {
        // One event in 1900, twenty in 2000: each stretch a year long, but the busy one is drawn
        // longer.
        let extents = [years(1900, 1900)] + Array(repeating: years(2000, 2000), count: 20)
        let scale = TimeScale.make(extents: extents, from: 0, to: 1000, compressed: true)
        let lengths = scale.segments.map { $0.end - $0.start }
        #expect(lengths.count == 2)
        #expect(lengths[1] > 2 * lengths[0])
    }
}
