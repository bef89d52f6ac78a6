import ChronicleText

/// Portrait: time runs top to bottom along an axis on the left; each lane is a narrow column of
/// markers (its interval tracks to the left of them); labels share columns to the right, each
/// joined to its marker by a horizontal stem.
extension ChartBuilder {
    func buildPortrait() -> ChartLayout {
        let head = header()
        let legendBlock = legend(top: head.bottom)
        let plotTop = legendBlock.bottom + 6
        let timeTop = plotTop + 20
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
        let keyColumns = max(1, Int(contentWidth / ChartMetrics.keyColumn))

        /// The label columns, after one or two narrow columns for numbers when the chart has a key.
        struct Columns {
            var numbers: Int
            var left: Double
            var count: Int
            var width: Double
            var texts: [LabelText]

            /// The left edge of a slot: the numbers' columns first, when there are any.
            func x(_ slot: Int, numbersLeft: Double) -> Double {
                slot < numbers
                    ? numbersLeft + Double(slot) * ChartMetrics.numberColumn : left + Double(slot - numbers) * width
            }
        }
        func columns(numbers: Int) -> Columns {
            let left = lanesRight + ChartMetrics.columnGap + Double(numbers) * ChartMetrics.numberColumn
            let count = max(1, Int((right - left) / ChartMetrics.columnWidth))
            let width = (right - left) / Double(count)
            let texts = timeline.events.indices.map { index in
                LabelText.wrap(
                    lead: dates[index], text: timeline.events[index].title, size: ChartMetrics.labelSize,
                    maxWidth: width - 14, maxLines: ChartMetrics.labelLines)
            }
            return Columns(numbers: numbers, left: left, count: count, width: width, texts: texts)
        }
        let numbersLeft = lanesRight + ChartMetrics.columnGap - 4

        func pass(timeBottom: Double, columns: Columns) -> (
            scale: TimeScale, anchors: [Double],
            result: (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int])
        ) {
            let scale = TimeScale.make(extents: drawn, from: timeTop + 10, to: timeBottom - 10, compressed: compressed)
            let anchors = extents.map { scale.position(ofDay: $0.anchor) }
            let requests = columns.texts.indices.map { index in
                let length = Double(columns.texts[index].lines.count) * ChartMetrics.line + 2
                return LabelRequest(
                    anchor: anchors[index], length: length, span: 1, packed: [-8.5, 8.5 - length, -length / 2],
                    group: 0)
            }
            let placer = LabelPlacer(bounds: timeTop...timeBottom, breaks: scale.breaks.map { ($0 - 7)...($0 + 7) })
            let slots = LabelSlots(count: columns.count + columns.numbers)
            let result = placeLabels(
                requests, slots: [slots], firstSlot: [columns.numbers], placer: placer, leaders: true)
            return (scale, anchors, result)
        }

