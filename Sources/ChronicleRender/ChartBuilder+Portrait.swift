import ChronicleText

/// Portrait: time runs top to bottom along an axis on the left; each lane is a narrow column of
/// markers (its interval tracks to the left of them); the labels stand in one column to the
/// right, in date order, each joined to its marker by a leader that crosses no other.
///
/// A crowded stretch pushes its labels apart, up and down the column, rather than into a key:
/// every event that fits gets a label — the most important first, each on one line, then the
/// most important given their full title — and the rest are drawn as markers and counted in a
/// note under the chart.
extension ChartBuilder {
    func buildPortrait() -> ChartLayout {
        // Lanes beside a vertical axis push the labels' leaders across every other lane's
        // markers: worth it for a few categories only.
        if laneCount > ChartMetrics.portraitLanes { return withoutLanes().buildPortrait() }
        let head = header()
        let legendBlock = legend(top: head.bottom)
        let plotTop = legendBlock.bottom + 6
        let timeTop = plotTop + (laneCount > 1 ? 20 : 8)
        let left = margin
        let right = width - margin
        let axisX = left + 74
        let compressed = timeline.presentation.scale == .compressed

        // Lane columns need the track counts, which need a scale; tracks depend only on order
        // along the axis, so a provisional scale of the right shape gives them.
        let drawn = extents.map { ($0.drawnFirst, $0.drawnLast) }
        let provisional = TimeScale.make(extents: drawn, from: 0, to: 1000, compressed: compressed)
        let (trackOf, trackCounts) = tracks(position: { provisional.position(ofDay: $0) })
        var laneLefts: [Double] = []
        var x = axisX + 10
        for lane in 0..<laneCount {
            laneLefts.append(x)
            x += ChartMetrics.laneColumn + Double(trackCounts[lane]) * ChartMetrics.track
        }
        let lanesRight = x
        let gutterLeft = lanesRight + 2
        let columnLeft = lanesRight + ChartMetrics.leaderGutter
        let columnWidth = max(right - columnLeft, 60)
        let textWidth = columnWidth - 8
        let full = timeline.events.indices.map { index in
            LabelText.wrap(
                lead: dates[index], text: timeline.events[index].title, size: ChartMetrics.labelSize,
                maxWidth: textWidth, maxLines: ChartMetrics.labelLines)
        }
        func height(_ text: LabelText) -> Double { Double(text.lines.count) * ChartMetrics.line + 2 }

        var footerNotes: [String] = []
        var timeBottom: Double
        if isFitted {
            let demand = full.map(height).reduce(0, +)
            timeBottom = timeTop + min(max(demand * 1.15, width * 0.9, 360), 40_000)
        } else {
            timeBottom = pageHeight - 26 - footerHeight(notes: footerNotes) - 10
        }
        var reach = ChartMetrics.leaderReach
        func pass() -> (scale: TimeScale, anchors: [Double], texts: [LabelText?]) {
            let scale = TimeScale.make(extents: drawn, from: timeTop + 10, to: timeBottom - 10, compressed: compressed)
            let anchors = extents.map { scale.position(ofDay: $0.anchor) }
            let texts = chooseLabels(
                full: full, textWidth: textWidth, anchors: anchors, column: LabelColumn(bounds: timeTop...timeBottom),
                reach: reach)
            return (scale, anchors, texts)
        }
        var run = pass()
        // Sized to its content, the chart labels everything: it grows (up to 2.25 times), then
        // lets a crowd push its labels further from their markers.
        let firstLength = timeBottom - timeTop
        while isFitted && run.texts.contains(where: { $0 == nil }) && reach < 8 * ChartMetrics.leaderReach {
            let longer = min((timeBottom - timeTop) * 1.5, 40_000)
            if timeBottom - timeTop < 2 * firstLength && longer > timeBottom - timeTop {
                timeBottom = timeTop + longer
            } else {
                reach *= 2
            }
            run = pass()
        }
        if !isFitted && run.texts.contains(where: { $0 == nil }) {
            // The note under the chart takes a line or two from the column.
            footerNotes = ["(note)"]
            timeBottom = pageHeight - 26 - footerHeight(notes: footerNotes) - 10
            run = pass()
        }
        let (scale, anchors, texts) = run

        // The labels in marker order, spread down the column.
        let labelled = texts.indices.filter { texts[$0] != nil }.sorted {
            anchors[$0] != anchors[$1] ? anchors[$0] < anchors[$1] : $0 < $1
        }
        let column = LabelColumn(bounds: timeTop...timeBottom)
        let items = labelled.map { index in
            LabelColumn.Item(desiredTop: anchors[index] - ChartMetrics.line / 2 - 1, height: height(texts[index]!))
        }
        var tops = [Double?](repeating: nil, count: extents.count)
        for (index, top) in zip(labelled, column.place(items) ?? []) { tops[index] = top }
        let markerOnly = texts.indices.filter { texts[$0] == nil }

        var lanes: [ChartLayout.Lane] = []
        for lane in 0..<laneCount {
            let laneWidth = ChartMetrics.laneColumn + Double(trackCounts[lane]) * ChartMetrics.track
            lanes.append(
                .init(
                    category: lane,
                    rect: .init(x: laneLefts[lane], y: plotTop, width: laneWidth, height: timeBottom - plotTop),
                    baseline: laneLefts[lane] + laneWidth - ChartMetrics.laneColumn / 2, name: nil,
                    isShaded: laneCount > 1 && lane % 2 == 1))
        }
        var marks: [ChartLayout.Mark] = []
        marks.reserveCapacity(extents.count)
        for index in extents.indices {
            let lane = laneOfEvent[index]
            let extent = extents[index]
            let anchor = anchors[index]
            let baseline = lanes[lane].baseline
            var mark = ChartLayout.Mark(
                event: index, category: categoryOfEvent[index], marker: .init(x: baseline, y: anchor),
                isApproximate: extent.startIsApproximate || extent.endIsApproximate, extent: nil, bar: nil,
                fadesStart: extent.startIsApproximate, fadesEnd: extent.endIsApproximate, label: nil, number: nil,
                description: description(of: index))
            let from = scale.position(ofDay: extent.drawnFirst)
            let to = scale.position(ofDay: extent.drawnLast)
            if extent.isInterval {
                let track = Double(trackOf[index] ?? 0)
                mark.bar = .init(
                    x: baseline - 8 - ChartMetrics.bar - track * ChartMetrics.track, y: from,
                    width: ChartMetrics.bar, height: max(to - from, 2))
            } else if to - from > 4 || mark.isApproximate {
                mark.extent = .init(x: baseline - 4, y: from, width: 8, height: max(to - from, 2))
            }
            if let text = texts[index], let top = tops[index] {
                let lines = text.lines.enumerated().map { offset, line in
                    (
                        origin: ChartLayout.Point(
                            x: columnLeft + 4, y: top + 1 + Double(offset) * ChartMetrics.line + 11.5),
                        line: line
                    )
                }
                // Level with the first line; a moved label's leader slants across the gutter.
                let joint = top + 1 + ChartMetrics.line / 2
                var stem = [ChartLayout.Point(x: baseline + 6, y: anchor)]
                if abs(joint - anchor) < 0.5 {
                    stem.append(.init(x: columnLeft, y: anchor))
                } else {
                    stem += [
                        .init(x: gutterLeft, y: anchor), .init(x: columnLeft - 5, y: joint),
                        .init(x: columnLeft, y: joint),
                    ]
                }
                mark.label = .init(
                    box: .init(
                        x: columnLeft, y: top, width: min(text.width + 8, columnWidth), height: height(text)),
                    lines: lines, stem: stem)
            }
            marks.append(mark)
        }

        let axis = portraitAxis(scale: scale, x: axisX, top: timeTop, bottom: timeBottom, right: right)
        let report = self.report(labelled: labelled.count, numbers: [:], markerOnly: markerOnly)
        let notes = footerNote(report)
        let height = isFitted ? timeBottom + 14 + 12 + footerHeight(notes: notes) + margin : pageHeight
        let footerBlock = footer(bottom: isFitted ? height - margin + 8 : pageHeight - 26, notes: notes)
        return ChartLayout(
            width: width, height: height, physicalSize: physical, isVertical: true, palette: palette,
            categories: categories, header: head.lines, legend: legendBlock.items,
            plot: .init(x: left, y: plotTop, width: contentWidth, height: timeBottom - plotTop), lanes: lanes,
            axis: axis, marks: marks, keyHeading: nil, key: [], footer: footerBlock.lines,
            report: report, summary: summary())
    }

