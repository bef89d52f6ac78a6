import ChronicleText
import ChronicleTimeline
import Foundation
import Testing

@testable import ChronicleRender

@Suite struct HTMLRendererTests {
    let page = HTMLRenderer().render(Fixtures.twentyFiveCenturies)

    @Test func writesOneSelfContainedPageThatParses() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let parsed = ParsedMarkup(html: page)
        #expect(parsed.text(of: "title").first == "Twenty-five centuries of the river")
        #expect(parsed.elements("svg").count == 1)
        #expect(parsed.activeContent(allowedScript: HTMLPageAssets.script).isEmpty)
        // Nothing is fetched: no src, no external style sheets, no url() but data: in the CSS.
        #expect(!parsed.attributes.contains { $0.name == "src" })
        let css = parsed.text(of: "style").joined()
        #expect(!css.contains("@import"))
        #expect(css.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("\"data:") })
        let policy = parsed.elements("meta").first { $0.attribute("http-equiv") == "Content-Security-Policy" }
        #expect(policy?.attribute("content")?.hasPrefix("default-src 'none'") == true)
    }

    @Test func allowsOnlyItsOwnScriptByHash() {
        let parsed = ParsedMarkup(html: page)
        let scripts = parsed.text(of: "script")
        #expect(scripts == [HTMLPageAssets.script])
        let digest = Data(SHA256.digest(Array(scripts[0].utf8))).base64EncodedString()
        let policy = parsed.elements("meta").compactMap { $0.attribute("content") }.joined()
        #expect(policy.contains("script-src 'sha256-\(digest)'"))
    }

    @Test func listsEveryEventInOrderWithMachineReadableDates() {
        let parsed = ParsedMarkup(html: page)
        let items = parsed.elements("li").filter { $0.attribute("class") == "event" }
        #expect(items.count == Fixtures.twentyFiveCenturies.events.count)
        #expect(items.map { $0.attribute("id") ?? "" } == (1...items.count).map { "e-\($0)" })
        let datetimes = parsed.elements("time").compactMap { $0.attribute("datetime") }
        #expect(datetimes.contains("2024-06-09T21:30"))
        #expect(datetimes.contains("1929-10"))
        #expect(datetimes.contains("0079"))
        #expect(datetimes.contains("1914") && datetimes.contains("1918"))
        // HTML has no value for a year before the common era, a decade or a century.
        let plain = parsed.elements("span").filter { $0.attribute("class") == "date" }
        #expect(plain.count == 8)
        #expect(parsed.text(of: "h3").first == "5th century BCE")
    }

    @Test func quotesSourcesInNumberedNotes() {
        let parsed = ParsedMarkup(html: HTMLRenderer().render(Fixtures.oneEvent))
        let notes = parsed.elements("li").filter { ($0.attribute("id") ?? "").hasPrefix("n-") }
        #expect(notes.count == 1)
        #expect(parsed.text(of: "q") == ["The repairs were due by 22 December 2019 and were not made."])
        let references = parsed.elements("a").filter { $0.attribute("href") == "#n-1" }
        #expect(references.count == 1 && references[0].attribute("id") == "r-1")
        #expect(parsed.text(of: "cite").contains("Basin authority annual report"))
        let sources = parsed.elements("li").filter { $0.attribute("id") == "s-1" }
        #expect(sources.count == 1)
    }

    @Test func linksOnlyWebAddresses() {
        let parsed = ParsedMarkup(html: HTMLRenderer().render(Fixtures.overlappingPeriods))
        let external = parsed.elements("a").compactMap { $0.attribute("href") }.filter { !$0.hasPrefix("#") }
        #expect(external == ["https://example.org/relief"])
        #expect(SafeURL.web(" javascript:alert(1)") == nil)
        #expect(SafeURL.web("JAVASCRIPT:alert(1)") == nil)
        #expect(SafeURL.web("data:text/html,x") == nil)
        #expect(SafeURL.web("https://example.org/a b") == nil)
        #expect(SafeURL.web("HTTPS://example.org/a") == "HTTPS://example.org/a")
    }

    @Test func printsAsAHandout() {
        let css = ParsedMarkup(html: page).text(of: "style").joined()
        #expect(css.contains("@page{size:A4 portrait"))
        #expect(css.contains("@page chart{size:A4 landscape"))
        #expect(css.contains("li.event{") && css.contains("break-inside:avoid"))
        #expect(css.contains("@media print{\nbody{font-size:11pt"))
        #expect(css.contains("#large-print:checked~*{font-size:18pt}"))
        // In large print the date stands over the title, which gets the whole width.
        #expect(css.contains("#large-print:checked~main .when{float:none"))
        #expect(css.contains("@media (prefers-color-scheme:dark)"))
        let letter = HTMLRenderer(options: ChartOptions(page: .letter, orientation: .portrait)).render(
            Fixtures.oneEvent)
        #expect(letter.contains("@page chart{size:letter portrait"))
    }

    @Test func startsInLargePrintWhenAsked() {
        let large = ParsedMarkup(html: HTMLRenderer(largePrint: true).render(Fixtures.oneEvent))
        let box = large.elements("input").first { $0.attribute("id") == "large-print" }
        #expect(box?.attribute("checked") != nil)
        let normal = ParsedMarkup(html: HTMLRenderer().render(Fixtures.oneEvent))
        #expect(normal.elements("input").first { $0.attribute("id") == "large-print" }?.attribute("checked") == nil)
    }

    @Test func hidesTheFiltersUntilTheScriptShowsThem() {
        let parsed = ParsedMarkup(html: page)
        let tools = parsed.elements("div").first { $0.attribute("id") == "tools" }
        #expect(tools?.attribute("hidden") != nil)
        #expect(!parsed.elements("li").contains { $0.attribute("hidden") != nil })
    }

    @Test func usesUniqueIDs() {
        let ids = ParsedMarkup(html: HTMLRenderer().render(Fixtures.crowdedYear)).attributes.filter { $0.name == "id" }
            .map(\.value)
        #expect(Set(ids).count == ids.count)
    }

    @Test func leavesTheTitleToThePageHeadingInsteadOfRepeatingItInTheChart() {
        let timeline = Fixtures.twentyFiveCenturies
        let standalone = SVGRenderer().render(timeline)
        #expect(standalone.contains("<g class=\"header\">"))
        let svgStart = page.range(of: "<svg")!.lowerBound
        let svgEnd = page.range(of: "</svg>")!.upperBound
        let inline = String(page[svgStart..<svgEnd])
        #expect(!inline.contains("<g class=\"header\">"))
        // The chart's accessible name stays; the page's own heading carries the title once.
        #expect(inline.contains("<title id=\"chart-title\">Twenty-five centuries of the river</title>"))
        #expect(ParsedMarkup(html: page).text(of: "h1") == ["Twenty-five centuries of the river"])
        #expect(page.components(separatedBy: "From 500 BCE to 2024").count == 3)  // <p>, and the chart's <desc>
    }

    @Test func putsTheLargePrintSwitchInTheHeaderWithItsBoxBeforeEverythingItEnlarges() {
        let parsed = ParsedMarkup(html: page)
        let body = parsed.tree.nodes[parsed.tree.elements(named: "body")[0]]
        let bodyChildren = body.children.map { parsed.tree.nodes[$0] }.filter { $0.kind == .element }
        #expect(bodyChildren.map(\.name).prefix(3) == ["a", "input", "header"])
        let header = parsed.tree.elements(named: "header")[0]
        let label = parsed.tree.nodes[header].children.map { parsed.tree.nodes[$0] }.first { $0.name == "label" }
        #expect(label?.attribute("for") == "large-print")
        let css = parsed.text(of: "style").joined()
        #expect(css.contains("#large-print:focus-visible~header .large-print{outline:3px solid"))
    }

    @Test func capitalizesDatesThatOpenWithAWordButNotCirca() {
        #expect(HTMLDates.capitalized("first quarter of 2020") == "First quarter of 2020")
        #expect(HTMLDates.capitalized("c. 2019") == "c. 2019")
        #expect(HTMLDates.capitalized("22 December 2019") == "22 December 2019")
        let parsed = ParsedMarkup(html: HTMLRenderer().render(Fixtures.twentyFiveCenturies))
        #expect(parsed.text(of: "time").contains("Fourth quarter of 2008"))
    }

    @Test func countsUnlabelledEventsInTheCaptionInGoodEnglish() {
        let crowded = ParsedMarkup(html: HTMLRenderer().render(Fixtures.crowdedYear))
        let caption = crowded.text(of: "figcaption").joined()
        #expect(!caption.contains("1 events"))
        #expect(caption.hasPrefix("Chart of the events listed below."))
    }

    @Test func writesASpanOfYearsUnspacedAndASpanOfDatesSpaced() {
        let page = HTMLRenderer().render(Fixtures.overlappingPeriods)
        #expect(page.contains("<time datetime=\"2010\">2010</time>\u{2013}<time datetime=\"2020\">2020</time>"))
        #expect(page.contains("<time datetime=\"2012-03\">March 2012</time> \u{2013} <time datetime=\"2013-06\">"))
    }
}
