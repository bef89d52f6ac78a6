import ChronicleText

/// Landscape: time runs left to right; lanes are bands stacked top to bottom, each with label
/// rows above its marker line and interval tracks below it; the axis runs under the lanes.
extension ChartBuilder {
    func buildLandscape() -> ChartLayout {
        let head = header()
        let legendBlock = legend(top: head.bottom)
        let plotTop = legendBlock.bottom + 6
        let left = margin
        let right = width - margin
        let scale = TimeScale.make(
            extents: extents.map { ($0.drawnFirst, $0.drawnLast) }, from: left + 14, to: right - 14,
            compressed: timeline.presentation.scale == .compressed)
        let position = { (day: Double) in scale.position(ofDay: day) }
        let anchors = extents.map { position($0.anchor) }
        let (trackOf, trackCounts) = tracks(position: position)
        // On a page, lanes that would get fewer than four label rows each (a three-line label
        // and the lane's name) cost more labels than they are worth: share one lane instead.
        if !isFitted && laneCount > 1 {
            let fixedParts = (0..<laneCount).map {
                ChartMetrics.laneTop + ChartMetrics.markerZone + Double(trackCounts[$0]) * ChartMetrics.track
                    + ChartMetrics.laneBottom
            }
            let room = pageHeight - 26 - footerHeight(notes: []) - 8 - plotTop - ChartMetrics.axisHeight
            if (room - fixedParts.reduce(0, +)) / ChartMetrics.line / Double(laneCount) < 4 {
                return withoutLanes().buildLandscape()
            }
        }
        let texts = timeline.events.indices.map { index in
            LabelText.wrap(
                lead: dates[index], text: timeline.events[index].title, size: ChartMetrics.labelSize,
                maxWidth: ChartMetrics.labelWidth, maxLines: ChartMetrics.labelLines)
        }
        // Where a full label finds no room, two lines of it may.
        let shortTexts = texts.indices.map { index in
            texts[index].lines.count <= ChartMetrics.shortLabelLines
                ? texts[index]
                : LabelText.wrap(
                    lead: dates[index], text: timeline.events[index].title, size: ChartMetrics.labelSize,
                    maxWidth: ChartMetrics.labelWidth, maxLines: ChartMetrics.shortLabelLines)
        }
        // Beside the stem first (so events of one date can stack their labels along one stem),
        // then centred over it.
        func packed(_ length: Double) -> [Double] { [2, -2 - length, -length / 2] }
        let requests = texts.indices.map { index in
            let length = texts[index].width + 8
            let shortLength = shortTexts[index].width + 8
            return LabelRequest(
                anchor: anchors[index], length: length, span: texts[index].lines.count, packed: packed(length),
                group: laneOfEvent[index],
                shortened: texts[index].lines.count > ChartMetrics.shortLabelLines
                    ? (shortLength, shortTexts[index].lines.count, packed(shortLength)) : nil)
        }
        let placer = LabelPlacer(
            bounds: left...right, roomBelow: ChartMetrics.labelLines, breaks: scale.breaks.map { ($0 - 7)...($0 + 7) })
        let laneNames: [String?] = laneCount > 1 ? categories.map { $0.name.uppercased() } : [nil]
        let nameSize = 9.5
        let nameWidths = laneNames.map { $0.map { TextMeasure.width($0, size: nameSize, bold: true) + 12 } ?? 0 }
        func emptySlots(_ rows: [Int]) -> [LabelSlots] {
            rows.indices.map { lane in
                var slots = LabelSlots(count: rows[lane])
                slots.reserve(low: left, high: left + nameWidths[lane], slot: rows[lane] - 1)
                return slots
            }
        }
        func fixedHeight(_ lane: Int) -> Double {
            ChartMetrics.laneTop + ChartMetrics.markerZone + Double(trackCounts[lane]) * ChartMetrics.track
                + ChartMetrics.laneBottom
        }
        let fixed = (0..<laneCount).map(fixedHeight).reduce(0, +)

        // How many rows each lane would fill with packed labels alone.
        let cap = 40
        let trial = placeLabels(
            requests, slots: emptySlots(Array(repeating: cap, count: laneCount)), placer: placer, leaders: false)
        var demand = [Int](repeating: 1, count: laneCount)
        for index in requests.indices {
            guard let placement = trial.placements[index] else { continue }
            let lane = laneOfEvent[index]
            let span = placement.isShortened ? (requests[index].shortened?.span ?? 1) : requests[index].span
            demand[lane] = max(demand[lane], placement.slot + span)
        }
        if laneCount > 1 { demand = demand.map { $0 + 1 } }  // the lane's name takes part of the top row

        let keyColumns = max(1, Int(contentWidth / ChartMetrics.keyColumn))
        // Rows kept next to the markers, under the labels, for numbered markers.
        var numberRows = [Int](repeating: 0, count: laneCount)
        func placePills(_ keyed: [Int], slots: inout [LabelSlots]) -> (
            numbers: [Int: Int], placements: [Int: LabelPlacer.Placement], unplaced: [Int]
        ) {
            placeNumbers(
                keyed: keyed, anchors: anchors, groups: laneOfEvent, pillLength: { ChartBuilder.pillWidth($0) + 2 },
                packed: { [-$0 / 2, -2, 2 - $0] }, slots: &slots,
                // A number floating high among the labels reads as part of one: keep it low.
                placer: LabelPlacer(bounds: left...right, highestSlot: max(2, numberRows.max() ?? 0)))
        }
        func numberRowsFor(_ keyed: ArraySlice<Int>) -> [Int] {
            var counts = [Int](repeating: 0, count: laneCount)
            for index in keyed { counts[laneOfEvent[index]] += 1 }
            return counts.map { $0 == 0 ? 0 : ($0 > 8 ? 2 : 1) }
        }
        var rows: [Int]
        var result: (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int])
        var keyRows = 0
        var footerNotes: [String] = []
        var plotBottom = 0.0
        if isFitted {
            rows = demand.map { min(max($0, 2), cap) }
            result = placeLabels(requests, slots: emptySlots(rows), placer: placer, leaders: true)
            keyRows = (result.failures.count + keyColumns - 1) / keyColumns
            if !result.failures.isEmpty {
                // Rows for numbers under the labels, one more in each lane where numbers still
                // find no room: a chart sized to its content numbers everything it cannot label.
                numberRows = numberRowsFor(result.failures[...])
                let labelRows = rows
                for _ in 0..<ChartMetrics.maximumNumberRows {
                    rows = zip(labelRows, numberRows).map { $0 + $1 }
                    result = placeLabels(
                        requests, slots: emptySlots(rows), firstSlot: numberRows, placer: placer, leaders: true)
                    var trial = result.slots
                    let unplaced = placePills(result.failures, slots: &trial).unplaced
                    if unplaced.isEmpty { break }
                    for lane in Set(unplaced.map { laneOfEvent[$0] }) { numberRows[lane] += 1 }
                }
                keyRows = (result.failures.count + keyColumns - 1) / keyColumns
            }
        } else {
            func lanesRows(keyHeight: Double, notes: [String]) -> [Int] {
                plotBottom = pageHeight - 26 - footerHeight(notes: notes) - 8
                let reserved = Double(numberRows.reduce(0, +)) * ChartMetrics.line
                let room = plotBottom - plotTop - ChartMetrics.axisHeight - keyHeight - fixed - reserved
                let total = max(Int(room / ChartMetrics.line), laneCount)
                var rows = ChartBuilder.allocate(total, demand: demand, minimum: 3)
                // Spare rows give lanes air, in proportion to what they hold: up to half again when
                // packing alone labelled everything, all of them when it did not (leader lines
                // need the room).
                let spare = total - rows.reduce(0, +)
                if spare > 0 {
                    let wanted = trial.failures.isEmpty ? demand.map { max($0 / 2, 1) } : demand
                    let share = trial.failures.isEmpty ? min(spare, wanted.reduce(0, +)) : spare
                    let extra = ChartBuilder.allocate(share, demand: wanted, minimum: 0)
                    rows = zip(rows, extra).map { $0 + $1 }
                }
                return zip(rows, numberRows).map { $0 + $1 }
            }
            rows = lanesRows(keyHeight: 0, notes: [])
            result = placeLabels(requests, slots: emptySlots(rows), placer: placer, leaders: true)
            if !result.failures.isEmpty {
                footerNotes = ["(note)"]
                // The key may take a third of the room, never the three label rows each lane keeps
                // (a two-line label and the lane's name); a label on the chart beats a line below it.
                let lanesRoom = plotBottom - plotTop - ChartMetrics.axisHeight
                let wanted = (result.failures.count + keyColumns - 1) / keyColumns
                numberRows = numberRowsFor(result.failures.prefix(wanted * keyColumns))
                let minimumLanes = fixed + Double(laneCount * 3 + numberRows.reduce(0, +)) * ChartMetrics.line
                let maximumKey = max(0, min(lanesRoom / 3, lanesRoom - minimumLanes))
                keyRows = min(wanted, max(0, Int((maximumKey - 30) / ChartMetrics.keyLine)))
                let keyHeight = keyRows > 0 ? 30 + Double(keyRows) * ChartMetrics.keyLine : 0
                numberRows = numberRowsFor(result.failures.prefix(keyRows * keyColumns))
                rows = lanesRows(keyHeight: keyHeight, notes: footerNotes)
                result = placeLabels(
                    requests, slots: emptySlots(rows), firstSlot: numberRows, placer: placer, leaders: true)
                // Numbers boxed in by their neighbours' stems leave the key shorter than planned:
                // give the rows it no longer needs back to the labels.
                var trial = result.slots
                let placed = placePills(Array(result.failures.prefix(keyRows * keyColumns)), slots: &trial)
                let neededRows = (placed.numbers.count + keyColumns - 1) / keyColumns
                if neededRows < keyRows {
                    keyRows = neededRows
                    let keyHeight = keyRows > 0 ? 30 + Double(keyRows) * ChartMetrics.keyLine : 0
                    numberRows = numberRowsFor(result.failures.prefix(keyRows * keyColumns))
                    rows = lanesRows(keyHeight: keyHeight, notes: footerNotes)
                    result = placeLabels(
                        requests, slots: emptySlots(rows), firstSlot: numberRows, placer: placer, leaders: true)
                }
                // Numbers crowded out next to their markers get one more row in their lane, kept
                // only when that leaves fewer events with neither a label nor a number.
                func unmarked(_ result: (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int]))
                    -> [Int]
                {
                    var trial = result.slots
                    let keyed = Array(result.failures.prefix(keyRows * keyColumns))
                    return placePills(keyed, slots: &trial).unplaced + result.failures.dropFirst(keyRows * keyColumns)
                }
                for _ in 0..<2 {
                    let missed = unmarked(result)
                    guard !missed.isEmpty else { break }
                    let saved = (numberRows: numberRows, rows: rows, result: result)
                    for lane in Set(missed.map { laneOfEvent[$0] }) { numberRows[lane] += 1 }
                    let keyHeight = keyRows > 0 ? 30 + Double(keyRows) * ChartMetrics.keyLine : 0
                    rows = lanesRows(keyHeight: keyHeight, notes: footerNotes)
                    result = placeLabels(
                        requests, slots: emptySlots(rows), firstSlot: numberRows, placer: placer, leaders: true)
                    if unmarked(result).count >= missed.count {
                        (numberRows, rows, result) = saved
                        break
                    }
                }
            }
        }
        let capacity = keyRows * keyColumns
        let keyed = Array(result.failures.prefix(capacity))
        var slots = result.slots
        let numbered = placePills(keyed, slots: &slots)
        let markerOnly = (Array(result.failures.dropFirst(capacity)) + numbered.unplaced).sorted()

        // Geometry, lane by lane from the top.
        var lanes: [ChartLayout.Lane] = []
        var slotBottoms = [Double](repeating: 0, count: laneCount)
        var baselines = [Double](repeating: 0, count: laneCount)
        var y = plotTop
        for lane in 0..<laneCount {
            let height = fixedHeight(lane) + Double(rows[lane]) * ChartMetrics.line
            slotBottoms[lane] = y + ChartMetrics.laneTop + Double(rows[lane]) * ChartMetrics.line
            baselines[lane] = slotBottoms[lane] + ChartMetrics.markerZone / 2
            let name = laneNames[lane].map {
                ChartLayout.TextLine(
                    x: left + 4, y: y + ChartMetrics.laneTop + 11, text: $0, size: nameSize, isBold: true,
                    tone: .muted)
            }
            lanes.append(
                .init(
                    category: lane, rect: .init(x: left, y: y, width: contentWidth, height: height),
                    baseline: baselines[lane], name: name, isShaded: laneCount > 1 && lane % 2 == 1))
            y += height
        }
        let axisY = y
        var marks: [ChartLayout.Mark] = []
        marks.reserveCapacity(extents.count)
        for index in extents.indices {
            let lane = laneOfEvent[index]
            let extent = extents[index]
            let anchor = anchors[index]
            let baseline = baselines[lane]
            var mark = ChartLayout.Mark(
                event: index, category: categoryOfEvent[index], marker: .init(x: anchor, y: baseline),
                isApproximate: extent.startIsApproximate || extent.endIsApproximate, extent: nil, bar: nil,
                fadesStart: extent.startIsApproximate, fadesEnd: extent.endIsApproximate, label: nil, number: nil,
                description: description(of: index))
            let from = position(extent.drawnFirst)
            let to = position(extent.drawnLast)
            if extent.isInterval {
                let track = Double(trackOf[index] ?? 0)
                mark.bar = .init(
                    x: from, y: baseline + 8 + track * ChartMetrics.track, width: max(to - from, 2),
                    height: ChartMetrics.bar)
            } else if to - from > 4 || mark.isApproximate {
                mark.extent = .init(x: from, y: baseline - 4, width: max(to - from, 2), height: 8)
            }
            let stemFoot = baseline - 6
            if let placement = result.placements[index] {
                let text = placement.isShortened ? shortTexts[index] : texts[index]
                let bottom = slotBottoms[lane] - Double(placement.slot) * ChartMetrics.line
                let top = bottom - Double(text.lines.count) * ChartMetrics.line
                let lines = text.lines.enumerated().map { offset, line in
                    (
                        origin: ChartLayout.Point(
                            x: placement.low + 4, y: top + Double(offset) * ChartMetrics.line + 11.5),
                        line: line
                    )
                }
                var stem = [ChartLayout.Point(x: anchor, y: stemFoot), .init(x: anchor, y: bottom)]
                if placement.isLeader {
                    stem.append(.init(x: placement.low > anchor ? placement.low : placement.high, y: bottom))
                }
                mark.label = .init(
                    box: .init(x: placement.low, y: top, width: placement.high - placement.low, height: bottom - top),
                    lines: lines, stem: stem)
            }
            if let number = numbered.numbers[index] {
                if let placement = numbered.placements[index] {
                    let bottom = slotBottoms[lane] - Double(placement.slot) * ChartMetrics.line
                    var stem = [ChartLayout.Point(x: anchor, y: stemFoot), .init(x: anchor, y: bottom - 1)]
                    if placement.isLeader {
                        stem.append(
                            .init(x: placement.low > anchor ? placement.low + 1 : placement.high - 1, y: bottom - 1))
                    }
                    mark.number = .init(
                        value: number,
                        box: .init(
                            x: placement.low + 1, y: bottom - 14, width: placement.high - placement.low - 2, height: 13),
                        stem: stem)
                }
            }
            marks.append(mark)
        }

        let axis = landscapeAxis(scale: scale, y: axisY, top: plotTop, left: left, right: right)
        let keyTop = axisY + ChartMetrics.axisHeight + 6
        let keyedRows = (numbered.numbers.count + keyColumns - 1) / keyColumns
        let key = keyEntries(
            numbers: numbered.numbers, top: keyTop, columns: keyColumns,
            rowsPerColumn: isFitted ? max(keyedRows, 1) : min(keyRows, keyedRows))
        let labelled = result.placements.lazy.filter { $0 != nil }.count
        let report = self.report(labelled: labelled, numbers: numbered.numbers, markerOnly: markerOnly)
        let notes = footerNote(report)
        let contentBottom = keyTop + key.height
        let height = isFitted ? contentBottom + 12 + footerHeight(notes: notes) + margin : pageHeight
        let footerBlock = footer(bottom: isFitted ? height - margin + 8 : pageHeight - 26, notes: notes)
        var layout = ChartLayout(
            width: width, height: height, physicalSize: physical, isVertical: false, palette: palette,
            categories: categories, header: head.lines, legend: legendBlock.items,
            plot: .init(x: left, y: plotTop, width: contentWidth, height: axisY - plotTop), lanes: lanes, axis: axis,
            marks: marks, keyHeading: key.heading, key: key.entries, footer: footerBlock.lines, report: report,
            summary: summary())
        // A page with room to spare (every event labelled, and rows left over): the body centred
        // between header and footer, or, inside the HTML page, the chart ended below its content.
        let slack = footerBlock.top - 12 - contentBottom
        if !isFitted && result.failures.isEmpty && slack >= 2 {
            if cropsToContent {
                layout.height = contentBottom + 12 + footerHeight(notes: notes) + margin
                layout.footer = footer(bottom: layout.height - margin + 8, notes: notes).lines
            } else {
                layout = layout.withBodyMovedDown(by: (slack / 2).rounded())
            }
        }
        return layout
    }

    /// The axis under the lanes: a line per segment, ticks with labels that never collide,
    /// gridlines across the lanes, and a break mark between segments.
    func landscapeAxis(scale: TimeScale, y: Double, top: Double, left: Double, right: Double) -> ChartLayout.Axis {
        let showsEra =
            scale.segments.first.map { $0.startDay < Double(CalendarDay(year: 1, month: 1, day: 1).number) } ?? false
        let ticks = AxisTicks(
            showsEra: showsEra,
            spacing: { step, label in
                let width = TextMeasure.width(label, size: ChartMetrics.tickSize)
                switch step {
                case .days: return max(width, 24) + 10
                case .months: return max(width, 24) + 30
                case .years: return width + 14
                }
            }
        ).ticks(for: scale)
        var result: [ChartLayout.Axis.Tick] = []
        var gridlines: [(ChartLayout.Point, ChartLayout.Point)] = []
        var labelEnd = -Double.infinity
        var contextEnd = -Double.infinity
        for tick in ticks {
            let x = tick.position
            var item = ChartLayout.Axis.Tick(position: .init(x: x, y: y), label: nil, context: nil)
            let width = TextMeasure.width(tick.label, size: ChartMetrics.tickSize)
            if x - width / 2 >= max(labelEnd + 6, left - 8) && x + width / 2 <= right + 8 {
                item.label = .init(
                    x: x, y: y + 17, text: tick.label, size: ChartMetrics.tickSize, anchor: .middle, tone: .muted)
                labelEnd = x + width / 2
            }
            if let context = tick.context {
                let contextWidth = TextMeasure.width(context, size: ChartMetrics.tickSize, bold: true)
                let start = max(x - width / 2, left)
                if start >= contextEnd + 10 && start + contextWidth <= right + 8 {
                    item.context = .init(
                        x: start, y: y + 30, text: context, size: ChartMetrics.tickSize, isBold: true, tone: .muted)
                    contextEnd = start + contextWidth
                }
            }
            result.append(item)
            gridlines.append((.init(x: x, y: top), .init(x: x, y: y)))
        }
        var lines = scale.segments.map { (ChartLayout.Point(x: $0.start, y: y), ChartLayout.Point(x: $0.end, y: y)) }
        // The line runs to the frame at both ends.
        lines[0].0.x = left
        lines[lines.count - 1].1.x = right
        let breaks = zip(scale.breaks, scale.breakDurations).map { position, gap in
            (center: ChartLayout.Point(x: position, y: y), leftOut: leftOutText(gap))
        }
        return .init(lines: lines, ticks: result, gridlines: gridlines, breaks: breaks)
    }
}
