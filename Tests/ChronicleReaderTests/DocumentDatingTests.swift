import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct DocumentDatingTests {
    func date(of text: String) throws -> DocumentDate? {
        try DocumentReader().read(bytes: Array(text.utf8), id: "d", format: .text).date
    }

    @Test func readsLabelledDateLines() {
        let cases: [(String, TimePoint?)] = [
            ("Published: 3 March 2021", .day(2021, 3, 3)), ("Updated March 3, 2021, 9:14 a.m.", .day(2021, 3, 3)),
            ("Wednesday, March 12, 2025", .day(2025, 3, 12)),
            ("Posted on 12 July 2022 | 3 min read", .day(2022, 7, 12)),
            ("By Ana Holm | March 5, 2024", .day(2024, 3, 5)), ("Ana Holm, Wire · 5 Mar 2024", .day(2024, 3, 5)),
            ("The harbour board, which met on 5 March 2024, agreed.", nil),
            ("In March 2021 the mill closed and the workers moved away. Then the town shrank.", nil),
            ("Published in 2021", nil),
        ]
        for (line, expected) in cases { #expect(DocumentDating.labelledDate(line) == expected, "\(line)") }
    }

    @Test func readsNewsDatelines() {
        #expect(DocumentDating.newsDateline("WASHINGTON, March 3, 2021 — The talks ended.")?.point == .day(2021, 3, 3))
        #expect(
            DocumentDating.newsDateline("KESSING, Norland, 4 May 2020 (Wire) - Rain fell.")?.point == .day(2020, 5, 4))
        #expect(DocumentDating.newsDateline("March 3, 2021: The ministry said.")?.point == .day(2021, 3, 3))
        #expect(DocumentDating.newsDateline("GENEVA (30 June 2021) – Experts said.")?.point == .day(2021, 6, 30))
        #expect(DocumentDating.newsDateline("SEOUL, March 12 (Wire) -- No year here.") == nil)
        #expect(DocumentDating.newsDateline("The meeting on March 3, 2021 — which was tense — ended.") == nil)
    }

    @Test func readsTheYearAReportCovers() {
        #expect(DocumentDating.coveredYear("Events of 2024") == 2024)
        #expect(DocumentDating.coveredYear("Covering 2023") == 2023)
        #expect(DocumentDating.coveredYear("Events of the year") == nil)
        #expect(DocumentDating.coveredYear("The events of 2024 were grim and the harvest failed twice.") == nil)
    }

    @Test func readsTheYearATitleIsAbout() {
        #expect(DocumentDating.yearInTitle("Norland in 2024: notes on the Rights Review 2025") == 2024)
        #expect(DocumentDating.yearInTitle("Human rights during 2019") == 2019)
        #expect(DocumentDating.yearInTitle("2020 Fisheries Labour Report: Norland") == nil)
        #expect(DocumentDating.yearInTitle("Ten facts in brief") == nil)
    }

    @Test func readsTheYearOfAReportTitle() {
        #expect(DocumentDating.reportYear("2020 Fisheries Labour Report: Norland") == 2020)
        #expect(DocumentDating.reportYear("Rights Review 2025: Norland") == 2025)
        #expect(DocumentDating.reportYear("Annual Review 2019") == 2019)
        #expect(DocumentDating.reportYear("The 2014 inquiry report, ten years on") == nil)
        #expect(DocumentDating.reportYear("2020 was a hard year for farmers") == nil)
    }

    @Test func infersTheLatestDateThatIsNotADeadlineWithAWarning() throws {
        let text = "Workers must leave by December 2019. In March 2019, a team visited the port. In 2017 it opened."
        let document = try DocumentReader().read(bytes: Array(text.utf8), id: "d", format: .text)
        #expect(document.date?.point == .month(2019, 3))
        #expect(document.date?.origin == .inferred)
        #expect(document.date?.evidence == "inferred from the latest date the text states, \"March 2019\"")
        #expect(document.diagnostics.warnings.count == 1)
        #expect(document.diagnostics.warnings.first?.text.contains("2019-03") == true)
    }

    @Test func infersNoFinerThanTheMonth() throws {
        #expect(try date(of: "The port reopened on 14 May 2022 after repairs.")?.point == .month(2022, 5))
    }

    @Test func leavesTheDateUnsetWhenTheTextStatesNone() throws {
        #expect(try date(of: "Last year the port reopened. In April, ships returned.") == nil)
    }

    @Test func readsAReportAgainstTheYearItCoversWhenItCameOutTheMonthAfter() throws {
        let covered = try #require(
            try date(
                of: "Harbour report: events of 2023\n\nPublished January 2024\n\nIn February the quay was closed to ships.\n"
            ))
        #expect(covered.point == .year(2023))
        #expect(covered.evidence.hasPrefix("period covered"))
        // A day of publication stays the date.
        let day = try date(of: "Harbour report: events of 2023\n\nPublished 12 January 2024\n\nThe quay was closed.\n")
        #expect(day?.point == .day(2024, 1, 12))
    }

    @Test func prefersADatelineToAnInference() throws {
        let text =
            "Port reopens\n\nPublished 2 June 2022\n\nThe port reopened on 14 May 2023 after repairs that took a year."
        let found = try #require(try date(of: text))
        #expect(found.point == .day(2022, 6, 2))
        #expect(found.origin == .dateline)
    }
}
