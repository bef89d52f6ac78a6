import ChronicleText
import ChronicleTimeline
import Foundation

/// Builds a ``ChartLayout``: measures the header and footer, builds the time scale, packs the
/// interval bars into tracks and the labels into slots, and keys what does not fit.
///
/// Landscape and portrait share every step; they differ only in which screen axis time runs
/// along (see `ChartBuilder+Landscape.swift` and `ChartBuilder+Portrait.swift`).
struct ChartBuilder {
    /// An event's stretch of time in days, and what to draw for it.
    struct Extent {
        /// The days the date covers, half-open (`last` is the day after).
        var first: Double
        var last: Double
        /// The stretch drawn, wider at approximate ends.
        var drawnFirst: Double
        var drawnLast: Double
        var isInterval: Bool
        var startIsApproximate: Bool
        var endIsApproximate: Bool
        /// Where the marker and the label's stem go: the middle of a point's extent, the start of
        /// an interval.
        var anchor: Double
    }

    let timeline: Timeline
    let isVertical: Bool
    let isFitted: Bool
    let width: Double
    let pageHeight: Double
    let physical: (String, String)?
    let margin: Double
    let palette: ChartPalette
    let categories: [(id: String, name: String, style: CategoryStyle)]
    /// The category (legend index) of each event.
    let categoryOfEvent: [Int]
    /// The lane of each event: its category's lane, or 0 without lanes.
    private(set) var laneOfEvent: [Int]
    private(set) var laneCount: Int
    let extents: [Extent]
    /// Event indexes, most important first: pinned, then importance, then date.
    let priority: [Int]
    /// The short date of each event, as labels write it.
    let dates: [String]
    /// Whether the chart carries the title, subtitle and counts: a standalone SVG does; the
    /// chart inside the HTML page leaves them to the page's own heading.
    var showsHeader = true
    /// Whether a page-sized chart with room to spare ends below its content (the chart inside
    /// the HTML page) rather than filling the paper with its body centred (the standalone SVG).
    var cropsToContent = false

    init(timeline: Timeline, options: ChartOptions) {
        self.timeline = timeline
        let presentation = timeline.presentation
        let page = options.page ?? presentation.page
        isVertical = (options.orientation ?? presentation.orientation) == .portrait
        palette = ChartPalette.of(presentation.theme)
        if let paper = ChartMetrics.paper(page) {
            isFitted = false
            width = isVertical ? paper.height : paper.width
            pageHeight = isVertical ? paper.width : paper.height
            physical = isVertical ? (paper.physical.1, paper.physical.0) : paper.physical
            margin = ChartMetrics.pageMargin
        } else {
            isFitted = true
            width = min(max(options.fitWidth.isFinite ? options.fitWidth : 1200, 320), 20_000)
            pageHeight = 0
            physical = nil
            margin = ChartMetrics.fitMargin
        }

        // Legend order: the timeline's categories that have events, then any others by id.
        let used = Set(timeline.events.map(\.category))
        var ordered: [(id: String, name: String)] = timeline.categories.filter { used.contains($0.id) }.map {
            ($0.id, $0.name)
        }
        var seen = Set(ordered.map(\.id))
        for id in used.sorted() where !seen.contains(id) {
            ordered.append((id, id == Category.general.id ? Category.general.name : ChartBuilder.displayName(id)))
            seen.insert(id)
        }
        categories = ordered.enumerated().map { ($0.element.id, $0.element.name, CategoryStyle.at($0.offset)) }
        let indexOfCategory = Dictionary(
            uniqueKeysWithValues: categories.enumerated().map { ($0.element.id, $0.offset) })
        categoryOfEvent = timeline.events.map { indexOfCategory[$0.category] ?? 0 }
        let lanes = presentation.lanes && categories.count > 1
        laneOfEvent = lanes ? categoryOfEvent : Array(repeating: 0, count: timeline.events.count)
        laneCount = lanes ? categories.count : 1

        extents = timeline.events.map { ChartBuilder.extent(of: $0.date) }
        priority = timeline.events.indices.sorted { a, b in
            let x = timeline.events[a]
            let y = timeline.events[b]
            if x.isPinned != y.isPinned { return x.isPinned }
            if x.importance != y.importance { return x.importance > y.importance }
            return a < b
        }
        dates = timeline.events.map { $0.date.formatted(.short) }
    }

