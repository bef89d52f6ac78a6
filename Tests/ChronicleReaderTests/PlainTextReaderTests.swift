import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct PlainTextReaderTests {
    func read(_ text: String, format: DocumentFormat = .text) throws -> Document {
        try DocumentReader().read(bytes: Array(text.utf8), id: "note", format: format)
    }

    // MARK: - Paragraphs and headings

    @Test func joinsLinesWrappedInsideAParagraph() throws {
        let document = try read(
            "Report on harvests\n\nThe ministry said the harvest of that year was the\nworst in a decade, and officials\nblamed the floods.\n\nA second paragraph.\n"
        )
        #expect(
            document.paragraphTexts == [
                "Report on harvests",
                "The ministry said the harvest of that year was the worst in a decade, and officials blamed the floods.",
                "A second paragraph.",
            ])
        #expect(document.headings == [0])
        #expect(document.title == "Report on harvests")
    }

    @Test func keepsTwoSentencesThatLostTheirLastStopBeforeTheBody() throws {
        let document = try read(
            "The festival opens on Thursday with a parade\n\nDoors open at 05:00pm. The opening parade is scheduled for 06:15pm\n\nOrganisers said the route through the old town had been changed this year, and that tickets for the concerts were nearly sold out.\n"
        )
        #expect(
            document.paragraphTexts.contains("Doors open at 05:00pm. The opening parade is scheduled for 06:15pm"))
    }

    @Test func keepsLinesThatEndASentenceApart() throws {
        let document = try read("Freedom of Movement\nTravel is restricted.\nBorders are closed.")
        #expect(document.paragraphTexts == ["Freedom of Movement", "Travel is restricted.", "Borders are closed."])
        #expect(document.headings == [0])
    }

    @Test func joinsAHardWrappedFileAtItsWrapWidth() throws {
        let document = try Fixtures.read("hard-wrapped.txt")
        #expect(
            document.paragraphTexts == [
                "QUARTERLY NOTE ON SEASONAL WORKERS",
                "Seasonal farm workers arriving in the northern provinces this summer reported longer hours and lower pay than in previous years. Of the 64 workers we spoke to between June and August, 41 said they had worked more than twelve hours a day for at least a week.",
                "Most had been recruited through agencies in the capital. Several said the agency kept their passports until the end of the harvest, which the labour code forbids.",
                "Recommendations",
                "The labour inspectorate should visit farms during the harvest rather than after it, and agencies that hold workers' documents should lose their licences.",
            ])
        #expect(document.headings == [0, 3])
        #expect(document.date?.point == TimePoint.day(2019, 10, 4))
        #expect(document.date?.evidence == "dateline \"Published 4 October 2019\"")
    }

    @Test func joinsTheWrappedLinesOfAnIndentedListItem() throws {
        let document = try read("Facts\n\n  1. The first fact runs onto\n     Another line.\n  2. The second fact.\n")
        #expect(
            document.paragraphTexts == ["Facts", "1. The first fact runs onto Another line.", "2. The second fact."])
    }

    // MARK: - Saved pages

    @Test func dropsTheFurnitureOfASavedNewsPage() throws {
        let document = try Fixtures.read("saved-news.txt")
        #expect(
            document.paragraphTexts == [
                "Village wells run dry as drought enters third summer",
                "Farmers queue at a water truck in Brell on Sunday.",
                "Wells in at least 30 villages in the Brell valley have run dry, local officials said on Monday, as the region entered its third summer with almost no rain.",
                "The valley's council said water trucks were now making 90 deliveries a day, up from 15 in May. Officials asked residents to limit use to 20 litres a person each day.",
                "\"We have never seen the river this low,\" said Anna Dahl, who has farmed near the river since 1988.",
                "A government study published in March 2021 warned that groundwater levels in the valley had fallen by a third since 2000.",
            ])
        #expect(document.title == "Village wells run dry as drought enters third summer")
    }

    @Test func dropsAPressReleasesLabelsEndMarkAndContactLine() throws {
        let document = try read(
            """
            PRESS RELEASE

            Harbour agency reopens the north quay

            BRELL (4 May 2021) – The agency reopened the north quay today.

            ENDS

            For media enquiries: press@example.org
            """)
        #expect(
            document.paragraphTexts == [
                "Harbour agency reopens the north quay", "BRELL (4 May 2021) – The agency reopened the north quay today.",
            ])
        #expect(document.title == "Harbour agency reopens the north quay")
        #expect(document.date?.point == TimePoint.day(2021, 5, 4))
    }

    @Test func datesASavedPageByItsPublishedLine() throws {
        let date = try #require(try Fixtures.read("saved-news.txt").date)
        #expect(date.point == TimePoint.day(2022, 7, 12))
        #expect(date.origin == .dateline)
    }

    @Test func splitsAFileOfSeveralArticlesAtTheirAuthorLines() throws {
        let document = try Fixtures.read("multi-article.txt")
        #expect(
            document.sections.map(\.title) == [
                "Ten Years of Night Schools in Corvin", "Why Bees Matter to Orchard Towns",
                "Five Facts About the Salt Road",
            ])
        for section in document.sections {
            #expect(document.text(in: section.range).hasPrefix(section.title))
        }
        #expect(document.text(in: document.sections[0].range).hasSuffix("during the winter of 2020."))
        #expect(document.text(in: document.sections[2].range).hasSuffix("The route is now a walking trail."))
        for name in ["Oskar Lind", "Maren Holt", "Ruth Amsel", "Photo:"] { #expect(!document.text.contains(name)) }
        #expect(document.title == nil)
        #expect(document.date == nil)
    }

    @Test func datesEachArticleOfAFileOnItsOwn() throws {
        let document = try Fixtures.read("multi-article.txt")
        // The first article's "until at least 2026" is a pledge, not the time of writing.
        #expect(document.sections.map { $0.date?.point } == [.year(2021), .month(2019, 4), .year(1903)])
        #expect(document.sections.allSatisfy { $0.date?.origin == .inferred })
        #expect(document.diagnostics.warnings.count == 3)
        #expect(document.diagnostics.warnings[1].text.hasPrefix("§ Why Bees Matter to Orchard Towns: "))
    }

    @Test func namesEverySectionDistinctly() throws {
        let text = """
            The same title
            The first article ran for three paragraphs in the spring edition of the paper.

            – Ana Petrov

            The same title
            The second article ran in the autumn edition with a different set of sources.

            – Ana Petrov

            No heading opens this third article, which starts with a full sentence of text.

            – Ana Petrov
            """
        let document = try read(text)
        #expect(document.sections.map(\.title) == ["The same title", "The same title (2)", "Part 3"])
    }

    @Test func keepsOneArticleWithASignOffWhole() throws {
        let document = try read(
            "Bridge reopens\n\nThe old bridge reopened on Saturday after repairs that took most of the year.\n\n– Ana Petrov\n"
        )
        #expect(document.sections.isEmpty)
        #expect(
            document.paragraphTexts == [
                "Bridge reopens", "The old bridge reopened on Saturday after repairs that took most of the year.",
            ])
    }

    @Test func keepsANameThatHeadsASectionInTheText() throws {
        let document = try read(
            "Founders\n\nThe group had two founders.\n\nMarta Ruiz\n\nShe ran the first clinic from her kitchen table for six years.\n"
        )
        #expect(document.sections.isEmpty)
        #expect(document.paragraphTexts.contains("Marta Ruiz"))
    }

    @Test func readsTheYearOfAReportHeaderAndThePeriodItCovers() throws {
        let document = try Fixtures.read("annual-review.txt")
        #expect(document.date?.point == .year(2018))
        #expect(document.date?.evidence == "period covered \"Events of 2018\"")
        let header = try read(
            "2019 Annual Review: Rights of Migrant Domestic Workers\n\nIn January, wages rose by a tenth across the sector.\n"
        )
        #expect(header.date?.point == .year(2019))
        #expect(header.date?.origin == .dateline)
    }

    // MARK: - Markdown

    @Test func readsMarkdownFrontMatterHeadingsListsAndTables() throws {
        let document = try Fixtures.read("report.md")
        #expect(document.title == "Shelter capacity in the river districts")
        #expect(document.date?.point == TimePoint.day(2020, 11, 30))
        #expect(document.date?.evidence == "front matter date: 2020-11-30")
        #expect(
            document.paragraphTexts == [
                "Shelter capacity in the river districts",
                "Prepared for partner organisations. See the interactive map for details.",
                "Findings",
                "Shelters in four of six districts were over capacity in October.",
                "The Norden shelter reopened on 2 November after flood repairs.",
                "Families waited an average of 3.5 days for a place.",
                "District\nBeds\nOccupied", "Norden\n120\n131", "Ost\n80\n64",
                "Volunteers in Ost said demand doubled after the second storm.",
                "Setext heading",
                "Contact the field team with corrections.",
            ])
        #expect(document.headingTexts == ["Shelter capacity in the river districts", "Findings", "Setext heading"])
    }

    @Test func stripsMarkdownHeadingsAndLinks() throws {
        let document = try read("# The title\n\nSee [the report](https://example.org) for details.", format: .markdown)
        #expect(document.paragraphTexts == ["The title", "See the report for details."])
        #expect(document.headings == [0])
    }

    // MARK: - Bytes

    @Test func rejectsBinaryInputNamingTheFile() {
        #expect(throws: ReadError.binary(path: "x.txt", offset: 3)) {
            try DocumentReader().read(bytes: [65, 66, 67, 0, 1], id: "x", path: "x.txt")
        }
    }

    @Test func decodesLatin1WhenNotUTF8() throws {
        let document = try DocumentReader().read(bytes: [0x63, 0x61, 0x66, 0xE9], id: "x", format: .text)
        #expect(document.text == "café")
        #expect(
            document.diagnostics.warnings.map(\.text) == [
                "not valid UTF-8: bytes that are not UTF-8 were read as Windows-1252"
            ])
    }

    @Test func readsAnEmptyFileAsAnEmptyDocument() throws {
        let document = try read("")
        #expect(document.text.isEmpty && document.paragraphs.isEmpty && document.sentences.isEmpty)
        #expect(document.date == nil)
    }
}
