import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleRender

/// Properties of every layout: labels, numbers and key lines never overlap, stay on the page,
/// hold their text, and every event is labelled, keyed or reported.
@Suite struct ChartLayoutTests {
    /// Every box with text on it: labels, number pills, key lines, tick labels.
    func inkBoxes(_ layout: ChartLayout) -> [(what: String, box: ChartLayout.Rect)] {
        var boxes: [(String, ChartLayout.Rect)] = []
        for mark in layout.marks {
            if let label = mark.label { boxes.append(("label of event \(mark.event)", label.box)) }
            if let number = mark.number, number.box.width > 0 { boxes.append(("number \(number.value)", number.box)) }
        }
        for entry in layout.key {
            let width = entry.origin.x - entry.pill.x + entry.line.width
            boxes.append(
                ("key line \(entry.number)", .init(x: entry.pill.x, y: entry.pill.y, width: width, height: 13)))
        }
        return boxes
    }

    func checkProperties(_ timeline: Timeline, options: ChartOptions = ChartOptions()) {
        let layout = ChartBuilder(timeline: timeline, options: options).build()
        let boxes = inkBoxes(layout)
        for (index, a) in boxes.enumerated() {
            #expect(a.box.x >= 0 && a.box.maxX <= layout.width + 0.01, "\(a.what) leaves the page")
            #expect(a.box.y >= 0 && a.box.maxY <= layout.height + 0.01, "\(a.what) leaves the page")
            for b in boxes[(index + 1)...] where a.box.intersects(b.box) {
                Issue.record("\(timeline.title): \(a.what) \(a.box) overlaps \(b.what) \(b.box)")
            }
        }
        for mark in layout.marks {
            guard let label = mark.label else { continue }
            // The text fits its box, and no other event's stem crosses it.
            for (origin, line) in label.lines {
                #expect(origin.x >= label.box.x && origin.x + line.width <= label.box.maxX + 0.01)
                #expect(origin.y > label.box.y && origin.y < label.box.maxY)
            }
            for other in layout.marks where other.event != mark.event {
                for stem in [other.label?.stem ?? [], other.number?.stem ?? []] {
                    for (from, to) in zip(stem, stem.dropFirst()) where crosses(from, to, label.box) {
                        Issue.record(
                            "\(timeline.title): a stem of event \(other.event) crosses the label of \(mark.event)")
                    }
                }
            }
        }
        // Each event is labelled, numbered in the key, or reported as a marker only.
        let labelled = Set(layout.marks.filter { $0.label != nil }.map(\.event))
        let keyed = Set(layout.key.map(\.event))
        let markerOnly = Set(layout.report.markerOnly)
        #expect(labelled.isDisjoint(with: keyed))
        #expect(labelled.count + keyed.count + markerOnly.count == timeline.events.count)
        #expect(layout.report.labelled == labelled.count)
        #expect(layout.marks.map(\.event) == Array(timeline.events.indices))
    }

    /// Whether a horizontal or vertical segment passes through the inside of a box.
    func crosses(_ a: ChartLayout.Point, _ b: ChartLayout.Point, _ box: ChartLayout.Rect) -> Bool {
        let inset = 0.5
        let low = (x: min(a.x, b.x), y: min(a.y, b.y))
        let high = (x: max(a.x, b.x), y: max(a.y, b.y))
        return low.x < box.maxX - inset && high.x > box.x + inset && low.y < box.maxY - inset
            && high.y > box.y + inset
    }

    @Test(arguments: 1...48)
    func labelsNeverOverlapOnRandomTimelines(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) * 7919)
        let count = [1, 2, 5, 12, 40, 90, 180, 320][random.int(8)]
        checkProperties(Fixtures.random(seed: UInt64(seed), count: count))
    }

    @Test func labelsNeverOverlapInTheHandMadeTimelines() {
        for timeline in [
            Fixtures.oneEvent, Fixtures.crowdedYear, Fixtures.twentyFiveCenturies, Fixtures.overlappingPeriods,
        ] {
            for orientation in Presentation.Orientation.allCases {
                for page in Presentation.Page.allCases {
                    checkProperties(timeline, options: ChartOptions(page: page, orientation: orientation))
                }
            }
        }
    }

    @Test func labelsEveryEventOfASmallTimeline() {
        let layout = ChartBuilder(timeline: Fixtures.overlappingPeriods, options: ChartOptions()).build()
        #expect(layout.report == ChartReport(labelled: 9, numbered: 0))
    }

    @Test func keysAndReportsWhatACrowdedPageCannotLabel() {
        let layout = ChartBuilder(timeline: Fixtures.crowdedYear, options: ChartOptions(page: .a4)).build()
        #expect(layout.report.labelled > 10)
        #expect(layout.report.numbered > 10)
        #expect(!layout.report.markerOnly.isEmpty)
        #expect(layout.report.messages.first?.hasPrefix("\(layout.report.markerOnly.count) events are drawn") == true)
        // Key numbers are the events' places in the timeline, as in the HTML list.
        for entry in layout.key { #expect(entry.number == entry.event + 1) }
        // A page sized to the content keys everything it cannot label.
        let fitted = ChartBuilder(timeline: Fixtures.crowdedYear, options: ChartOptions(page: .fit)).build()
        #expect(fitted.report.markerOnly.isEmpty)
        #expect(fitted.physicalSize == nil && fitted.width == 1200)
    }

    @Test func drawsApproximateDatesAsFadedExtentsNotPoints() {
        let layout = ChartBuilder(timeline: Fixtures.twentyFiveCenturies, options: ChartOptions()).build()
        let canals = layout.marks[0]
        #expect(canals.isApproximate)
        #expect(canals.extent != nil)
        // "c. 500 BCE" covers 501–499 BCE: three years, centred on 500 BCE.
        let exact = layout.marks[1]
        #expect(!exact.isApproximate)
        let periods = layout.marks.filter { $0.bar != nil }
        #expect(periods.count == 2)
    }

    @Test func breaksTheAxisAcrossLongEmptyStretches() {
        let compressed = ChartBuilder(timeline: Fixtures.twentyFiveCenturies, options: ChartOptions()).build()
        #expect(!compressed.axis.breaks.isEmpty)
        #expect(compressed.axis.breaks.allSatisfy { $0.leftOut.hasPrefix("Axis break: ") })
        var linear = Fixtures.twentyFiveCenturies
        linear.presentation.scale = .linear
        #expect(ChartBuilder(timeline: linear, options: ChartOptions()).build().axis.breaks.isEmpty)
    }

    @Test func sizesPagesInPrintUnits() {
        let timeline = Fixtures.oneEvent
        let a4 = ChartBuilder(timeline: timeline, options: ChartOptions(page: .a4, orientation: .landscape)).build()
        #expect(a4.physicalSize?.width == "297mm" && a4.physicalSize?.height == "210mm")
        let letter = ChartBuilder(timeline: timeline, options: ChartOptions(page: .letter, orientation: .portrait))
            .build()
        #expect(letter.physicalSize?.width == "8.5in" && letter.physicalSize?.height == "11in")
        #expect(letter.width == 816 && letter.height == 1056)
        #expect(letter.isVertical)
    }
}
