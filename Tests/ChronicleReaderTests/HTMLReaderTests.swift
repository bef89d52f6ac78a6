import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct HTMLReaderTests {
    func read(_ html: String) throws -> Document {
        try DocumentReader().read(bytes: Array(html.utf8), id: "page", format: .html)
    }

    // MARK: - A news site

    @Test func keepsTheNewsArticleAndNothingAroundIt() throws {
        let document = try Fixtures.read("news-article.html")
        #expect(
            document.paragraphTexts == [
                "Harbour workers strike over unpaid wages",
                "Crane operators gather at the north quay on Tuesday morning.",
                "PORT ALDER — More than 400 dock workers walked off the job on Tuesday, saying the port authority has not paid them since the end of March.",
                "The stoppage halted the loading of 12 container ships, according to the harbour master’s office, which said the backlog could take a week to clear.",
                "“We have families to feed,” said Tomas Reyes, a crane operator who has worked at the port for 19 years. “Nobody tells us when the money is coming.”",
                "Talks planned",
                "The port authority said in a statement that a payment of 2.4 million dollars was approved on 9 May and would reach workers by the end of the month. Union leaders called the promise vague.",
                "Talks between the union and the authority are scheduled for Friday.",
            ])
        #expect(document.headingTexts == ["Harbour workers strike over unpaid wages", "Talks planned"])
    }

    @Test func takesTheTitleFromOpenGraphWithoutTheSiteName() throws {
        #expect(try Fixtures.read("news-article.html").title == "Harbour workers strike over unpaid wages")
    }

    @Test func datesTheNewsArticleByItsPublishedTimeBeforeJSONLD() throws {
        let date = try #require(try Fixtures.read("news-article.html").date)
        #expect(date.point == TimePoint.day(2023, 5, 17))
        #expect(date.origin == .metadata)
        #expect(date.evidence == "<meta property=\"article:published_time\" content=\"2023-05-17T06:30:00+09:00\">")
    }

    // MARK: - An NGO report

    @Test func readsTheReportsListsTableAndQuoteButNotItsAppealOrRelatedReports() throws {
        let document = try Fixtures.read("ngo-report.html")
        let texts = document.paragraphTexts
        #expect(texts.first == "Nets and Debts: Forced Labour on Distant-Water Fishing Boats")
        #expect(
            texts.contains("Nine in ten fishers interviewed said their identity documents were held by the captain."))
        #expect(texts.contains("Province\nMedian fee\nWorkers interviewed"))
        #expect(texts.contains("Lowen\n1,850 dollars\n47"))
        #expect(
            texts.contains("“The broker said the debt would be gone after six months. After a year I still owed him.”"))
        #expect(texts.last == "Require vessel owners to pay wages monthly into accounts the crew controls.")
        let all = document.text
        for furniture in [
            "Donate", "Your gift", "Harbour of Debt", "Latest news", "Registered charity", "Follow us",
            "14 September 2022",
        ] {
            #expect(!all.contains(furniture), "\(furniture)")
        }
        #expect(
            document.headingTexts == [
                "Nets and Debts: Forced Labour on Distant-Water Fishing Boats", "Summary", "Key findings",
                "Recruitment fees by province", "Recommendations",
            ])
    }

    @Test func datesTheReportByTheJSONLDArticleNotTheWebPage() throws {
        let date = try #require(try Fixtures.read("ngo-report.html").date)
        #expect(date.point == TimePoint.day(2022, 9, 14))
        #expect(date.evidence == "JSON-LD datePublished \"2022-09-14T10:00:00+00:00\"")
    }

    // MARK: - An encyclopedia page

    @Test func readsTheEncyclopediaArticleWithoutPageChrome() throws {
        let document = try Fixtures.read("encyclopedia.html")
        #expect(
            document.paragraphTexts == [
                "Varlen Canal",
                "The Varlen Canal is an 84-kilometre waterway linking the port of Dessa with the lake country of the interior. It was dug by hand between 1836 and 1841, largely by labourers conscripted from nearby estates.",
                "History",
                "Work began in the spring of 1836 under the engineer Aurel Brandt. A cholera outbreak in August 1838 stopped construction for five months. The canal opened to traffic on 12 June 1841, when a convoy of grain barges reached Dessa.",
                "Traffic peaked in the 1870s at about 3,000 barges a year.",
                "Decline",
                "The opening of the Dessa railway in 1889 drew most freight away from the canal. The last commercial barge passed in 1931; the locks were listed as monuments in 1978.",
            ])
        #expect(document.title == "Varlen Canal")
    }

    // MARK: - A blog

    @Test func datesTheBlogPostByTheTimeInItsHeaderNotAComment() throws {
        let document = try Fixtures.read("blog-post.html")
        #expect(document.date?.point == TimePoint.day(2018, 10, 7))
        #expect(document.date?.origin == .metadata)
        #expect(document.title == "Field notes from the salt flats")
        #expect(document.paragraphTexts.first == "Field notes from the salt flats")
        #expect(!document.text.contains("Lovely notes"))
        #expect(!document.text.contains("Winter on the estuary"))
        #expect(!document.text.contains("Posted on"))
    }

    @Test func ignoresTimesInSidebarsAndRelatedLinks() throws {
        let page = """
            <html><body><main><article><h1>Ferry timetable changes</h1>
            <p>The island ferry will run twice a day from next month, the operator announced.</p>
            <ul class="related"><li><a href="/old">Older story</a> <time datetime="2014-06-01">1 June 2014</time></li></ul>
            </article></main><aside><time datetime="2015-01-01">1 January 2015</time></aside></body></html>
            """
        #expect(try read(page).date == nil)
    }

    // MARK: - An old table layout with a dateline

    @Test func readsATableLayoutAndDatesItByItsDateline() throws {
        let document = try Fixtures.read("dateline-news.html")
        #expect(document.paragraphTexts.count == 4)
        #expect(document.paragraphTexts.first == "Ministry confirms reservoir repairs")
        #expect(!document.text.contains("Front page"))
        #expect(!document.text.contains("Printed from"))
        #expect(document.date?.point == TimePoint.day(2021, 3, 3))
        #expect(document.date?.origin == .dateline)
        #expect(document.date?.evidence == "dateline \"KESSING, March 3, 2021\"")
    }

    // MARK: - A press release and a news page split by promotions

    @Test func readsAPressReleaseWithoutItsTagsShareLinksOrRelatedNews() throws {
        let document = try Fixtures.read("press-release.html")
        #expect(document.paragraphTexts.count == 6)
        #expect(document.paragraphTexts.first == "Experts urge release of detained river guides")
        #expect(document.paragraphTexts.last?.hasPrefix("The experts: Ana Ruiz") == true)
        for furniture in ["Français", "Press releases", "Tags", "Facebook", "Related news", "dam evictions", "Palais"] {
            #expect(!document.text.contains(furniture), "\(furniture)")
        }
        #expect(document.date?.point == TimePoint.day(2021, 6, 30))
        #expect(document.date?.evidence == "<meta name=\"dcterms.date\" content=\"2021-06-30\">")
    }

    @Test func datesAPressReleaseByItsOwnTimeNotItsRelatedNews() throws {
        let page = try String(contentsOf: Fixtures.folder.appendingPathComponent("press-release.html"), encoding: .utf8)
            .replacingOccurrences(of: "<meta name=\"dcterms.date\" content=\"2021-06-30\">", with: "")
        let document = try DocumentReader().read(bytes: Array(page.utf8), id: "release", format: .html)
        #expect(document.date?.point == TimePoint.day(2021, 6, 30))
        #expect(document.date?.evidence == "<time datetime=\"2021-06-30T12:00:00Z\"> in the article header")
        let related = page.replacingOccurrences(
            of: "<time datetime=\"2021-06-30T12:00:00Z\">30 June 2021</time>", with: "")
        let undated = try DocumentReader().read(bytes: Array(related.utf8), id: "release", format: .html)
        // Only the related news items have times left: the date now comes from the dateline.
        #expect(undated.date?.origin == .dateline)
        #expect(undated.date?.point == TimePoint.day(2021, 6, 30))
    }

    @Test func datesAPageByTheBylineInItsHeaderNotBySidebarDates() throws {
        for (byline, evidence) in [
            ("<div class=\"byline\">By Ana Holm | March 5, 2024</div>", "By Ana Holm | March 5, 2024"),
            ("<p class=\"meta\">Updated 3:45 PM EST, Tue March 5, 2024</p>", "Updated 3:45 PM EST, Tue March 5, 2024"),
            ("<div>05.03.2024 | Politics</div>", "05.03.2024 | Politics"),
        ] {
            let document = try read(
                """
                <html><body><nav><a href="/">Home</a></nav>
                <aside><ul><li><a href="/x">Storm hits coast</a> 12 January 2024</li></ul></aside>
                <article><h1>Council approves the harbour plan</h1>\(byline)
                <p>The council approved the harbour plan on Monday after a year of talks with the port.</p>
                <p>Work on the new quay was first proposed in 2019 by the harbour board.</p></article>
                <aside><h3>Most read</h3><div class="byline">By Staff | 12 January 2024</div></aside>
                </body></html>
                """)
            #expect(document.date?.point == TimePoint.day(2024, 3, 5), "\(byline)")
            #expect(document.date?.evidence == "byline \"\(evidence)\" in the article header")
            #expect(document.date?.origin == .dateline)
        }
    }

    @Test func joinsAnArticleThatPromotionsSplitIntoParts() throws {
        let document = try Fixtures.read("split-body.html")
        #expect(
            document.paragraphTexts == [
                "Grain convoy reaches mountain villages",
                "Trucks carrying 300 tonnes of wheat crossed the pass after the road was cleared of snow.",
                "A convoy of 24 trucks reached the villages of the upper valley on Thursday, ending a three-week shortage of bread and flour.",
                "The road over the pass had been closed since 16 January, when an avalanche buried a 400-metre stretch.",
                "“People were baking with the last of their rye,” said Mira Kovac, who runs the shop in Oberwald.",
                "Regional officials said a second convoy would follow next week, weather permitting.",
            ])
        #expect(document.date?.point == TimePoint.day(2024, 2, 8))
    }

    // MARK: - Markup details

    @Test func decodesEntitiesAndRemovesInvisibleCharacters() throws {
        let document = try read(
            "<p>Fish&nbsp;&amp;&nbsp;chips cost &euro;4. The mar&shy;ket re\u{200B}opened in Jan\u{2060}uary.\u{FEFF}</p>"
        )
        #expect(document.text == "Fish & chips cost €4. The market reopened in January.")
    }

    @Test func dropsFootnoteMarksButKeepsOtherSuperscripts() throws {
        let document = try read(
            "<p>The survey covered 112 farms<sup><a href=\"#fn1\">1</a></sup> and 40 km<sup>2</sup> of land<sup>[3]</sup> in 2019.<sup>*</sup> Sales rose for the 10<sup>th</sup> time.</p>"
        )
        #expect(
            document.text == "The survey covered 112 farms and 40 km2 of land in 2019. Sales rose for the 10th time.")
    }

    @Test func skipsHiddenElementsAndPageFurniture() throws {
        let document = try read(
            """
            <body><header><p>Site wide banner text</p></header>
            <div style="display: none">Hidden text</div><p hidden>Also hidden</p><p aria-hidden="true">Icon</p>
            <form><input><label>Your email</label></form><noscript>Enable scripts</noscript>
            <template><p>Template text</p></template><svg><text>Chart label</text></svg>
            <p>The only visible paragraph.</p>
            <footer><p>Footer text</p></footer></body>
            """)
        #expect(document.paragraphTexts == ["The only visible paragraph."])
    }

    @Test func keepsTheArticlesOwnHeaderAndFooter() throws {
        let document = try read(
            """
            <body><header>Site</header><article><header><h1>Canal reopens</h1></header>
            <p>The canal reopened to boats on Monday after a year of repairs to its locks.</p>
            <footer><p>Correction: an earlier version gave the wrong lock number.</p></footer></article></body>
            """)
        #expect(
            document.paragraphTexts == [
                "Canal reopens", "The canal reopened to boats on Monday after a year of repairs to its locks.",
                "Correction: an earlier version gave the wrong lock number.",
            ])
    }

    @Test func keepsAPageThatOneFormWrapsWhole() throws {
        let sentence = "The council met on Tuesday and voted to extend the bus route to the hospital."
        let document = try read(
            "<body><form id=\"aspnetForm\"><div><p>\(sentence)</p><p>\(sentence)</p></div></form></body>")
        #expect(document.paragraphTexts == [sentence, sentence])
    }

    @Test func dropsBoxesOfLinksInsideTheArticle() throws {
        let document = try read(
            """
            <body><article><h1>Rail strike ends</h1>
            <p>Train drivers returned to work on Thursday after the union accepted a pay offer of 4 percent.</p>
            <ul><li><a href="/a">Strike timeline</a></li><li><a href="/b">Who are the drivers?</a></li></ul>
            <p>Services will be back to normal by the weekend, the operator said in a statement.</p></article></body>
            """)
        #expect(document.paragraphTexts.count == 3)
        #expect(!document.text.contains("Strike timeline"))
    }

    @Test func keepsAListOfPlainItemsInsideTheArticle() throws {
        let document = try read(
            "<body><article><p>The fund pays for three things, the charity said on Monday:</p><ul><li>school fees</li><li>bus passes</li><li>meals</li></ul></article></body>"
        )
        #expect(
            document.paragraphTexts == [
                "The fund pays for three things, the charity said on Monday:", "school fees", "bus passes", "meals",
            ])
    }

    @Test func keepsAParagraphAfterA300DeepBlock() throws {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 300) + "Deep text."
            + String(repeating: "</div>", count: 300) + "<p>After the deep block.</p></body></html>"
        #expect(try read(html).paragraphTexts == ["Deep text.", "After the deep block."])
    }

    @Test func givenDateWinsOverMetadata() throws {
        let reader = DocumentReader(date: DocumentDate(.year(2024), origin: .given))
        let document = try Fixtures.read("news-article.html", reader: reader)
        #expect(document.date?.point == .year(2024))
        #expect(document.date?.origin == .given)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func sniffsHTMLWithoutAnExtension() throws {
        let page = "<!doctype html><html><head><title>Floods | News</title></head><body><p>Rain.</p></body></html>"
        let document = try DocumentReader().read(bytes: Array(page.utf8), id: "page")
        #expect(document.title == "Floods")
    }
}
