import Testing

@testable import ChronicleReader

@Suite struct SavedPageShapesTests {
    @Test func recognizesAuthorLines() {
        #expect(SavedPageShapes.authorLine("– Ida Marsh") == (true, true))
        #expect(SavedPageShapes.authorLine("By Tomas de la Vega") == (true, true))
        #expect(SavedPageShapes.authorLine("YongSu Park") == (true, false))
        #expect(SavedPageShapes.authorLine("Sam O'Neill, staff writer") == (true, false))
        #expect(SavedPageShapes.authorLine("Human Rights").isAuthor == true)
        #expect(SavedPageShapes.authorLine("Freedom of Movement").isAuthor == false)
        #expect(SavedPageShapes.authorLine("The end.").isAuthor == false)
        #expect(SavedPageShapes.authorLine("Ida Marsh reports from the coast for the weekly paper").isAuthor == false)
    }

    @Test func recognizesBylines() {
        #expect(SavedPageShapes.isByline("By Priya Raman"))
        #expect(SavedPageShapes.isByline("By Priya Raman and Leo Tan | 3 March 2021"))
        #expect(!SavedPageShapes.isByline("By the end of 2019, most workers had gone home."))
        #expect(!SavedPageShapes.isByline("By The Numbers"))
        #expect(!SavedPageShapes.isByline("Bylines are short."))
        #expect(SavedPageShapes.isByline("Posted by Lena Berg on 3 March 2021"))
    }

    @Test func recognizesTagLinesAndBreadcrumbs() {
        #expect(SavedPageShapes.isTagLine("North coast, Fishing rights, Labour"))
        #expect(!SavedPageShapes.isTagLine("Farmers, traders and officials met in the square."))
        #expect(!SavedPageShapes.isTagLine("However, the plan failed"))
        #expect(SavedPageShapes.isBreadcrumb("Home > World > Asia"))
        #expect(SavedPageShapes.isBreadcrumb("Topic / Region"))
        #expect(!SavedPageShapes.isBreadcrumb("Exports rose 4% / year in the north."))
    }

    @Test func recognizesPlayerClocksAndSlideshowCounters() {
        #expect(SavedPageShapes.isCounter("00:00 / 05:12"))
        #expect(SavedPageShapes.isCounter("3 / 12"))
        #expect(!SavedPageShapes.isCounter("2017"))
        #expect(!SavedPageShapes.isCounter("At 10:30 the talks began."))
    }

    @Test func tellsATeaserForAnotherStoryFromAStandfirst() {
        let article = SavedPageShapes.topicWords(
            "Wells in thirty villages have run dry as the drought enters its third summer; trucks bring water daily.")
        #expect(
            SavedPageShapes.isTeaser(
                "Coastal rail line reopens after landslide repairs, operator said on Monday", articleWords: article))
        #expect(
            !SavedPageShapes.isTeaser(
                "Thirty villages depend on water trucks as the drought enters a third summer", articleWords: article))
        #expect(!SavedPageShapes.isTeaser("Rail line reopens.", articleWords: article))
        #expect(
            !SavedPageShapes.isTeaser(
                "In the spring of 2019, the council refused to fund the repairs and it became one of the reasons"
                    + " that led to the closure of the coastal rail line for more than a year",
                articleWords: article))
    }

    @Test func readsTwoSentencesThatLostTheirLastStopAsNoHeadline() {
        #expect(
            !SavedPageShapes.isHeadlineShaped("Kick-off is at 05:00pm. The opening ceremony is scheduled for 03:15pm"))
        #expect(SavedPageShapes.isHeadlineShaped("Mr. Smith goes to Washington"))
        #expect(SavedPageShapes.isHeadlineShaped("U.S. Forces Leave Base After 20 Years"))
        #expect(SavedPageShapes.isHeadlineShaped("Coastal rail line reopens after landslide repairs"))
    }
}