    /// Which events get a label in the column, and which text: the most important first, each
    /// on one line while the column has room near its marker; then, most important first, the
    /// full title (up to ``ChartMetrics/labelLines`` lines) for as many as still fit.
    ///
    /// "Near" is `reach` px (``ChartMetrics/leaderReach`` on a page): a label the crowd would push
    /// further from its marker is left out, so leaders stay short enough to follow.
    func chooseLabels(
        full: [LabelText], textWidth: Double, anchors: [Double], column: LabelColumn, reach: Double
    ) -> [LabelText?] {
        func height(_ text: LabelText) -> Double { Double(text.lines.count) * ChartMetrics.line + 2 }
        var texts = [LabelText?](repeating: nil, count: full.count)
        // The labelled events in marker order, and their heights.
        var members: [Int] = []
        var heights: [Double] = []
        var total = 0.0
        func fits() -> Bool {
            guard column.fits(totalHeight: total) else { return false }
            let items = zip(members, heights).map { index, height in
                LabelColumn.Item(desiredTop: anchors[index] - ChartMetrics.line / 2 - 1, height: height)
            }
            guard let tops = column.place(items) else { return false }
            return zip(members, tops).allSatisfy { index, top in
                abs(top + 1 + ChartMetrics.line / 2 - anchors[index]) <= reach
            }
        }
        func position(of index: Int) -> Int {
            var low = 0
            var high = members.count
            while low < high {
                let middle = (low + high) / 2
                let other = members[middle]
                if anchors[other] < anchors[index] || (anchors[other] == anchors[index] && other < index) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            return low
        }
        let oneLine = ChartMetrics.line + 2
        var failedInARow = 0
        for index in priority {
            guard failedInARow < ChartBuilder.fullAfterFailures, column.fits(totalHeight: total + oneLine) else {
                break
            }
            let at = position(of: index)
            members.insert(index, at: at)
            heights.insert(oneLine, at: at)
            total += oneLine
            if fits() {
                texts[index] =
                    full[index].lines.count == 1
                    ? full[index]
                    : LabelText.wrap(
                        lead: dates[index], text: timeline.events[index].title, size: ChartMetrics.labelSize,
                        maxWidth: textWidth, maxLines: 1)
                failedInARow = 0
            } else {
                members.remove(at: at)
                heights.remove(at: at)
                total -= oneLine
                failedInARow += 1
            }
        }
        for index in priority where texts[index] != nil && full[index].lines.count > 1 {
            let at = position(of: index)
            let extra = height(full[index]) - oneLine
            heights[at] += extra
            total += extra
            if fits() {
                texts[index] = full[index]
            } else {
                heights[at] -= extra
                total -= extra
            }
        }
        return texts
    }

    /// The axis on the left: a line per segment, ticks labelled on one line ("8 Mar 2019"),
    /// gridlines across to the labels, and break marks.
    func portraitAxis(scale: TimeScale, x: Double, top: Double, bottom: Double, right: Double) -> ChartLayout.Axis {
        let showsEra =
            scale.segments.first.map { $0.startDay < Double(CalendarDay(year: 1, month: 1, day: 1).number) } ?? false
        // Labels are one line each; months need more room than a line, so a year step wins
        // when there are a few lines between years.
        let ticks = AxisTicks(
            showsEra: showsEra,
            spacing: { step, _ in
                switch step {
                case .days: return 22
                case .months: return 40
                case .years: return 20
                }
            }
        ).ticks(for: scale)
        var result: [ChartLayout.Axis.Tick] = []
        var gridlines: [(ChartLayout.Point, ChartLayout.Point)] = []
        var labelEnd = -Double.infinity
        for tick in ticks {
            let y = tick.position
            var item = ChartLayout.Axis.Tick(position: .init(x: x, y: y), label: nil, context: nil)
            let text = tick.context.map { "\(tick.label) \($0)" } ?? tick.label
            if y - 6 >= labelEnd + 4 && y + 4 <= bottom + 10 {
                item.label = .init(
                    x: x - 8, y: y + 4, text: text, size: ChartMetrics.tickSize, isBold: tick.context != nil,
                    anchor: .end, tone: .muted)
                labelEnd = y + 4
            }
            result.append(item)
            gridlines.append((.init(x: x, y: y), .init(x: right, y: y)))
        }
        var lines = scale.segments.map { (ChartLayout.Point(x: x, y: $0.start), ChartLayout.Point(x: x, y: $0.end)) }
        lines[0].0.y = top
        lines[lines.count - 1].1.y = bottom
        let breaks = zip(scale.breaks, scale.breakDurations).map { position, gap in
            (center: ChartLayout.Point(x: x, y: position), leftOut: leftOutText(gap))
        }
        return .init(lines: lines, ticks: result, gridlines: gridlines, breaks: breaks)
    }
}
