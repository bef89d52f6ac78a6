import ChronicleTimeline
import Testing

@testable import ChronicleRender

/// The hand-made timelines, rendered to every format and compared with the files in
/// `Golden/` (re-record with `CHRONICLE_RECORD_GOLDEN=1 swift test`, then look at them with
/// `scripts/check-render.sh`). Each output is also read back.
@Suite struct GoldenTests {
    static let cases: [(name: String, timeline: Timeline)] = [
        ("one-event", Fixtures.oneEvent), ("crowded-year", Fixtures.crowdedYear),
        ("twenty-five-centuries", Fixtures.twentyFiveCenturies), ("overlapping-periods", Fixtures.overlappingPeriods),
    ]

    @Test(arguments: GoldenTests.cases.map(\.name))
    func rendersTheHandMadeTimelinesAsRecorded(name: String) throws {
        let timeline = GoldenTests.cases.first { $0.name == name }!.timeline
        let svg = SVGRenderer().render(timeline)
        _ = try ParsedMarkup(svg: svg)
        Golden.check(svg, matches: "\(name).svg")
        let portrait = SVGRenderer(options: ChartOptions(orientation: .portrait)).render(timeline)
        _ = try ParsedMarkup(svg: portrait)
        Golden.check(portrait, matches: "\(name)-portrait.svg")
        let html = HTMLRenderer().render(timeline)
        #expect(ParsedMarkup(html: html).elements("li").count >= timeline.events.count)
        Golden.check(html, matches: "\(name).html")
        Golden.check(TextRenderer().render(timeline), matches: "\(name).txt")
    }
}
