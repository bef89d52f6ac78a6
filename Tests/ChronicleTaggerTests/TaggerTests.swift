import ChronicleText
import Testing

@testable import ChronicleTagger

@Suite struct TaggerTests {
    func tag(_ text: String, date: TimePoint? = nil, kind: Document.Kind = .news) -> (Document, Tagger.Result) {
        let document = Document(id: "t", text: text, date: date.map { DocumentDate($0, origin: .given) }, kind: kind)
        return (document, Tagger().tag(document))
    }

    func spans(_ document: Document, _ result: Tagger.Result) -> [String] {
        result.expressions.map { "\(document.text(in: $0.range))=\($0.value)" }
    }

    @Test(arguments: [
        (1818, 3, 22), (1998, 4, 12), (2000, 4, 23), (2013, 3, 31), (2019, 4, 21), (2024, 3, 31), (2038, 4, 25),
    ])
    func computesEasterSundayInTheGregorianCalendar(year: Int, month: Int, day: Int) {
        #expect(CalendarDay.easterSunday(in: year) == CalendarDay(year: year, month: month, day: day))
    }

    @Test func leavesRelativeExpressionsUnresolvedAndReportsThemWithoutADocumentDate() {
        let (document, result) = tag("Exports fell last year.\nThe port reopened in April.")
        #expect(spans(document, result) == ["last year=XXXX", "April=XXXX-04"])
        #expect(result.diagnostics.warnings.count == 2)
        #expect(result.diagnostics.warnings.first?.text.contains("line 1: \"last year\" left unresolved") == true)
        #expect(result.diagnostics.warnings.last?.offset == 45)
    }

    @Test func reportsNothingForAnOffsetThatTheDayAfterItAnchors() {
        let (document, result) = tag(
            "The plant shut in 1966. The day before last Tuesday, the board met.", date: TimePoint.day(2000, 2, 24))
        #expect(spans(document, result) == ["1966=1966", "The day before last Tuesday=2000-02-21"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func countsFromTheTimeOfWritingWhenTheDateLastMentionedIsTooCoarseInNews() {
        let text = "For fiscal 2025, the firm sees growth. Prices rose 0.2% from a month earlier."
        let (document, result) = tag(text, date: TimePoint.day(2024, 9, 12))
        #expect(spans(document, result) == ["fiscal 2025=2025", "a month earlier=2024-08"])
        #expect(result.diagnostics.isEmpty)
        let (story, told) = tag(text, date: TimePoint.day(2024, 9, 12), kind: .narrative)
        #expect(spans(story, told).last == "a month earlier=XXXX-XX")
        #expect(told.diagnostics.warnings.count == 1)
    }

    @Test func leadsAStoryToNoDateFromADurationBeforeAnyDateItTells() {
        let date = DocumentDate(TimePoint.year(1999), origin: .inferred)
        let text = "A decade later she founded the magazine. In 1989 it moved. Two years later it closed."
        let result = Tagger().tag(Document(id: "t", text: text, date: date, kind: .narrative))
        #expect(result.expressions.map(\.reaches) == [nil, nil, "1991"])
    }

    @Test func statesAbsoluteDatesWithoutADocumentDateAndReportsNothing() {
        let (document, result) = tag("The accord was signed on 22 December 2019.")
        #expect(spans(document, result) == ["22 December 2019=2019-12-22"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func letsAStoryRunPastADocumentDateInferredFromItsLatestDate() {
        let text = "The chemist was killed on 19 April 1906. His widow took over his chair in November."
        func november(_ origin: DocumentDate.Origin) -> String? {
            let date = DocumentDate(TimePoint.month(1906, 4)!, origin: origin)
            let document = Document(id: "t", text: text, date: date, kind: .narrative)
            return Tagger().tag(document).expressions.last?.value
        }
        // Written in or after April 1906, the story's November is the one after the death.
        #expect(november(.inferred) == "1906-11")
        // Written in April 1906, a past November can only be the one before.
        #expect(november(.given) == "1905-11")
    }

    @Test func resolvesAYearDateAsAReferencePeriod() {
        let (document, result) = tag(
            "In April the river flooded; last year it did not, and next year it may.", date: .year(2024))
        #expect(spans(document, result) == ["April=2024-04", "last year=2023", "next year=2025"])
        #expect(result.expressions.first?.anchor == "2024")
    }

    @Test func resolvesEachSectionAgainstItsOwnDate() {
        let text = "Morning news\nThe vote was held yesterday.\n\nEvening news\nThe count ended yesterday."
        var document = Document(id: "t", text: text, date: DocumentDate(TimePoint.day(2020, 1, 1)!, origin: .given))
        let second = text.utf8.count - "Evening news\nThe count ended yesterday.".utf8.count
        document.sections = [
            Document.Section(
                title: "Morning news", range: TextRange(0, second - 2),
                date: DocumentDate(TimePoint.day(2021, 5, 10)!, origin: .dateline)),
            Document.Section(
                title: "Evening news", range: TextRange(second, text.utf8.count),
                date: DocumentDate(TimePoint.day(2021, 6, 20)!, origin: .dateline)),
        ]
        let result = Tagger().tag(document)
        #expect(result.expressions.map(\.value) == ["2021-05-09", "2021-06-19"])
    }