    /// "human-rights" → "Human rights".
    static func displayName(_ id: String) -> String {
        let words = id.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The days of a date, with times of day as fractions of a day.
    static func extent(of date: EventDate) -> Extent {
        // "early 1990s", "mid-2017", "late June 2024": the third of the period the source names.
        func third(_ point: TimePoint) -> (first: Double, last: Double) {
            let first = Double(point.firstDay)
            let last = Double(point.lastDay + 1)
            let length = (last - first) / 3
            switch point.phase {
            case .early?: return (first, first + length)
            case .mid?: return (first + length, last - length)
            case .late?: return (last - length, last)
            case nil: return (first, last)
            }
        }
        func start(_ point: TimePoint) -> Double {
            var day = third(point).first
            if point.precision == .time { day += Double((point.hour ?? 0) * 60 + (point.minute ?? 0)) / 1440 }
            return day
        }
        func end(_ point: TimePoint) -> Double {
            point.precision == .time ? start(point) : third(point).last
        }
        let from = date.start
        let to = date.end
        var first = start(from)
        var last = end(to)
        if last < first { swap(&first, &last) }
        // "c. 2014" may be a year either way: widen each approximate end by its own length.
        let fromLength = max(end(from) - start(from), 1)
        let toLength = max(end(to) - start(to), 1)
        let isInterval: Bool
        if case .interval = date { isInterval = true } else { isInterval = false }
        return Extent(
            first: first, last: last,
            drawnFirst: from.isApproximate ? first - fromLength : first,
            drawnLast: to.isApproximate ? last + toLength : last,
            isInterval: isInterval, startIsApproximate: from.isApproximate, endIsApproximate: to.isApproximate,
            anchor: isInterval ? first : (first + last) / 2)
    }

    func build() -> ChartLayout {
        isVertical ? buildPortrait() : buildLandscape()
    }

    /// The same chart with every event in one lane; categories still differ by shape and colour.
    func withoutLanes() -> ChartBuilder {
        var copy = self
        copy.laneOfEvent = Array(repeating: 0, count: extents.count)
        copy.laneCount = 1
        return copy
    }

    // MARK: - Shared parts

    var contentWidth: Double { width - 2 * margin }

    /// Title, subtitle and the line of counts, from the top margin down; returns the lines and
    /// where the next block starts.
    func header() -> (lines: [ChartLayout.TextLine], bottom: Double) {
        var lines: [ChartLayout.TextLine] = []
        var y = margin
        guard showsHeader else { return (lines, y) }
        let title = LabelText.wrap(
            lead: timeline.title, text: "", size: ChartMetrics.titleSize, maxWidth: contentWidth, maxLines: 2)
        for line in title.lines {
            y += ChartMetrics.titleLine
            lines.append(
                .init(x: margin, y: y - 7, text: line.bold + line.regular, size: ChartMetrics.titleSize, isBold: true))
        }
        if let subtitle = timeline.subtitle, !subtitle.isEmpty {
            let wrapped = LabelText.wrap(
                lead: "", text: subtitle, size: ChartMetrics.subtitleSize, maxWidth: contentWidth, maxLines: 2)
            for line in wrapped.lines {
                y += ChartMetrics.subtitleLine
                lines.append(.init(x: margin, y: y - 5, text: line.regular, size: ChartMetrics.subtitleSize))
            }
        }
        y += ChartMetrics.metaLine
        lines.append(
            .init(x: margin, y: y - 4, text: counts(), size: ChartMetrics.metaSize, tone: .muted))
        return (lines, y + 6)
    }

    /// "58 events · 5 sources · 2014–2024".
    func counts() -> String { TimelineCounts.text(timeline) }

    /// The legend, flowing left to right from `top`; returns the items and where it ends.
    func legend(top: Double) -> (items: [ChartLayout.LegendItem], bottom: Double) {
        var entries: [(ChartLayout.LegendItem.Kind, String)] = []
        if categories.count > 1 {
            entries += categories.indices.map { (.category($0), categories[$0].name) }
        }
        if extents.contains(where: { $0.isInterval }) { entries.append((.period, "Period")) }
        if extents.contains(where: { $0.startIsApproximate || $0.endIsApproximate }) {
            entries.append((.approximate, "Approximate date (c.)"))
        }
        guard !entries.isEmpty else { return ([], top) }
        var items: [ChartLayout.LegendItem] = []
        var x = margin
        var y = top + ChartMetrics.legendRow / 2
        for (kind, name) in entries {
            let symbolWidth = kind == .period || kind == .approximate ? 22.0 : 12.0
            let textWidth = TextMeasure.width(name, size: ChartMetrics.legendSize)
            if x > margin && x + symbolWidth + 5 + textWidth > width - margin {
                x = margin
                y += ChartMetrics.legendRow
            }
            items.append(
                .init(
                    kind: kind, symbol: .init(x: x + symbolWidth / 2, y: y),
                    label: .init(x: x + symbolWidth + 5, y: y + 4, text: name, size: ChartMetrics.legendSize)))
            x += symbolWidth + 5 + textWidth + 18
        }
        return (items, y + ChartMetrics.legendRow / 2 + 4)
    }

    /// "Sources: A; B; C" wrapped to at most four lines, and notes, set from `bottom` up.
    func footer(bottom: Double, notes: [String]) -> (lines: [ChartLayout.TextLine], top: Double) {
        var texts: [ChartLayout.TextLine] = []
        var rows: [(String, ChartLayout.TextLine.Tone)] = []
        if !timeline.sources.isEmpty {
            // No-break spaces inside each name: lines break between sources, not within one.
            let names = timeline.sources.enumerated().map {
                "[\($0.offset + 1)] \($0.element.displayName)".replacingOccurrences(of: " ", with: "\u{00A0}")
            }
            let wrapped = LabelText.wrap(
                lead: "Sources:", text: names.joined(separator: "; "), size: ChartMetrics.footerSize,
                maxWidth: contentWidth, maxLines: 4)
            for line in wrapped.lines { rows.append((line.bold + line.regular, .muted)) }
        }
        for note in notes {
            let wrapped = LabelText.wrap(
                lead: "", text: note, size: ChartMetrics.footerSize, maxWidth: contentWidth, maxLines: 2)
            for line in wrapped.lines { rows.append((line.regular, .muted)) }
        }
        var y = bottom - Double(rows.count) * ChartMetrics.footerLine
        let top = y
        for (text, tone) in rows {
            y += ChartMetrics.footerLine
            texts.append(.init(x: margin, y: y - 3, text: text, size: ChartMetrics.footerSize, tone: tone))
        }
        return (texts, top)
    }

    /// The lines a footer of these notes would take.
    func footerHeight(notes: [String]) -> Double {
        footer(bottom: 0, notes: notes).top * -1
    }

    /// Packs interval bars into tracks, first fit by start, per lane; returns each event's track
    /// (nil for points) and the number of tracks of each lane.
    func tracks(position: (Double) -> Double) -> (track: [Int?], counts: [Int]) {
        var trackOf = [Int?](repeating: nil, count: extents.count)
        var ends = [[Double]](repeating: [], count: laneCount)
        for index in extents.indices where extents[index].isInterval {
            let lane = laneOfEvent[index]
            let start = position(extents[index].drawnFirst)
            let end = position(extents[index].drawnLast)
            if let free = ends[lane].firstIndex(where: { $0 + 3 <= start }) {
                trackOf[index] = free
                ends[lane][free] = end
            } else if ends[lane].count < ChartMetrics.maximumTracks {
                trackOf[index] = ends[lane].count
                ends[lane].append(end)
            } else {
                // Out of tracks: share the one that frees up first.
                let earliest = ends[lane].indices.min { ends[lane][$0] < ends[lane][$1] } ?? 0
                trackOf[index] = earliest
                ends[lane][earliest] = max(ends[lane][earliest], end)
            }
        }
        return (trackOf, ends.map(\.count))
    }

    /// What a screen reader says for an event: "22 December 2019: Title".
    func description(of index: Int) -> String {
        let event = timeline.events[index]
        return "\(event.date.formatted(.long)): \(event.title)"
    }

    /// The largest-remainder split of `total` rows between lanes in proportion to `demand`,
    /// at least `minimum` each.
    static func allocate(_ total: Int, demand: [Int], minimum: Int) -> [Int] {
        guard !demand.isEmpty else { return [] }
        let floor = minimum == 0 ? 0 : max(1, min(minimum, total / demand.count))
        var rows = demand.map { _ in floor }
        var left = total - floor * demand.count
        guard left > 0 else { return rows }
        let wants = demand.map { max($0 - floor, 0) }
        let wanted = wants.reduce(0, +)
        if wanted <= left {
            return zip(rows, wants).map { $0 + $1 }
        }
        let shares = wants.map { Double($0) * Double(left) / Double(wanted) }
        for index in rows.indices { rows[index] += Int(shares[index]) }
        left -= shares.map { Int($0) }.reduce(0, +)
        let order = rows.indices.sorted {
            let a = shares[$0] - shares[$0].rounded(.down)
            let b = shares[$1] - shares[$1].rounded(.down)
            return a != b ? a > b : $0 < $1
        }
        for index in order.prefix(left) { rows[index] += 1 }
        return rows
    }
}
