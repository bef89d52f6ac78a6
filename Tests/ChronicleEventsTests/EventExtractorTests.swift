import ChronicleReader
import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

@Suite struct EventExtractorTests {
    typealias Timex = Fixtures.Timex

    // MARK: - Several events in one sentence

    @Test func findsAnAdoptionAndItsDeadlineInOneSentence() throws {
        let found = try Fixtures.events(
            "The charter, adopted in 2018, required cities to close coal plants by 31 March 2022.")
        #expect(found.summaries == ["2018: Charter adopted", "2022-03-31: Deadline for cities to close coal plants"])
    }

    @Test func findsADeadlineReportedAfterTheAdoption() throws {
        let found = try Fixtures.events(
            "In 2017, the treaty stated that all signatories must destroy their stockpiles by December of 2020.")
        #expect(
            found.summaries == [
                "2017: Treaty states all signatories must destroy their stockpiles",
                "2020-12: Deadline for all signatories to destroy their stockpiles",
            ])
        #expect(found.allSatisfy { $0.citations.count == 1 && $0.citations[0].sourceID == "doc" })
    }

    @Test func splitsClausesWithTheirOwnDates() throws {
        let found = try Fixtures.events(
            "Two envoys returned to the capital in May 2021 and a trade mission visited in June.",
            date: .year(2021))
        #expect(found.summaries == ["2021-05: Two envoys return to the capital", "2021-06: Trade mission visits"])
    }

    // MARK: - What is no event

    @Test func ignoresDurationsAndFrequencies() throws {
        let text = "Miners work 12 hours a day, six days a week, and have done so for the past five years."
        let found = try Fixtures.events(
            text,
            adding: [
                Timex(phrase: "12 hours", value: "PT12H", kind: .duration),
                Timex(phrase: "a day", value: "XXXX-XX-XX", kind: .set),
                Timex(phrase: "six days a week", value: "P1W", kind: .set),
                Timex(phrase: "the past five years", value: "P5Y", kind: .duration),
            ])
        #expect(found.isEmpty)
    }

    @Test func ignoresHabitsDatedBySeasonOrMonthAlone() throws {
        let found = try Fixtures.events(
            "In spring, children plant corn. During summer, pupils must repair the roads. In April 2021, the school closed.",
            date: .year(2022),
            adding: [
                Timex(phrase: "spring", value: "2022-SP"), Timex(phrase: "summer", value: "2022-SU"),
            ])
        #expect(found.summaries == ["2021-04: School closes"])
    }

    @Test func ignoresStatesThatStartOrEndAtADate() throws {
        #expect(try Fixtures.events("Exports have fallen since 2014.").isEmpty)
        #expect(try Fixtures.events("The ferry ran until 2015.").isEmpty)
    }

    @Test func ignoresRecurringAndVagueTime() throws {
        let found = try Fixtures.events(
            "Every year the river floods, and in recent years the floods have grown.",
            adding: [
                Timex(phrase: "Every year", value: "XXXX", kind: .set),
                Timex(phrase: "recent years", value: "PAST_REF"),
            ])
        #expect(found.isEmpty)
    }

    @Test func keepsAnAnniversaryYearOffTheEventItRemembers() throws {
        let found = try Fixtures.events(
            "In 2023, the 20th anniversary of the 2003 peace treaty, the two ministers met in Geneva.",
            adding: [Timex(phrase: "2003", value: "2003")])
        // In text order: the year of the remembrance dates the meeting, the treaty keeps its own.
        #expect(found.summaries == ["2023: Two ministers meet in Geneva", "2003: Peace treaty"])
    }

    @Test func leavesAPlannedDateInsideItsAnnouncement() throws {
        let found = try Fixtures.events(
            "In June, the ministry announced plans to reopen the port in October.", date: .year(2022))
        #expect(found.summaries == ["2022-06: Ministry announces plans to reopen the port in October"])
    }

    @Test func ignoresHeadingsCaptionsAndBoilerplate() throws {
        let text = """
            Skip to main content

            Floods of 2019

            Rescuers reach a flooded village, April 3, 2019. © 2019 Example Wire

            Photo: Flood rescue, April 3, 2019.

            Your tax-deductible gift before December 31, 2024 helps us report.

            The dam failed on April 2, 2019.
            """
        let found = try Fixtures.events(text)
        #expect(found.summaries == ["2019-04-02: Dam fails"])
    }

    @Test func ignoresRecommendationsEvenWhenTheyNameADatedTreaty() throws {
        let found = try Fixtures.events(
            """
            Ratify the 1990 Convention on Migrant Workers. Release every detained journalist by June 2025.

            Trade with the island reached record levels in 2019.
            """, date: .year(2024))
        #expect(found.summaries == ["2019: Trade with the island reaches record levels"])
    }

    @Test func ignoresADatedNameCitedByAPresentOrNegatedClauseAboutSomethingElse() throws {
        let found = try Fixtures.events(
            """
            The kingdom is not a party to the 1990 Convention on Migrant Workers.

            In 2003, the kingdom withdrew from the 1998 Fisheries Agreement.
            """)
        #expect(found.summaries.contains { $0.hasPrefix("1990") } == false)
        #expect(found.summaries.contains("2003: Kingdom withdraws from the Fisheries Agreement"))
        #expect(found.summaries.contains("1998: Fisheries Agreement"))
    }

    @Test func ignoresARateThatAReportGivesForEveryYear() throws {
        let found = try Fixtures.events(
            "Surveys in 2018 showed that about 300 fishermen leave the island every year.", date: .year(2020))
        #expect(found.isEmpty, "\(found.summaries)")
    }

    @Test func ignoresAReportYearCitedForWhatTheReportFindsInThePresent() throws {
        let found = try Fixtures.events(
            """
            According to the 2021 Harbour Survey, the port employs 4,000 dockers.

            According to a 2021 harbour survey, 4,000 dockers lost their jobs.
            """)
        #expect(found.summaries == ["2021: 4,000 dockers lose their jobs"])
    }

    @Test func ignoresAmountsButKeepsCountsOfPeople() throws {
        #expect(try Fixtures.events("The city's budget in 2019 was $3 billion.").isEmpty)
        let found = try Fixtures.events("In 2016, there were 412 arrests in the province.")
        #expect(found.summaries == ["2016: 412 arrests in the province"])
    }

    @Test func ignoresTheStartOfASpanAndTheDateOfAComparison() throws {
        let found = try Fixtures.events(
            """
            From the end of the 19th century to today, fishing has shaped the coast.

            The port issued three times as many permits as it did during the previous year.
            """, date: .year(2020),
            adding: [
                Timex(phrase: "the 19th century", value: "18", modifier: "END"),
                Timex(phrase: "the previous year", value: "2019"),
            ])
        #expect(found.isEmpty)
    }

    @Test func ignoresAYearThatOnlyNamesAnEdition() throws {
        let found = try Fixtures.events(
            "The agency's 2018 profile of the region highlights a shortage of fuel.",
            adding: [Timex(phrase: "2018", value: "2018")])
        #expect(found.isEmpty)
    }

    @Test func titlesWhatAnAttributedSourceSays() throws {
        let found = try Fixtures.events(
            "According to the 2019 Harbour Survey, the port handled 4,000 ships.",
            adding: [Timex(phrase: "2019", value: "2019")])
        #expect(found.summaries == ["2019: Port handles 4,000 ships"])
    }

    @Test func goesOnWithTheClauseAfterAQuotedTitle() throws {
        let found = try Fixtures.events(
            "The study, titled “Harbours at risk, and why,” was presented on 2 May 2021 at a conference in Oslo.")
        #expect(found.summaries == ["2021-05-02: Study presented at a conference in Oslo"])
    }

    @Test func skipsAPagesHeadlineAndTeasersBeforeItsFirstSentence() throws {
        let found = try Fixtures.events(
            """
            Harbour news

            The navy seized a trawler on 3 May 2021, officials said Friday

            On 2 May 2021, the port reopened after a storm.
            """)
        #expect(found.summaries == ["2021-05-02: Port reopens after a storm"])
    }

    @Test func readsAParticipleThatNamesAThingAsNoVerb() throws {
        let found = try Fixtures.events(
            "In June, workers at forced labor camps were mobilized to rebuild the dam.", date: .year(2022))
        #expect(found.summaries == ["2022-06: Workers at forced labor camps mobilized to rebuild the dam"])
    }

    @Test func readsATimelineLineWithTheDateBeforeAColon() throws {
        let found = try Fixtures.events("June 25, 1950: troops crossed the river at dawn.")
        #expect(found.summaries == ["1950-06-25: Troops cross the river at dawn"])
    }

    @Test func titlesAQuoteWithWhoSaidIt() throws {
        let found = try Fixtures.events("“We will never sell the harbour,” the mayor said on 3 May 2019.")
        #expect(found.summaries == ["2019-05-03: Mayor says we will never sell the harbour"])
        let inverted = try Fixtures.events("“The water rose in minutes,” said Lena Ortiz, a fisher, on 4 April 2023.")
        #expect(inverted.summaries == ["2023-04-04: Lena Ortiz says the water rose in minutes"])
    }

    @Test func readsDeadlinesThatArePlansOfASubjectWithAnAside() throws {
        let found = try Fixtures.events("The inquiry, led by Judge Ana Roth, is due to report by 30 September 2023.")
        #expect(found.summaries == ["2023-09-30: Deadline for inquiry to report"])
    }

    @Test func readsAReportedEventAfterAShortPhrase() throws {
        let found = try Fixtures.events(
            "Officials said on Monday that the dam had failed on 3 April 2023, flooding 40 villages.")
        #expect(found.summaries == ["2023-04-03: Dam fails"])
    }

    @Test func readsAPassiveWithAnAdverbAsNoNounAndParticiple() throws {
        let found = try Fixtures.events("The dam was last inspected in 2021.")
        #expect(found.summaries == ["2021: Dam last inspected"])
    }

    // MARK: - Counts, comparisons and reports

    @Test func readsACountAndWhatThisNumberBecameLater() throws {
        let found = try Fixtures.events("While there were 412 arrests in 2016, this number rose to 980 in 2018.")
        #expect(found.summaries == ["2016: 412 arrests", "2018: Arrests rise to 980"])
    }

    @Test func givesAComparedNumberTheVerbOfTheClauseBefore() throws {
        let found = try Fixtures.events("In 2010, over 900 students enrolled, compared with 120 in 2021.")
        #expect(found.summaries == ["2010: Over 900 students enroll", "2021: 120 students enroll"])
    }

    @Test func datesAReportAndWhatItReportsApart() throws {
        let found = try Fixtures.events(
            "In March, Amnesty International reported that police detained 40 protesters in February.",
            date: .year(2021))
        #expect(
            found.summaries == [
                "2021-03: Amnesty International reports police detained 40 protesters",
                "2021-02: Police detain 40 protesters",
            ])
    }

    @Test func dropsAVagueReportWhoseContentHasItsOwnDate() throws {
        let found = try Fixtures.events(
            "In March, officials said that the dam collapsed in February.", date: .year(2021))
        #expect(found.summaries == ["2021-02: Dam collapses"])
    }

    @Test func makesAChangeOfACountBetweenTwoDatesOneIntervalEvent() throws {
        let found = try Fixtures.events("The number of visitors fell from 4,200 in 2012 to 900 in 2016.")
        #expect(found.summaries == ["2012/2016: Number of visitors falls from 4,200 to 900"])
    }

    @Test func readsTheClauseAfterAColonAsItsOwn() throws {
        let found = try Fixtures.events(
            "The target was missed: at the end of 2020, 300 families were still displaced in the delta.")
        #expect(found.summaries == ["2020: 300 families displaced in the delta"])
    }

    @Test func leavesOutTheDocumentsOwnPublicationSaidAgain() throws {
        let found = try Fixtures.events(
            """
            This note restates findings of a bulletin published on 4 March 2021.

            On 3 March 2021, the court freed the editor.
            """, date: .day(2021, 3, 4))
        #expect(found.summaries == ["2021-03-03: Court frees the editor"])
    }

    @Test func makesTheRestatedPublicationOfAReportItsOwnEvent() throws {
        let found = try Fixtures.events(
            """
            This note restates findings of the Coastal Trust's 2021 Harbour Report, released on 4 March 2021.

            On 3 March 2021, the court freed the editor.
            """, date: .day(2021, 3, 4))
        #expect(
            found.summaries == [
                "2021-03-04: Coastal Trust's 2021 Harbour Report released", "2021-03-03: Court frees the editor",
            ])
        #expect(found.first?.citations.first?.quote.hasPrefix("This note restates") == true)
        #expect(found.first?.category == "reports")
    }

    @Test func foldsTheRestatedPublicationOfAnArticleOrAYearIntoItsSource() throws {
        let article = try Fixtures.events(
            "This note restates a news article of 4 March 2021 about the harbour report.", date: .day(2021, 3, 4))
        #expect(article.isEmpty, "\(article.summaries)")
        let period = try Fixtures.events(
            "This chapter covers the events of 2021 in the harbour, as the report published in 2021 says.",
            date: .year(2021))
        #expect(period.isEmpty, "\(period.summaries)")
    }

    @Test func makesAReportTitledDocumentsPublicationAnEventWhenItsDateIsKnown() throws {
        let text =
            "2021 Harbour Report: the Northern Coast\n\nThe harbour stayed closed to trawlers for the whole winter.\n"
        let report = try Fixtures.events(text, date: .day(2021, 6, 25))
        #expect(report.summaries == ["2021-06-25: 2021 Harbour Report: the Northern Coast"])
        #expect(report.first?.citations.first?.quote == "2021 Harbour Report: the Northern Coast")
        // A year is the period a report covers, not the day it came out.
        #expect(try Fixtures.events(text, date: .year(2021)).isEmpty)
        // An article's title names no report.
        let article =
            "Trawlers Leave the Harbour: Report\n\nThe harbour stayed closed to trawlers for the whole winter.\n"
        #expect(try Fixtures.events(article, date: .day(2021, 6, 25)).isEmpty)
        // A title that opens with the report and says what it is about.
        let annual = "Annual report on the northern harbour\n\nThe harbour stayed closed to trawlers all winter.\n"
        #expect(
            try Fixtures.events(annual, date: .day(2021, 6, 25)).summaries == [
                "2021-06-25: Annual report on the northern harbour"
            ])
    }

    @Test func titlesTheClauseThatAWhenAfterTheDateTells() throws {
        let found = try Fixtures.events(
            """
            The quarrel dates back to 1977, when the port declared a fishing zone.

            In May 2020, when talks stalled, the navy seized a trawler.
            """, date: .year(2024))
        #expect(found.summaries == ["1977: Port declares a fishing zone", "2020-05: Navy seizes a trawler"])
    }

    @Test func givesASecondVerbWithItsOwnDateItsOwnEventAndNamesWhomSheIs() throws {
        let found = try Fixtures.events(
            """
            The Rapporteur visited the country in October 2022. She met officials on 10 October and travelled \
            to the port on 12 October.
            """, date: .day(2022, 10, 14))
        #expect(
            found.summaries == [
                "2022-10: Rapporteur visits the country", "2022-10-10: Rapporteur meets officials",
                "2022-10-12: Rapporteur travels to the port",
            ])
    }

    @Test func namesWhomSheIsOnlyWhenTheSentenceBeforeWasAboutAPerson() throws {
        let person = try Fixtures.events(
            """
            Harbour Minister Ana Holm toured the north quay.

            She closed it to trawlers on 4 May 2021.
            """, date: .year(2021))
        #expect(person.summaries == ["2021-05-04: Harbour Minister Ana Holm closes it to trawlers"])
        let place = try Fixtures.events(
            """
            The United States has long watched the quay.

            She closed it to trawlers on 4 May 2021.
            """, date: .year(2021))
        #expect(place.summaries == ["2021-05-04: She closes it to trawlers"])
    }

    @Test func readsTimeGivenUntilADateAsADeadline() throws {
        let found = try Fixtures.events("The government has until 31 December 2022 to respond.", date: .day(2022, 10, 14))
        #expect(found.summaries == ["2022-12-31: Deadline for government to respond"])
    }

    @Test func ignoresWhatARecommendationsSectionAsksFor() throws {
        let found = try Fixtures.events(
            """
            Country chapter

            The council closed the harbour in March 2023.

            Recommendations

            The government should reopen the harbour by the end of 2024.

            Recommendations: the council should publish its budget by June 2024.
            """, date: .year(2023))
        #expect(found.summaries == ["2023-03: Council closes the harbour"])
    }

    @Test func leavesTheNameADateGoesByOutOfTheTitle() throws {
        let found = try Fixtures.events(
            "The United States imposed sanctions on three officials on 10 December 2023, Human Rights Day.",
            date: .year(2023))
        #expect(found.summaries == ["2023-12-10: United States imposes sanctions on three officials"])
    }

    @Test func readsADatedReportOpeningTheSentenceAsWhereItWasSaid() throws {
        let found = try Fixtures.events(
            "In its 2022 report, the harbour inspector said that the quay walls had cracked.", date: .year(2023))
        #expect(found.summaries == ["2022: Harbour inspector says the quay walls cracked"])
    }

    @Test func readsAChronologysLinesWithANounForWhatHappened() throws {
        let found = try Fixtures.events(
            """
            - 2011: First strike at the port, lasting two weeks.
            - 1998 – The port is privatised.
            - 2021: The harbour was busy.
            """, date: .year(2024))
        #expect(found.summaries == ["2011: First strike at the port", "1998: Port privatised"])
    }

    @Test func readsTheRowsOfAChronologyTable() throws {
        let html = """
            <html><body><main><h1>The port strike</h1><p>The table lists the steps of the dispute at the port.</p>
            <table><tr><td>3 February 2023</td><td>Port authority offers a 5% raise; the union rejects it</td></tr>
            <tr><td>20 April 2023</td><td>Agreement signed; work resumes the next day</td></tr></table>
            </main></body></html>
            """
        var document = try DocumentReader().read(bytes: Array(html.utf8), id: "doc", format: .html)
        document.date = DocumentDate(.year(2024), origin: .given)
        let tagged = Fixtures.tagged(document)
        let found = EventExtractor().extraction(
            of: document, expressions: tagged.expressions, intervals: tagged.intervals
        ).mentions.map(\.event)
        #expect(found.summaries == ["2023-02-03: Port authority offers a 5% raise", "2023-04-20: Agreement signed"])
    }

    @Test func readsAVerbAfterTwoNamesJoinedByAnd() throws {
        let found = try Fixtures.events("- 12 January 2019: Norway and the EU fail to agree quotas.", date: .year(2024))
        #expect(found.summaries == ["2019-01-12: Norway and the EU fail to agree quotas"])
    }

    @Test func datesAClauseByTheDurationCountedFromTheLastDate() throws {
        let found = try Fixtures.events(
            "The council ordered a new sea wall in 1957. Two years later the wall was finished.", date: .year(2020))
        #expect(found.summaries == ["1957: Council orders a new sea wall", "1959: Wall finished"])
    }

    @Test func leavesOutTheFigureAnEventsOwnIsComparedWith() throws {
        let found = try Fixtures.events(
            "In 2023, inspectors recorded 412 illegal discharges, up from 305 in 2022.", date: .day(2024, 2, 12))
        #expect(found.summaries == ["2023: Inspectors record 412 illegal discharges, up from 305 in 2022"])
    }

    @Test func agreesWithAListOfNamesAsSubject() throws {
        let found = try Fixtures.events(
            "In June, the Netherlands, Belgium and Luxembourg signed a customs accord.", date: .year(1944))
        #expect(found.summaries == ["1944-06: Netherlands, Belgium and Luxembourg sign a customs accord"])
    }

    // MARK: - Dated nouns and pointers

    @Test func readsAYearThatEndsATitleAsPartOfTheName() throws {
        let found = try Fixtures.events(
            "The group published its Harbour Review 2019, which lists every closure. The Coastal 1998 Act on Quotas is still in force.",
            adding: [Fixtures.Timex(phrase: "2019", value: "2019"), Fixtures.Timex(phrase: "1998", value: "1998")])
        #expect(found.summaries == ["1998: Coastal Act on Quotas"])
    }

    @Test func datesADocumentByTheYearBeforeItsName() throws {
        let found = try Fixtures.events(
            "The 2019 Coastal Review found that erosion destroyed 40 homes.",
            adding: [Timex(phrase: "2019", value: "2019")])
        #expect(found.summaries == ["2019: Coastal Review finds erosion destroyed 40 homes"])
        #expect(found.first?.category == "reports")
    }

    @Test func titlesWhatADemonstrativeSubjectPointsBackAt() throws {
        let found = try Fixtures.events(
            "Guards were told to fire on anyone approaching the fence. This order is based on a decree from May 2019.")
        #expect(found.summaries == ["2019-05: Guards told to fire on anyone approaching the fence"])
        // The citation holds both sentences.
        #expect(found.first?.citations.first?.quote.hasPrefix("Guards were told") == true)
        #expect(found.first?.citations.first?.quote.hasSuffix("May 2019.") == true)
    }

    @Test func titlesWhatADefiniteSubjectPointsBackAtWhenItNamesAnotherDatedDecision() throws {
        let found = try Fixtures.events(
            "Guards remained under orders to fire on anyone approaching the fence. The order goes back to a decree issued in May 2019."
        )
        #expect(found.summaries == ["2019-05: Guards remain under orders to fire on anyone approaching the fence"])
    }

    // MARK: - Intervals

    @Test func makesAnIntervalEventFromTheTaggersInterval() throws {
        let text = "In March, the inspectors reported that closures between 2020 and 2022 shut most markets."
        let found = try Fixtures.events(
            text, date: .year(2023),
            adding: [Timex(phrase: "2020", value: "2020"), Timex(phrase: "2022", value: "2022")], intervals: [(0, 1)])
        #expect(found.map(\.date).contains(.interval(from: .year(2020), to: .year(2022))))
        #expect(found.summaries.contains("2020/2022: Closures shut most markets"))
    }

    @Test func datesAPeriodOfAYearByItsQuarter() throws {
        let found = try Fixtures.events(
            "Nearly 7,000 visitors arrived during the first quarter of 2020.",
            adding: [Timex(phrase: "the first quarter of 2020", value: "2020-Q1")])
        #expect(found.summaries == ["2020-Q1: Nearly 7,000 visitors arrive"])
    }

    // MARK: - Citations

    @Test func citesTheSentenceWithScalarOffsets() throws {
        let found = try Fixtures.events("Caf\u{E9} owners met. In March 2021, the caf\u{E9} closed.")
        let citation = try #require(found.first?.citations.first)
        #expect(citation.quote == "In March 2021, the caf\u{E9} closed.")
        #expect(citation.range == 17..<48)
        #expect(found.first?.summary == citation.quote)
    }

    @Test func makesTheIdFromTheDateAndKeyWords() throws {
        let found = try Fixtures.events("On 4 May 2018, the regional council banned night fishing.")
        #expect(found.first?.id == "2018-05-04-regional-council-bans-night")
    }

    @Test func keepsOnlyPlainLettersAndDigitsInIdWords() {
        // An accented letter ends a word whether the accent is its own scalar or not.
        #expect(EventID.slugWords("Café Cafe\u{301} NOIR-42 Zürich") == ["caf", "caf", "noir", "42", "z", "rich"])
    }
}
