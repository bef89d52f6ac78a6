import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct HTMLReaderTests {
    let page = """
        <!doctype html><html><head><title>Floods hit the north | Example News</title>
        <meta property="article:published_time" content="2024-08-02T09:00:00Z">
        <script>var x = "In 1999 nothing";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Floods hit the north</h1><p>Heavy rain fell on
        Tuesday.</p><p>Officials said &ldquo;roads are closed&rdquo; &amp; schools shut.</p></article>
        <footer>Copyright 2024 Example News</footer></body></html>
        """

    @Test func keepsArticleTextWithoutNavigationOrScripts() throws {
        let document = try DocumentReader().read(bytes: Array(page.utf8), id: "page", format: .html)
        #expect(
            document.paragraphs.map { document.text(in: $0) } == [
                "Floods hit the north", "Heavy rain fell on Tuesday.",
                "Officials said “roads are closed” & schools shut.",
            ])
        #expect(document.headings == [0])
    }

    @Test func takesTitleAndPublishedDateFromTheHead() throws {
        let document = try DocumentReader().read(bytes: Array(page.utf8), id: "page", format: .html)
        #expect(document.title == "Floods hit the north")
        #expect(document.date?.point == TimePoint.day(2024, 8, 2))
        #expect(document.date?.origin == .metadata)
    }

    @Test func givenDateWinsOverMetadata() throws {
        let reader = DocumentReader(date: DocumentDate(.year(2024), origin: .given))
        let document = try reader.read(bytes: Array(page.utf8), id: "page", format: .html)
        #expect(document.date?.point == .year(2024))
    }

    @Test func sniffsHTMLWithoutAnExtension() throws {
        let document = try DocumentReader().read(bytes: Array(page.utf8), id: "page")
        #expect(document.title == "Floods hit the north")
    }
}
