import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleRender

/// Timelines at the edges: nothing in them, everything on one day, dates a hundred thousand
/// years apart, a title of thousands of characters, more categories than there are styles.
@Suite struct EdgeCaseTests {
    static let cases: [(name: String, timeline: Timeline)] = {
        let long = String(repeating: "Flood ", count: 900) + "ends"
        let sameDay = (0..<60).map {
            Event(id: "d\($0)", date: .point(.time(2020, 2, 29, hour: $0 % 24, minute: $0)!), title: "Gate \($0) opens")
        }
        let categories = (0..<12).map { Category(id: "c\($0)", name: "Category \($0)") }
        return [
            ("empty", Timeline(title: "Nothing yet")),
            ("untitled event", Timeline(title: "", events: [Event(id: "x", date: .point(.year(2000)), title: "")])),
            (
                "long title",
                Timeline(title: long, subtitle: long, events: [Event(id: "x", date: .point(.year(2000)), title: long)])
            ),
            ("one day", Timeline(title: "Leap day", events: sameDay)),
            (
                "deep time",
                Timeline(
                    title: "Deep time",
                    events: [
                        Event(id: "a", date: .point(.year(-99_999)), title: "First fires"),
                        Event(id: "b", date: .interval(from: .year(0), to: .year(1)), title: "Across the era"),
                        Event(id: "c", date: .point(.day(2024, 1, 1)!), title: "Today"),
                    ])
            ),
            (
                "many categories",
                Timeline(
                    title: "Twelve kinds", categories: categories,
                    events: (0..<48).map {
                        Event(
                            id: "e\($0)", date: .point(.month(2000 + $0 / 12, 1 + $0 % 12)!), title: "Event \($0)",
                            category: "c\($0 % 12)")
                    })
            ),
        ]
    }()

    @Test(arguments: EdgeCaseTests.cases.map(\.name))
    func rendersEveryFormatAndPageWithoutTrouble(name: String) throws {
        let timeline = EdgeCaseTests.cases.first { $0.name == name }!.timeline
        for page in Presentation.Page.allCases {
            for orientation in Presentation.Orientation.allCases {
                let options = ChartOptions(page: page, orientation: orientation, fitWidth: 320)
                let svg = SVGRenderer(options: options).renderWithReport(timeline)
                let parsed = try ParsedMarkup(svg: svg.svg)
                #expect(parsed.elements("svg").count == 1)
                #expect(!svg.svg.contains("nan") && !svg.svg.contains("inf"))
                let layout = ChartBuilder(timeline: timeline, options: options).build()
                #expect(layout.width > 0 && layout.height > 0 && layout.height < 1_000_000)
                #expect(layout.marks.count == timeline.events.count)
                let html = HTMLRenderer(options: options).render(timeline)
                #expect(
                    ParsedMarkup(html: html).elements("li").filter { $0.attribute("class") == "event" }.count
                        == timeline.events.count)
            }
        }
        let text = TextRenderer(width: 40).render(timeline)
        #expect(text.split(separator: "\n").allSatisfy { TextColumns.width(String($0)) <= 40 })
    }

    /// Labels that would need a portrait longer than the longest fitted chart: the chart stops
    /// at its longest and labels what fits (it once grew forever).
    @Test(.timeLimit(.minutes(1))) func endsAFittedPortraitTooLongForEveryLabel() {
        let title = "Harbor board publishes its report on the levee contracts and the river treaty talks"
        let timeline = Timeline(
            title: "Too many",
            events: (0..<1500).map { Event(id: "e\($0)", date: .point(.day(2021, 5, 1 + $0 % 28)!), title: title) })
        let layout = ChartBuilder(
            timeline: timeline, options: ChartOptions(page: .fit, orientation: .portrait, fitWidth: 320)
        ).build()
        #expect(layout.report.labelled > 100)
        #expect(layout.report.labelled + layout.report.markerOnly.count == 1500)
        #expect(layout.height < 42_000)
    }
}
