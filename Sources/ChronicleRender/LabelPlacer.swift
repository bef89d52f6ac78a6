/// Finds a place for each label, in three steps: right at its marker in the nearest free slot
/// (packed rows); then moved along the time axis with a leader line back to the marker; and,
/// when neither fits, nowhere — the caller then gives the event a numbered marker and a line in
/// the key.
struct LabelPlacer {
    /// Where a label went.
    struct Placement: Equatable {
        /// The first (nearest) slot it occupies.
        var slot: Int
        /// The label box along the time axis.
        var low: Double
        var high: Double
        /// Whether it is moved away from its marker and needs a leader line.
        var isLeader: Bool
        /// Whether the label's shorter form took the place (see `ChartBuilder.LabelRequest`).
        var isShortened = false
    }

    /// The usable stretch of the time axis.
    var bounds: ClosedRange<Double>
    /// Half the width reserved around a stem.
    var stemHalfWidth = 2.0
    /// How many slots below a box leave a covered marker room enough for its own label.
    var roomBelow = 1
    /// Axis breaks: a label across one spans time that is not drawn, so it costs as much as
    /// covering a waiting marker — taken only when nothing better fits.
    var breaks: [ClosedRange<Double>] = []
    /// The highest slot a box may take, when boxes must stay near the markers (number pills).
    var highestSlot = Int.max
    /// How far a label may move, in order of preference, px.
    var shifts: [Double] = [6, 14, 26, 42, 64, 92, 128, 172, 224]

    /// Places a box `length` long along the time axis and `span` slots deep, for a marker at
    /// `anchor`, in slots from `firstSlot` up; `packed` lists where the box may start relative to
    /// the anchor without a leader.
    ///
    /// Among the places that fit, it takes the one that costs least — each marker in `pending`
    /// it covers beyond one per ``roomBelow`` slots left below the box, and each axis break it
    /// crosses, counts one — then the nearest slot; a leader place comes only when it costs less
    /// than every packed place, the shortest move first.
    func place(
        anchor: Double, length: Double, span: Int, packed: [Double], leaders: Bool, firstSlot: Int = 0,
        pending: PendingAnchors? = nil, in slots: inout LabelSlots
    ) -> Placement? {
        guard span > 0, firstSlot >= 0, firstSlot + span <= slots.count else { return nil }
        let stem = (anchor - stemHalfWidth)...(anchor + stemHalfWidth)
        // The stem reaches slot `reach` when it crosses no label on the way.
        var reach = 0
        let top = min(slots.count - span, highestSlot)
        while reach < top && slots.stemPasses(stem, slot: reach) { reach += 1 }
        guard reach >= firstSlot else { return nil }
        // A box over a waiting marker cuts its stem off from this slot and those above; the
        // marker keeps the slots below, and `roomBelow` of them are enough for any label.
        func cost(_ low: Double, _ high: Double, _ slot: Int) -> Double {
            var total = 0.0
            for band in breaks where band.lowerBound < high && low < band.upperBound { total += 1 }
            guard let pending else { return total }
            let kept = slot - firstSlot
            // Every `roomBelow` slots kept below the box hold about one covered marker's label;
            // the covered markers beyond that are left without room.
            let covered = pending.count(low, high)
            return total + Double(max(0, covered - kept / roomBelow))
        }

        var best: (cost: Double, placement: Placement, reserved: (Double, Double))?
        packedSearch: for slot in firstSlot...reach {
            for offset in packed {
                let low = anchor + offset
                let high = low + length
                guard low >= bounds.lowerBound, high <= bounds.upperBound else { continue }
                guard slots.boxFits(low: low, high: high, first: slot, span: span) else { continue }
                let covered = cost(low, high, slot)
                if best == nil || covered < best!.cost {
                    best = (covered, Placement(slot: slot, low: low, high: high, isLeader: false), (low, high))
                    if covered == 0 { break packedSearch }
                }
            }
        }
        // A leader that covers fewer waiting markers beats a packed place that covers some.
        if leaders && (best?.cost ?? 1) > 0 {
            leaderSearch: for shift in shifts {
                for slot in firstSlot...reach {
                    for after in [true, false] {
                        let low = after ? anchor + stemHalfWidth + shift : anchor - stemHalfWidth - shift - length
                        let high = low + length
                        guard low >= bounds.lowerBound, high <= bounds.upperBound else { continue }
                        // The leader runs along the label's slot from the stem to the box.
                        let reserved = (min(low, stem.lowerBound), max(high, stem.upperBound))
                        guard slots.boxFits(low: reserved.0, high: reserved.1, first: slot, span: span) else {
                            continue
                        }
                        let covered = cost(reserved.0, reserved.1, slot)
                        if best == nil || covered < best!.cost {
                            best = (covered, Placement(slot: slot, low: low, high: high, isLeader: true), reserved)
                            if covered == 0 { break leaderSearch }
                        }
                    }
                }
            }
        }
        guard let chosen = best else { return nil }
        let placement = chosen.placement
        slots.take(low: chosen.reserved.0, high: chosen.reserved.1, first: placement.slot, span: span, stem: stem)
        return placement
    }
}