        var footerNotes: [String] = []
        var keyRows = 0
        var timeBottom: Double
        var layoutColumns = columns(numbers: 0)
        // Many numbers crowd one column: a second one halves the crowd.
        func numberColumns(_ keyed: Int) -> Int { keyed == 0 ? 0 : (keyed > 12 ? 2 : 1) }
        var run:
            (
                scale: TimeScale, anchors: [Double],
                result: (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int])
            )
        if isFitted {
            let demand = layoutColumns.texts.map { Double($0.lines.count) * ChartMetrics.line + 4 }.reduce(0, +)
            let length = min(max(demand / Double(layoutColumns.count) * 1.2, width * 0.9, 360), 40_000)
            timeBottom = timeTop + length
            run = pass(timeBottom: timeBottom, columns: layoutColumns)
            if !run.result.failures.isEmpty {
                layoutColumns = columns(numbers: numberColumns(run.result.failures.count))
                run = pass(timeBottom: timeBottom, columns: layoutColumns)
            }
            keyRows = (run.result.failures.count + keyColumns - 1) / keyColumns
        } else {
            timeBottom = pageHeight - 26 - footerHeight(notes: []) - 10
            run = pass(timeBottom: timeBottom, columns: layoutColumns)
            if !run.result.failures.isEmpty {
                footerNotes = ["(note)"]
                let bottom = pageHeight - 26 - footerHeight(notes: footerNotes) - 10
                let room = bottom - timeTop
                let fitting = max(0, Int((room / 3 - 30) / ChartMetrics.keyLine))
                keyRows = min((run.result.failures.count + keyColumns - 1) / keyColumns, fitting)
                let keyHeight = keyRows > 0 ? 30 + Double(keyRows) * ChartMetrics.keyLine : 0
                timeBottom = bottom - keyHeight - ChartMetrics.axisHeight / 2
                layoutColumns = columns(numbers: numberColumns(min(run.result.failures.count, keyRows * keyColumns)))
                run = pass(timeBottom: timeBottom, columns: layoutColumns)
            }
        }
        let (scale, anchors, result) = run
        let texts = layoutColumns.texts
        let columnWidth = layoutColumns.width
        let capacity = keyRows * keyColumns
        let keyed = Array(result.failures.prefix(capacity))
        let markerOnly = Array(result.failures.dropFirst(capacity)).sorted()
        var slots = result.slots
        let numbered = placeNumbers(
            keyed: keyed, anchors: anchors, groups: Array(repeating: 0, count: extents.count),
            pillLength: { _ in ChartMetrics.line }, packed: { [-$0 / 2] }, slots: &slots,
            placer: LabelPlacer(bounds: timeTop...timeBottom))

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
            let stemFoot = baseline + 6
            if let placement = result.placements[index] {
                let text = texts[index]
                let boxX = layoutColumns.x(placement.slot, numbersLeft: numbersLeft)
                let lines = text.lines.enumerated().map { offset, line in
                    (
                        origin: ChartLayout.Point(
                            x: boxX + 4, y: placement.low + 1 + Double(offset) * ChartMetrics.line + 11.5),
                        line: line
                    )
                }
                var stem = [ChartLayout.Point(x: stemFoot, y: anchor)]
                if placement.isLeader {
                    let joint = placement.low > anchor ? placement.low + 8.5 : placement.high - 8.5
                    stem += [.init(x: boxX - 4, y: anchor), .init(x: boxX - 4, y: joint), .init(x: boxX, y: joint)]
                } else {
                    stem.append(.init(x: boxX, y: anchor))
                }
                mark.label = .init(
                    box: .init(
                        x: boxX, y: placement.low, width: min(text.width + 8, columnWidth - 4),
                        height: placement.high - placement.low),
                    lines: lines, stem: stem)
            }
            if let number = numbered.numbers[index] {
                mark.number = ChartLayout.Number(value: number, box: .init(x: 0, y: 0, width: 0, height: 0), stem: [])
                if let placement = numbered.placements[index] {
                    let boxX = layoutColumns.x(placement.slot, numbersLeft: numbersLeft)
                    let center = (placement.low + placement.high) / 2
                    var stem = [ChartLayout.Point(x: stemFoot, y: anchor)]
                    if placement.isLeader {
                        stem += [
                            .init(x: boxX - 4, y: anchor), .init(x: boxX - 4, y: center), .init(x: boxX, y: center),
                        ]
                    } else {
                        stem.append(.init(x: boxX, y: anchor))
                    }
                    mark.number = .init(
                        value: number,
                        box: .init(x: boxX, y: center - 6.5, width: ChartBuilder.pillWidth(number), height: 13),
                        stem: stem)
                }
            }
            marks.append(mark)
        }

        let axis = portraitAxis(scale: scale, x: axisX, top: timeTop, bottom: timeBottom, right: right)
        let keyTop = timeBottom + 14
        let key = keyEntries(
            numbers: numbered.numbers, top: keyTop, columns: keyColumns,
            rowsPerColumn: isFitted ? max(keyRows, 1) : keyRows)
        let report = self.report(labelled: result.placements, numbers: numbered, markerOnly: markerOnly)
        let notes = footerNotes.isEmpty ? [] : footerNote(report)
        let height = isFitted ? keyTop + key.height + 12 + footerHeight(notes: notes) + margin : pageHeight
        let footerBlock = footer(bottom: isFitted ? height - margin + 8 : pageHeight - 26, notes: notes)
        return ChartLayout(
            width: width, height: height, physicalSize: physical, isVertical: true, palette: palette,
            categories: categories, header: head.lines, legend: legendBlock.items,
            plot: .init(x: left, y: plotTop, width: contentWidth, height: timeBottom - plotTop), lanes: lanes,
            axis: axis, marks: marks, keyHeading: key.heading, key: key.entries, footer: footerBlock.lines,
            report: report, summary: summary())
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
