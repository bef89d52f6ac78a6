import ChronicleText
import ChronicleTimeline
import Foundation
import Testing

@testable import ChronicleRender

@Suite struct SVGRendererTests {
    @Test func writesAStandaloneSVGThatParsesWithTitleAndDescriptionFirst() throws {
        let svg = SVGRenderer().render(Fixtures.oneEvent)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        let parsed = try ParsedMarkup(svg: svg)
        let root = parsed.tree.nodes[parsed.tree.roots[0]]
        #expect(root.name == "svg")
        #expect(root.attribute("width") == "297mm" && root.attribute("height") == "210mm")
        let children = root.children.map { parsed.tree.nodes[$0] }.filter { $0.kind == .element }
        #expect(children.prefix(2).map(\.name) == ["title", "desc"])
        #expect(parsed.text(of: "title").first == "The dam deadline")
        #expect(parsed.text(of: "desc").first?.contains("1 event") == true)
        #expect(parsed.activeContent().isEmpty)
    }

    @Test func usesGenericFontFamiliesOnly() throws {
        let parsed = try ParsedMarkup(svg: SVGRenderer().render(Fixtures.twentyFiveCenturies))
        let families = Set(parsed.attributes.filter { $0.name == "font-family" }.map(\.value))
        #expect(families == ["sans-serif"])
    }

    @Test func givesTheSameBytesForTheSameTimeline() {
        let renderer = SVGRenderer(options: ChartOptions(orientation: .portrait))
        #expect(renderer.render(Fixtures.crowdedYear) == renderer.render(Fixtures.crowdedYear))
    }

    @Test func listsEventsInDateOrderForScreenReaders() throws {
        let parsed = try ParsedMarkup(svg: SVGRenderer().render(Fixtures.twentyFiveCenturies))
        let list = parsed.elements.first { $0.attribute("aria-label") == "Events in date order" }
        #expect(list?.attribute("role") == "list")
        let items = parsed.tree.nodes.indices.filter { parsed.tree.nodes[$0].attribute("role") == "listitem" }
        let titles = items.compactMap { index -> String? in
            let item = parsed.tree.nodes[index]
            guard let first = item.children.first, parsed.tree.nodes[first].name == "title" else { return nil }
            return parsed.tree.textContent(of: first)
        }
        #expect(titles.count == Fixtures.twentyFiveCenturies.events.count)
        #expect(titles.first == "c. 500 BCE: First canals dug along the river")
        #expect(titles.last == "9 June 2024 21:30: Polls close in the basin election")
        // The axis and bands are decoration.
        #expect(parsed.elements.first { $0.attribute("class") == "axis" }?.attribute("aria-hidden") == "true")
    }

    @Test func tellsCategoriesApartByShapeAndPatternNotColourAlone() throws {
        let parsed = try ParsedMarkup(svg: SVGRenderer().render(Fixtures.overlappingPeriods))
        let shapes = parsed.elements("path").filter { ($0.attribute("id") ?? "").hasPrefix("m") }.compactMap {
            $0.attribute("d")
        }
        #expect(shapes.count == 4 && Set(shapes).count == 4)
        let patterns = parsed.elements("pattern")
        #expect(patterns.count == 4)
        let bars = parsed.elements("rect").compactMap { $0.attribute("fill") }.filter { $0.hasPrefix("url(#p") }
        #expect(Set(bars).count == 4)
    }

    @Test func drawsApproximateDatesHollowAndFaded() throws {
        let svg = SVGRenderer().render(Fixtures.twentyFiveCenturies)
        let parsed = try ParsedMarkup(svg: svg)
        let approximateMarkers = parsed.elements("use").filter { ($0.attribute("xlink:href") ?? "").hasPrefix("#a") }
        #expect(approximateMarkers.count == 3)
        let faded = parsed.elements("rect").filter { $0.attribute("mask") == "url(#fade-both)" }
        #expect(faded.count >= 3)
        // An approximate start of an interval fades only that end.
        let overlap = try ParsedMarkup(svg: SVGRenderer().render(Fixtures.overlappingPeriods))
        #expect(overlap.elements("rect").contains { $0.attribute("mask") == "url(#fade-start)" })
    }

    @Test func labelsTheAxisWithEras() throws {
        let parsed = try ParsedMarkup(svg: SVGRenderer().render(Fixtures.twentyFiveCenturies))
        let axis = parsed.tree.nodes.indices.first { parsed.tree.nodes[$0].attribute("class") == "axis" }!
        let labels = parsed.tree.textContent(of: axis)
        #expect(labels.contains("BCE"))
    }

    @Test func reportsWhatItCouldNotLabel() {
        let result = SVGRenderer().renderWithReport(Fixtures.crowdedYear)
        #expect(!result.report.markerOnly.isEmpty)
        #expect(result.svg.contains("more events are shown only as a mark here"))
        #expect(SVGRenderer().renderWithReport(Fixtures.oneEvent).report.messages.isEmpty)
    }

    @Test func fitsTheDrawingToAWidth() throws {
        let svg = SVGRenderer(options: ChartOptions(page: .fit, fitWidth: 640)).render(Fixtures.overlappingPeriods)
        let root = try ParsedMarkup(svg: svg).elements("svg")[0]
        #expect(root.attribute("width") == "640")
        #expect(root.attribute("viewBox")?.hasPrefix("0 0 640 ") == true)
    }

    @Test func drawsEveryStemUnderTheMarkers() {
        let svg = SVGRenderer(options: ChartOptions(orientation: .portrait)).render(Fixtures.twentyFiveCenturies)
        let stems = svg.range(of: "<path class=\"stems\"")
        let events = svg.range(of: "<g class=\"events\"")
        #expect(stems != nil && events != nil)
        if let stems, let events { #expect(stems.lowerBound < events.lowerBound) }
    }

    @Test func breaksTheSourcesLineBetweenSourcesNotWithinOne() {
        var timeline = Fixtures.oneEvent
        timeline.sources = (1...7).map {
            Source(id: "s\($0)", title: "Annual report of the northern river basin authority, volume \($0)")
        }
        let layout = ChartBuilder(timeline: timeline, options: ChartOptions(orientation: .landscape)).build()
        let lines = layout.footer.map(\.text)
        #expect(lines.count >= 3)
        for number in 1...7 {
            let name = "[\(number)] Annual report of the northern river basin authority, volume \(number)"
                .replacingOccurrences(of: " ", with: "\u{00A0}")
            #expect(lines.filter { $0.contains(name) }.count == 1, "source \(number) is split across lines")
        }
    }

    @Test func givesTwelveCategoriesTwelveShapes() {
        let shapes = (0..<12).map { CategoryStyle.at($0).shape }
        #expect(Set(shapes).count == 12)
        let styles = (0..<24).map { "\(CategoryStyle.at($0).shape)\(CategoryStyle.at($0).color)" }
        #expect(Set(styles).count == 24)
    }
}
