/// The label passes both orientations share: labels in priority order, then numbers for the
/// events the key lists.
extension ChartBuilder {
    /// What one event asks of the slots.
    struct LabelRequest {
        var anchor: Double
        /// The box along the time axis.
        var length: Double
        /// Slots deep.
        var span: Int
        /// Where the box may start relative to the anchor, packed against its stem.
        var packed: [Double]
        /// The slot group (a lane in landscape; one shared group in portrait).
        var group: Int
    }

    /// After this many labels in a row find no room, the chart is full: the rest go straight to
    /// the key without trying every slot (it keeps ten thousand events fast).
    static let fullAfterFailures = 200

    /// Places labels in priority order, from slot `firstSlot[group]` up (the slots below are
    /// kept for numbers); returns the slots as left, each event's placement, and the events
    /// that found none, most important first.
    func placeLabels(
        _ requests: [LabelRequest], slots initial: [LabelSlots], firstSlot: [Int]? = nil, placer: LabelPlacer,
        leaders: Bool
    ) -> (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int]) {
        var slots = initial
        var placements = [LabelPlacer.Placement?](repeating: nil, count: requests.count)
        var failures: [Int] = []
        var failedInARow = 0
        // Markers still waiting for a label, per group; member numbers are event indexes.
        var pending = (0..<slots.count).map { group in
            PendingAnchors(requests.map { $0.group == group ? $0.anchor : -Double.greatestFiniteMagnitude })
        }
        for index in priority {
            let request = requests[index]
            pending[request.group].remove(index)
            guard failedInARow < ChartBuilder.fullAfterFailures else {
                failures.append(index)
                continue
            }
            let placement = placer.place(
                anchor: request.anchor, length: request.length, span: request.span, packed: request.packed,
                leaders: leaders, firstSlot: firstSlot?[request.group] ?? 0, pending: pending[request.group],
                in: &slots[request.group])
            if let placement {
                placements[index] = placement
                failedInARow = 0
            } else {
                failures.append(index)
                failedInARow += 1
            }
        }
        return (slots, placements, failures)
    }

    /// Numbers the keyed events and places each number's pill; returns the number of each keyed
    /// event and the pill placements (none where no room was left).
    ///
    /// An event's number is its place in the timeline (the first event is 1), the same number
    /// the HTML list gives it.
    func placeNumbers(
        keyed: [Int], anchors: [Double], groups: [Int], pillLength: (Int) -> Double, packed: (Double) -> [Double],
        slots: inout [LabelSlots], placer: LabelPlacer
    ) -> (numbers: [Int: Int], placements: [Int: LabelPlacer.Placement]) {
        var numbers: [Int: Int] = [:]
        for index in keyed { numbers[index] = index + 1 }
        var placements: [Int: LabelPlacer.Placement] = [:]
        // Important events get the nearest room, as with labels.
        let rank = priorityRank
        let order = keyed.sorted { rank[$0] < rank[$1] }
        var pending = (0..<slots.count).map { group in
            PendingAnchors(
                anchors.indices.map {
                    numbers[$0] != nil && groups[$0] == group ? anchors[$0] : -.greatestFiniteMagnitude
                })
        }
        var failedInARow = 0
        for index in order where failedInARow < ChartBuilder.fullAfterFailures {
            let number = numbers[index] ?? 0
            let length = pillLength(number)
            pending[groups[index]].remove(index)
            if let placement = placer.place(
                anchor: anchors[index], length: length, span: 1, packed: packed(length), leaders: true,
                pending: pending[groups[index]], in: &slots[groups[index]])
            {
                placements[index] = placement
                failedInARow = 0
            } else {
                failedInARow += 1
            }
        }
        return (numbers, placements)
    }

    /// Each event's position in ``priority``.
    var priorityRank: [Int] {
        var rank = [Int](repeating: 0, count: priority.count)
        for (position, index) in priority.enumerated() { rank[index] = position }
        return rank
    }

    /// The width of a number pill.
    static func pillWidth(_ number: Int) -> Double {
        TextMeasure.width(String(number), size: ChartMetrics.numberSize, bold: true) + 9
    }

    /// The key's lines: each keyed event's number, date and title, one line each, in columns
    /// read top to bottom; returns the entries and the key's height.
    func keyEntries(
        numbers: [Int: Int], top: Double, columns: Int, rowsPerColumn: Int
    ) -> (heading: ChartLayout.TextLine?, entries: [ChartLayout.KeyEntry], height: Double) {
        guard !numbers.isEmpty, columns > 0, rowsPerColumn > 0 else { return (nil, [], 0) }
        let columnWidth = contentWidth / Double(columns)
        let ordered = numbers.sorted { $0.value < $1.value }
        let pillWidth = ChartBuilder.pillWidth(ordered.last?.value ?? 1)
        var entries: [ChartLayout.KeyEntry] = []
        let firstRow = top + 24
        for (position, (index, number)) in ordered.enumerated() {
            let column = position / rowsPerColumn
            let row = position % rowsPerColumn
            guard column < columns else { break }
            let x = margin + Double(column) * columnWidth
            let y = firstRow + Double(row) * ChartMetrics.keyLine
            let text = LabelText.wrap(
                lead: dates[index], text: timeline.events[index].title, size: ChartMetrics.keySize,
                maxWidth: columnWidth - pillWidth - 18, maxLines: 1)
            entries.append(
                .init(
                    number: number, event: index, pill: .init(x: x, y: y - 10.5, width: pillWidth, height: 13),
                    origin: .init(x: x + pillWidth + 6, y: y), line: text.lines[0]))
        }
        let rows = min(rowsPerColumn, ordered.count)
        let heading = ChartLayout.TextLine(
            x: margin, y: top + 11, text: "Numbered on the chart", size: ChartMetrics.keySize, isBold: true)
        return (heading, entries, 24 + Double(rows) * ChartMetrics.keyLine)
    }
}