    @Test func resolvesAMonthNearTheDayNamedEarlierInItsSentence() {
        let (document, result) = tag(
            "Inspectors came from 1 to 5 May 2023 and again on 12 June. They return in June.", date: .day(2024, 6, 14))
        #expect(
            spans(document, result) == [
                "1=2023-05-01", "5 May 2023=2023-05-05", "12 June=2023-06-12", "June=2024-06",
            ])
    }

    @Test func keepsADurationCountedFromTheLastDateAndTellsTheDateItReaches() {
        let (document, result) = tag(
            "The dam was finished in 1957. Two years later it cracked; the following year it was drained.",
            date: .day(2021, 4, 10))
        #expect(spans(document, result) == ["1957=1957", "Two years=P2Y", "the following year=1960"])
        #expect(result.expressions.map(\.reaches) == [nil, "1959", nil])
        #expect(result.expressions[1].kind == .duration)
    }

    @Test func countsWeeksOnFromAWeekWithNoDayNamed() {
        let (document, result) = tag(
            "The strike began on Monday, March 11. Later that week, talks were offered. Two weeks later, they failed.",
            date: .day(2013, 4, 10))
        #expect(
            spans(document, result) == ["Monday, March 11=2013-03-11", "Later that week=2013-W11", "Two weeks=P2W"])
        #expect(result.expressions.map(\.reaches) == [nil, nil, "2013-W13"])
    }

    @Test func anchorsNarrativesOnTheLastDateMentioned() {
        let text = "The war ended in 1945. The following year the treaty was signed; a year later it failed."
        let (news, newsResult) = tag(text, date: .day(2021, 4, 10), kind: .news)
        let (story, storyResult) = tag(text, date: .day(2021, 4, 10), kind: .narrative)
        #expect(spans(news, newsResult) == ["1945=1945", "The following year=1946", "a year=P1Y"])
        #expect(spans(story, storyResult) == spans(news, newsResult))
        let (_, lastYear) = tag(
            "The war ended in 1945; last year the monument was restored.", date: .day(2021, 4, 10), kind: .narrative)
        #expect(lastYear.expressions.map(\.value) == ["1945", "1944"])
        let (_, newsLastYear) = tag(
            "The war ended in 1945; last year the monument was restored.", date: .day(2021, 4, 10))
        #expect(newsLastYear.expressions.map(\.value) == ["1945", "2020"])
    }

    @Test func linksBothEndsOfARangeIntoAnInterval() {
        let (document, result) = tag(
            "Rainfall was low from 2011 to 2015 and between May and August 2018.", date: .day(2021, 4, 10))
        #expect(spans(document, result) == ["2011=2011", "2015=2015", "May=2018-05", "August 2018=2018-08"])
        #expect(result.intervals.map { [$0.from, $0.to] } == [[0, 1], [2, 3]])
        #expect(
            result.intervals.map { document.text(in: $0.range) } == [
                "from 2011 to 2015", "between May and August 2018",
            ])
    }

    @Test func countsAnOffsetFromTheDayAfterItAndKeepsLaterIntervalsInPlace() {
        let (document, result) = tag(
            "The 2019\u{2013}20 season ended the day before last Tuesday; the plan ran from 2011 to 2015.",
            date: .day(2021, 4, 10))
        #expect(
            spans(document, result) == [
                "2019=2019", "20=2020", "the day before last Tuesday=2021-04-05", "2011=2011", "2015=2015",
            ])
        #expect(result.intervals.map { [$0.from, $0.to] } == [[0, 1], [3, 4]])
    }

    @Test func linksMonthRangesAndShortYearRangesWrittenWithADash() {
        let (document, result) = tag(
            "Arrivals fell in January\u{2013}March 2018 and in the 2019\u{2013}20 season.", date: .day(2021, 4, 10))
        #expect(spans(document, result) == ["January=2018-01", "March 2018=2018-03", "2019=2019", "20=2020"])
        #expect(
            result.intervals.map { document.text(in: $0.range) } == ["January\u{2013}March 2018", "2019\u{2013}20"])
    }

    @Test func everyExpressionCarriesTheIDOfAKnownRule() {
        let (_, result) = tag(
            "On March 3, 2020, three years after the 2017 vote, the council met every Thursday until last week.",
            date: .day(2021, 4, 10))
        #expect(result.expressions.count == 5)
        #expect(result.expressions.allSatisfy { Tagger.ruleIDs.contains($0.rule) })
    }

    @Test func keepsExpressionsInOrderWithoutOverlaps() {
        let text =
            "Last week, on Friday, Sept. 30, the fund fell 2.5% after two days of selling; by 10 a.m. it had recovered."
        let (_, result) = tag(text, date: .day(2016, 10, 3))
        #expect(result.expressions.count == 4)
        for (a, b) in zip(result.expressions, result.expressions.dropFirst()) {
            #expect(a.range.upperBound <= b.range.lowerBound)
        }
    }

    @Test func survivesTextThatIsNotProse() {
        let noise = String(decoding: (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }, as: UTF8.self)
        let digits = String(repeating: "1998-", count: 2000) + String(repeating: "9", count: 5000)
        let huge = "1,000,000,000,000,000,000,000,000 years ago, 999999 days ago and 9999999999999999999999 BC"
        for text in [noise, digits, huge, "", "\u{FEFF}", "May", "- - -", "'", "Q", "mid-", "the end of"] {
            let (document, result) = tag(text, date: .day(2021, 4, 10))
            #expect(result.expressions.allSatisfy { $0.range.upperBound <= document.text.utf8.count })
        }
    }
}
