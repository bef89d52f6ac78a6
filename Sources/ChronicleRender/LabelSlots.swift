/// Where labels can still go: a stack of slots (rows above a lane's marker line in landscape,
/// columns beside the markers in portrait), each with the stretches of the time axis already
/// taken.
///
/// Two things take room: label boxes, and stems (the thin lines from a marker out to its label).
/// A label may cover neither; a stem may cross other stems but no label. Slot 0 is the one next
/// to the markers, so a label in slot 3 has a stem through slots 0–2.
struct LabelSlots {
    /// Taken stretches of one slot, sorted and merged, so one binary search answers "is it free?".
    struct Stretches {
        private(set) var starts: [Double] = []
        private(set) var ends: [Double] = []

        /// Whether `[low, high]` touches nothing taken.
        func isFree(_ low: Double, _ high: Double) -> Bool {
            // The last stretch starting before `high` is the only one that can reach past `low`:
            // stretches are disjoint and sorted.
            var lower = 0
            var upper = starts.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if starts[middle] < high { lower = middle + 1 } else { upper = middle }
            }
            return lower == 0 || ends[lower - 1] <= low
        }

        mutating func take(_ low: Double, _ high: Double) {
            var low = low
            var high = high
            var first = 0
            var upper = starts.count
            while first < upper {
                let middle = (first + upper) / 2
                if ends[middle] < low { first = middle + 1 } else { upper = middle }
            }
            var last = first
            while last < starts.count && starts[last] <= high {
                low = min(low, starts[last])
                high = max(high, ends[last])
                last += 1
            }
            starts.replaceSubrange(first..<last, with: [low])
            ends.replaceSubrange(first..<last, with: [high])
        }
    }

    private(set) var labels: [Stretches]
    private(set) var stems: [Stretches]

    init(count: Int) {
        labels = Array(repeating: Stretches(), count: max(count, 0))
        stems = Array(repeating: Stretches(), count: max(count, 0))
    }

    var count: Int { labels.count }

    /// Whether a box over `[low, high]` in slots `first..<first + span` touches no label and no
    /// stem (the stem below it is checked with ``stemPasses(_:slot:)``).
    func boxFits(low: Double, high: Double, first: Int, span: Int) -> Bool {
        guard first >= 0, first + span <= count else { return false }
        for slot in first..<(first + span) where !labels[slot].isFree(low, high) || !stems[slot].isFree(low, high) {
            return false
        }
        return true
    }

    /// Whether a stem can cross a slot: it may cross other stems, never a label.
    func stemPasses(_ stem: ClosedRange<Double>, slot: Int) -> Bool {
        labels[slot].isFree(stem.lowerBound, stem.upperBound)
    }

    /// Takes the box and its stem.
    mutating func take(low: Double, high: Double, first: Int, span: Int, stem: ClosedRange<Double>) {
        for slot in first..<(first + span) { labels[slot].take(low, high) }
        for slot in 0..<first { stems[slot].take(stem.lowerBound, stem.upperBound) }
    }

    /// Takes a stretch of one slot for something other than a label (a lane's name).
    mutating func reserve(low: Double, high: Double, slot: Int) {
        guard slot >= 0 && slot < count else { return }
        labels[slot].take(low, high)
    }
}
