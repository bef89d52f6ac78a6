import Testing

@testable import ChronicleReader

@Suite struct HTMLRulesTests {
    @Test func splitsClassValuesIntoTokensAndNeighbourPairs() {
        #expect(
            HTMLRules.tokens("relatedArticles c-share__bar") == [
                "related", "articles", "c", "share", "bar", "relatedarticles", "articlesc", "cshare", "sharebar",
            ])
        #expect(HTMLRules.tokens("sr-only").contains("sronly"))
        #expect(HTMLRules.tokens("header") == ["header"])
        #expect(HTMLRules.tokens("") == [])
    }

    @Test func compactsClassValuesForBodyMarkers() {
        #expect(HTMLRules.compact("c-Article_Body js-2") == "carticlebodyjs2")
        #expect(HTMLRules.bodyMarkers.contains { HTMLRules.compact("story-body__inner").contains($0) })
    }

    @Test func keepsTokenTablesApart() {
        #expect(HTMLRules.strongTokens.isDisjoint(with: HTMLRules.positiveTokens))
        #expect(HTMLRules.weakTokens.isDisjoint(with: HTMLRules.positiveTokens))
        #expect(HTMLRules.strongTokens.isDisjoint(with: HTMLRules.weakTokens))
        let all = [HTMLRules.strongTokens, HTMLRules.weakTokens, HTMLRules.positiveTokens, HTMLRules.dateTokens]
        for table in all {
            #expect(table.allSatisfy { $0 == HTMLRules.compact($0) }, "tokens are compact and lowercased")
        }
        #expect(HTMLRules.neverText.isDisjoint(with: HTMLRules.blockElements.subtracting(["nav"])))
    }

    @Test func countsVisibleBytesEightAtATimeAsOneByOne() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<64 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let expected = bytes.filter { $0 > 0x20 }.count
            #expect(bytes.withUnsafeBufferPointer(HTMLPage.visibleBytes) == expected)
        }
    }

    @Test func listsMetaDateKeysOnceWithPublishedTimeFirst() {
        #expect(HTMLRules.dateMetaKeys.first == "article:published_time")
        #expect(Set(HTMLRules.dateMetaKeys).count == HTMLRules.dateMetaKeys.count)
    }

    /// Each class value, and whether an element carrying it is furniture.
    static let furnitureExamples: [(html: String, isKept: Bool)] = [
        ("<div class=\"site-header\">Site</div>", false), ("<div class=\"article-header\">Kept header</div>", true),
        ("<div class=\"share-tools\">Share</div>", false), ("<div id=\"cookieBanner\">Cookies</div>", false),
        ("<div class=\"related-articles\">Other</div>", false), ("<div class=\"mostRead\">Popular</div>", false),
        ("<span class=\"visually-hidden\">Screen reader</span>", false),
        ("<div class=\"story-content\">Kept story</div>", true),
        ("<div class=\"ad-slot\">Ad</div>", false), ("<div class=\"shadow\">Kept shadow</div>", true),
        ("<div class=\"thread\">Kept thread</div>", true), ("<div role=\"complementary\">Aside</div>", false),
        ("<p class=\"timestamp\">3 May 2020</p>", false), ("<li><span class=\"date\">2017</span> Kept item</li>", true),
    ]

    @Test func sortsElementsByTheirClassIdAndRole() throws {
        for example in Self.furnitureExamples {
            let padding = "<p>The committee met again on Thursday to review the budget for the coming year.</p>"
            let html = "<body><div>\(padding)\(example.html)\(padding)</div></body>"
            let document = try DocumentReader().read(bytes: Array(html.utf8), id: "r", format: .html)
            #expect(document.text.contains("Kept") == example.isKept, "\(example.html)")
        }
    }
}
