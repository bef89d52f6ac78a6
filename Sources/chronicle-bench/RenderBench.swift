import Chronicle
import Foundation

extension Benchmark {
    /// 10,000 events in four categories over 35 years, rendered to SVG, HTML and text.
    static let render = Benchmark(name: "render") {
        let timeline = RenderBenchData.timeline(events: 10_000)
        var bytes = (svg: 0, html: 0, text: 0)
        var unlabelled = 0
        let seconds = fastest(of: 5) {
            let svg = SVGRenderer().renderWithReport(timeline)
            let html = HTMLRenderer().render(timeline)
            let text = TextRenderer().render(timeline)
            bytes = (svg.svg.utf8.count, html.utf8.count, text.utf8.count)
            unlabelled = svg.report.markerOnly.count
        }
        let svgSeconds = fastest(of: 5) { _ = SVGRenderer().render(timeline) }
        let htmlSeconds = fastest(of: 5) { _ = HTMLRenderer().render(timeline) }
        let textSeconds = fastest(of: 5) { _ = TextRenderer().render(timeline) }
        print(
            "render: \(timeline.events.count) events to SVG + HTML + text in \(String(format: "%.3f", seconds)) s "
                + "(SVG \(String(format: "%.3f", svgSeconds)) s, \(bytes.svg / 1024) KB; "
                + "HTML \(String(format: "%.3f", htmlSeconds)) s, \(bytes.html / 1024) KB; "
                + "text \(String(format: "%.3f", textSeconds)) s, \(bytes.text / 1024) KB; "
                + "\(unlabelled) events drawn as marks only)  [swift run -c release chronicle-bench render]")
    }
}

/// A made-up timeline of any size: the same every run (a fixed linear congruential sequence).
enum RenderBenchData {
    static func timeline(events count: Int) -> Timeline {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = [
            "council", "approves", "river", "budget", "court", "rules", "on", "harbor", "dispute", "ministry",
            "publishes", "drought", "report", "workers", "strike", "at", "the", "grain", "terminal", "talks",
        ]
        let categories = ["politics", "economy", "courts", "environment"]
        let sources = (1...12).map { Source(id: "source-\($0)", title: "Report number \($0)") }
        var events: [Event] = []
        for index in 0..<count {
            let year = 1990 + next(35)
            let date: EventDate
            switch next(10) {
            case 0: date = .interval(from: .year(year), to: .year(year + 1 + next(4)))
            case 1: date = .point(TimePoint.month(year, 1 + next(12))!.approximate())
            case 2, 3: date = .point(.year(year))
            default: date = .point(.day(year, 1 + next(12), 1 + next(28))!)
            }
            let title = (0..<(4 + next(8))).map { _ in words[next(words.count)] }.joined(separator: " ")
            let citations = (0..<(1 + next(3))).map { _ in
                Citation(
                    sourceID: sources[next(sources.count)].id, quote: "A sentence that says: \(title).", range: 0..<40)
            }
            events.append(
                Event(
                    id: "event-\(index)", date: date, title: title.prefix(1).uppercased() + title.dropFirst(),
                    category: categories[next(categories.count)], importance: Double(next(100)) / 100,
                    citations: citations))
        }
        events.sort { $0.date < $1.date }
        return Timeline(
            title: "Ten thousand events", subtitle: "A benchmark", sources: sources,
            categories: categories.map { Category(id: $0, name: $0.capitalized) }, events: events)
    }
}
