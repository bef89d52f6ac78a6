import Foundation

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
        /// A shorter form (fewer lines, the title cut with "…") tried where the full label finds
        /// no room: an important event is better labelled in brief than numbered.
        var shortened: (length: Double, span: Int, packed: [Double])?
    }

    /// After this many labels in a row find no room, the chart is full: the rest go straight to
    /// the key without trying every slot (it keeps ten thousand events fast).
    static let fullAfterFailures = 200

    /// Places labels from slot `firstSlot[group]` up (the slots below are kept for numbers);
    /// returns the slots as left, each event's placement, and the events that found none, most
    /// important first.
    ///
    /// Two strategies, and the one whose labels are worth more wins (``labelWeights``: the
    /// important events' labels first, then more labels, then the first strategy):
    ///
    /// 1. Most important first, each where it costs the waiting markers least.
    /// 2. The largest set of most important labels that all fit, found by binary search, each
    ///    candidate set placed from the latest marker to the earliest (a label runs forward in
    ///    time from its stem, so it then rarely lands over a marker still waiting); then the
    ///    others as in 1.
    ///
    /// The first suits crowded clusters, the second long chains of overlapping labels.
    func placeLabels(
        _ requests: [LabelRequest], slots initial: [LabelSlots], firstSlot: [Int]? = nil, placer: LabelPlacer,
        leaders: Bool
    ) -> (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int]) {
        let greedy = placeRest(
            priority, requests, slots: initial, placements: Array(repeating: nil, count: requests.count),
            firstSlot: firstSlot, placer: placer, leaders: leaders)
        guard requests.count > 1 else { return greedy }
        let weight = labelWeights
        let (count, base) = largestFittingSet(
            requests, slots: initial, firstSlot: firstSlot, placer: placer, leaders: leaders)
        let staged = placeRest(
            Array(priority.dropFirst(count)), requests, slots: base.slots, placements: base.placements,
            firstSlot: firstSlot, placer: placer, leaders: leaders)
        func score(_ result: [LabelPlacer.Placement?]) -> (Double, Int) {
            let placed = result.indices.filter { result[$0] != nil }
            return (placed.map { weight[$0] }.reduce(0, +), placed.count)
        }
        let best = score(staged.placements) > score(greedy.placements) ? staged : greedy
        return repaired(best, requests, slots: initial, firstSlot: firstSlot, placer: placer, leaders: leaders)
    }

    /// Gives unlabelled events a second chance, most important first: where up to three labels
    /// stand across its stem, they are taken away, the event placed, and they placed again where
    /// they still fit; kept when the labels are worth more than before.
    private func repaired(
        _ result: (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int]),
        _ requests: [LabelRequest], slots initial: [LabelSlots], firstSlot: [Int]?, placer: LabelPlacer,
        leaders: Bool
    ) -> (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int]) {
        let weight = labelWeights
        var placements = result.placements
        var slots = result.slots
        var improved = false
        for index in result.failures.prefix(ChartBuilder.repairAttempts) {
            let request = requests[index]
            let stem = (request.anchor - placer.stemHalfWidth)...(request.anchor + placer.stemHalfWidth)
            let blockers = placements.indices.filter { other in
                guard let placement = placements[other], requests[other].group == request.group else { return false }
                let box = reserved(placement, requests[other], placer: placer)
                return box.low < stem.upperBound && box.high > stem.lowerBound
            }
            guard !blockers.isEmpty, blockers.count <= 3 else { continue }
            var trial = placements
            for blocker in blockers { trial[blocker] = nil }
            var trialSlots = taking(trial, requests, from: initial, placer: placer)
            guard
                let placement = place(
                    index, requests, in: &trialSlots, firstSlot: firstSlot, pending: nil, placer: placer,
                    leaders: leaders)
            else { continue }
            trial[index] = placement
            for blocker in blockers {
                trial[blocker] = place(
                    blocker, requests, in: &trialSlots, firstSlot: firstSlot, pending: nil, placer: placer,
                    leaders: leaders)
            }
            let lost = blockers.filter { trial[$0] == nil }.map { weight[$0] }.reduce(0, +)
            if weight[index] > lost {
                placements = trial
                slots = trialSlots
                improved = true
            }
        }
        guard improved else { return result }
        return (slots, placements, priority.filter { placements[$0] == nil })
    }

    /// How many unlabelled events get a second chance.
    static let repairAttempts = 40

    /// The stretch a placed label holds along its slot: its box, and its leader back to the stem.
    private func reserved(
        _ placement: LabelPlacer.Placement, _ request: LabelRequest, placer: LabelPlacer
    ) -> (low: Double, high: Double) {
        guard placement.isLeader else { return (placement.low, placement.high) }
        return (
            min(placement.low, request.anchor - placer.stemHalfWidth),
            max(placement.high, request.anchor + placer.stemHalfWidth)
        )
    }

    /// `initial` with these placements taken, as the placer took them.
    private func taking(
        _ placements: [LabelPlacer.Placement?], _ requests: [LabelRequest], from initial: [LabelSlots],
        placer: LabelPlacer
    ) -> [LabelSlots] {
        var slots = initial
        for (index, placement) in placements.enumerated() {
            guard let placement else { continue }
            let request = requests[index]
            let span = placement.isShortened ? (request.shortened?.span ?? request.span) : request.span
            let stem = (request.anchor - placer.stemHalfWidth)...(request.anchor + placer.stemHalfWidth)
            let box = reserved(placement, request, placer: placer)
            slots[request.group].take(low: box.low, high: box.high, first: placement.slot, span: span, stem: stem)
        }
        return slots
    }

    /// What labelling each event is worth when two placements are compared: it grows
    /// steeply with importance, so one label for an event of importance 0.7 outweighs seven for
    /// events of 0.45, and a pinned event outweighs every other.
    var labelWeights: [Double] {
        timeline.events.map { event in
            event.isPinned ? 1e9 : exp(8 * min(max(event.importance.isFinite ? event.importance : 0, 0), 1))
        }
    }

    /// Places one label.
    private func place(
        _ index: Int, _ requests: [LabelRequest], in slots: inout [LabelSlots], firstSlot: [Int]?,
        pending: PendingAnchors?, placer: LabelPlacer, leaders: Bool
    ) -> LabelPlacer.Placement? {
        let request = requests[index]
        let first = firstSlot?[request.group] ?? 0
        if let placement = placer.place(
            anchor: request.anchor, length: request.length, span: request.span, packed: request.packed,
            leaders: leaders, firstSlot: first, pending: pending, in: &slots[request.group])
        {
            return placement
        }
        guard let short = request.shortened else { return nil }
        var placement = placer.place(
            anchor: request.anchor, length: short.length, span: short.span, packed: short.packed, leaders: leaders,
            firstSlot: first, pending: pending, in: &slots[request.group])
        placement?.isShortened = true
        return placement
    }

    /// Waiting markers per group, for the events in `members`.
    private func pendingAnchors(_ members: [Int], _ requests: [LabelRequest], groups: Int) -> [PendingAnchors] {
        var included = [Bool](repeating: false, count: requests.count)
        for member in members { included[member] = true }
        return (0..<groups).map { group in
            PendingAnchors(
                requests.indices.map {
                    included[$0] && requests[$0].group == group ? requests[$0].anchor : -.greatestFiniteMagnitude
                })
        }
    }

    /// Places `order` one by one where each costs the waiting markers least.
    private func placeRest(
        _ order: [Int], _ requests: [LabelRequest], slots initial: [LabelSlots],
        placements initialPlacements: [LabelPlacer.Placement?], firstSlot: [Int]?, placer: LabelPlacer, leaders: Bool
    ) -> (slots: [LabelSlots], placements: [LabelPlacer.Placement?], failures: [Int]) {
        var slots = initial
        var placements = initialPlacements
        var failures: [Int] = []
        var failedInARow = 0
        var pending = pendingAnchors(order, requests, groups: initial.count)
        for index in order {
            pending[requests[index].group].remove(index)
            guard failedInARow < ChartBuilder.fullAfterFailures else {
                failures.append(index)
                continue
            }
            if let placement = place(
                index, requests, in: &slots, firstSlot: firstSlot, pending: pending[requests[index].group],
                placer: placer, leaders: leaders)
            {
                placements[index] = placement
                failedInARow = 0
            } else {
                failures.append(index)
                failedInARow += 1
            }
        }
        return (slots, placements, failures)
    }

    /// The most labels, taken by priority, that all fit when placed latest first.
    private func largestFittingSet(
        _ requests: [LabelRequest], slots initial: [LabelSlots], firstSlot: [Int]?, placer: LabelPlacer, leaders: Bool
    ) -> (count: Int, result: (slots: [LabelSlots], placements: [LabelPlacer.Placement?])) {
        func placeAll(_ count: Int) -> (slots: [LabelSlots], placements: [LabelPlacer.Placement?])? {
            var slots = initial
            var placements = [LabelPlacer.Placement?](repeating: nil, count: requests.count)
            let members = Array(priority.prefix(count))
            var pending = pendingAnchors(members, requests, groups: initial.count)
            let order = members.sorted {
                requests[$0].anchor != requests[$1].anchor ? requests[$0].anchor > requests[$1].anchor : $0 < $1
            }
            for index in order {
                pending[requests[index].group].remove(index)
                guard
                    let placement = place(
                        index, requests, in: &slots, firstSlot: firstSlot, pending: pending[requests[index].group],
                        placer: placer, leaders: leaders)
                else { return nil }
                placements[index] = placement
            }
            return (slots, placements)
        }
        var low = 0
        var high = requests.count
        var best: (slots: [LabelSlots], placements: [LabelPlacer.Placement?]) = (
            initial, Array(repeating: nil, count: requests.count)
        )
        while low < high {
            let middle = (low + high + 1) / 2
            if let attempt = placeAll(middle) {
                best = attempt
                low = middle
            } else {
                high = middle - 1
            }
        }
        return (low, best)
    }

    /// Numbers the keyed events and places each number's pill; returns the number and pill of
    /// each keyed event that found room, and the keyed events that found none (most important
    /// first), which the caller draws as markers only: the key lists only numbers the reader
    /// can find on the chart.
    ///
    /// An event's number is its place in the timeline (the first event is 1), the same number
    /// the HTML list gives it.
    func placeNumbers(
        keyed: [Int], anchors: [Double], groups: [Int], pillLength: (Int) -> Double, packed: (Double) -> [Double],
        slots: inout [LabelSlots], placer: LabelPlacer
    ) -> (numbers: [Int: Int], placements: [Int: LabelPlacer.Placement], unplaced: [Int]) {
        var numbers: [Int: Int] = [:]
        var placements: [Int: LabelPlacer.Placement] = [:]
        var unplaced: [Int] = []
        // Important events get the nearest room, as with labels.
        let rank = priorityRank
        let order = keyed.sorted { rank[$0] < rank[$1] }
        var isKeyed = [Bool](repeating: false, count: anchors.count)
        for index in keyed { isKeyed[index] = true }
        var pending = (0..<slots.count).map { group in
            PendingAnchors(
                anchors.indices.map { isKeyed[$0] && groups[$0] == group ? anchors[$0] : -.greatestFiniteMagnitude })
        }
        var failedInARow = 0
        for index in order {
            let number = index + 1
            let length = pillLength(number)
            pending[groups[index]].remove(index)
            guard failedInARow < ChartBuilder.fullAfterFailures,
                let placement = placer.place(
                    anchor: anchors[index], length: length, span: 1, packed: packed(length), leaders: true,
                    pending: pending[groups[index]], in: &slots[groups[index]])
            else {
                unplaced.append(index)
                failedInARow += 1
                continue
            }
            numbers[index] = number
            placements[index] = placement
            failedInARow = 0
        }
        return (numbers, placements, unplaced)
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
