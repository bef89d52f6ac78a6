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
        // Key numbers are the events' places in the timeline, as in the HTML list, and each is on
        // the chart beside its marker.
        for entry in layout.key {
            #expect(entry.number == entry.event + 1)
            #expect((layout.marks[entry.event].number?.box.width ?? 0) > 0)
        }
        #expect(layout.marks.filter { $0.number != nil }.count == layout.key.count)
        // A page sized to the content labels or numbers more of them; what stays a bare marker
        // is boxed in by its neighbours' stems.
        let fitted = ChartBuilder(timeline: Fixtures.crowdedYear, options: ChartOptions(page: .fit)).build()
        #expect(fitted.report.markerOnly.count * 2 < layout.report.markerOnly.count)
        #expect(fitted.report.labelled + fitted.report.numbered > layout.report.labelled + layout.report.numbered)
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

/// Who gets a label when not everyone can, and how the labels of a portrait chart line up.
@Suite struct ChartLabellingTests {
    func importance(_ layout: ChartLayout, _ timeline: Timeline, where keep: (ChartLayout.Mark) -> Bool) -> Double {
        let values = layout.marks.filter(keep).map { timeline.events[$0.event].importance }
        return values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    @Test func labelsImportantEventsRatherThanNumberingThem() {
        let timeline = Fixtures.crowdedYear
        let layout = ChartBuilder(timeline: timeline, options: ChartOptions(page: .a4)).build()
        // The page holds a few dozen labels and numbers: they go to the important events, and
        // the five most important of all are labelled.
        let shown = importance(layout, timeline) { $0.label != nil || $0.number != nil }
        let bare = importance(layout, timeline) { $0.label == nil && $0.number == nil }
        #expect(shown > bare + 0.2)
        let builder = ChartBuilder(timeline: timeline, options: ChartOptions(page: .a4))
        for index in builder.priority.prefix(5) { #expect(layout.marks[index].label != nil) }
    }

    @Test func weighsOneImportantLabelAboveSeveralMinorOnes() {
        var timeline = Fixtures.oneEvent
        let base = timeline.events[0]
        timeline.events = [0.7, 0.45, 0.45].enumerated().map { offset, value in
            var event = base
            event.id = "e\(offset)"
            event.importance = value
            return event
        }
        timeline.events[2].isPinned = true
        let weights = ChartBuilder(timeline: timeline, options: ChartOptions()).labelWeights
        #expect(weights[0] > 7 * weights[1])
        #expect(weights[2] > 1000 * weights[0])
    }

    @Test func stacksTheLabelsOfEventsOnOneDateAlongOneStem() {
        var timeline = Fixtures.oneEvent
        let base = timeline.events[0]
        timeline.events = ["Levee breaks at the ford", "Mayor orders the old town cleared", "Army sends boats"]
            .enumerated().map { offset, title in
                var event = base
                event.id = "same-day-\(offset)"
                event.title = title
                return event
            }
        let layout = ChartBuilder(timeline: timeline, options: ChartOptions(page: .a4)).build()
        #expect(layout.report == ChartReport(labelled: 3, numbered: 0))
    }

    @Test func setsPortraitLabelsInOneColumnInDateOrderWithLeadersThatNeverCross() {
        let timeline = Fixtures.crowdedYear
        let layout = ChartBuilder(timeline: timeline, options: ChartOptions(page: .a4, orientation: .portrait))
            .build()
        let labelled = layout.marks.filter { $0.label != nil }.sorted {
            $0.marker.y != $1.marker.y ? $0.marker.y < $1.marker.y : $0.event < $1.event
        }
        #expect(labelled.count >= 40)
        #expect(Set(labelled.map { $0.label!.box.x }).count == 1)
        // Labels follow their markers down the page, so the leaders between them cannot cross.
        for (a, b) in zip(labelled, labelled.dropFirst()) {
            #expect(a.label!.box.maxY <= b.label!.box.y + 0.01)
        }
        // Each leader stays within reach of its marker.
        for mark in labelled {
            let joint = mark.label!.box.y + 1 + ChartMetrics.line / 2
            #expect(abs(joint - mark.marker.y) <= ChartMetrics.leaderReach + 0.01)
        }
        // The ten most important events are all labelled; no number needs a key.
        let builder = ChartBuilder(timeline: timeline, options: ChartOptions(page: .a4, orientation: .portrait))
        for index in builder.priority.prefix(10) { #expect(layout.marks[index].label != nil) }
        #expect(layout.key.isEmpty && layout.report.numbered == 0)
        #expect(layout.report.labelled + layout.report.markerOnly.count == timeline.events.count)
    }

    @Test func labelsEveryEventOfAPortraitSizedToItsContent() {
        let layout = ChartBuilder(
            timeline: Fixtures.crowdedYear, options: ChartOptions(page: .fit, orientation: .portrait)
        ).build()
        #expect(layout.report.markerOnly.isEmpty)
        #expect(layout.report.labelled == Fixtures.crowdedYear.events.count)
    }

    @Test func labelsEveryEventOfASmallPortraitTimelineInFull() {
        let layout = ChartBuilder(
            timeline: Fixtures.overlappingPeriods, options: ChartOptions(orientation: .portrait)
        ).build()
        #expect(layout.report == ChartReport(labelled: 9, numbered: 0))
        #expect(layout.marks.allSatisfy { !($0.label?.lines.last?.line.regular.hasSuffix("\u{2026}") ?? true) })
    }

    @Test func centresASparsePageAndEndsTheChartInsideHTMLBelowItsContent() {
        let standalone = ChartBuilder(timeline: Fixtures.oneEvent, options: ChartOptions(page: .a4)).build()
        #expect(standalone.height == ChartMetrics.paper(.a4)!.height)
        // The axis sits near the middle of the page rather than under the title.
        let axisY = standalone.axis.lines[0].0.y
        #expect(axisY > standalone.height * 0.4 && axisY < standalone.height * 0.7)
        var builder = ChartBuilder(timeline: Fixtures.oneEvent, options: ChartOptions(page: .a4))
        builder.showsHeader = false
        builder.cropsToContent = true
        let inline = builder.build()
        #expect(inline.height < standalone.height / 2)
        #expect(inline.footer.allSatisfy { $0.y < inline.height })
    }
}
