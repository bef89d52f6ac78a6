/// Labels stacked in one column beside the time axis, in the order of their markers: each
/// label as near its marker as the others allow, none overlapping, all inside the column.
///
/// Keeping the order is what lets every label join its marker with a leader that crosses no
/// other leader, however far the crowd pushes it. The positions are the closest in the least
/// squares sense (pool-adjacent-violators over the labels' desired tops), so a crowd spreads
/// evenly around the middle of its markers.
struct LabelColumn {
    /// One label: where it would like its top, and how tall it is.
    struct Item {
        var desiredTop: Double
        var height: Double
    }

    /// The usable stretch of the column.
    var bounds: ClosedRange<Double>

    /// Whether labels this tall in total fit the column.
    func fits(totalHeight: Double) -> Bool {
        totalHeight <= bounds.upperBound - bounds.lowerBound + 1e-9
    }

    /// The tops of `items`, which must come in marker order; nil when they do not fit.
    func place(_ items: [Item]) -> [Double]? {
        let total = items.reduce(0) { $0 + $1.height }
        guard fits(totalHeight: total) else { return nil }
        guard !items.isEmpty else { return [] }
        // With `offset[i]` the height of the labels above item i, tops that keep the order and
        // do not overlap are exactly `offset[i] + x[i]` with x non-decreasing: an isotonic
        // regression of the desired tops less their offsets.
        var offsets: [Double] = []
        offsets.reserveCapacity(items.count)
        var above = 0.0
        for item in items {
            offsets.append(above)
            above += item.height
        }
        // Pools of consecutive items sharing one x: their mean target, and how many they hold.
        var means: [Double] = []
        var counts: [Int] = []
        for (item, offset) in zip(items, offsets) {
            var mean = item.desiredTop - offset
            var count = 1
            while let last = means.last, last >= mean {
                let lastCount = counts.removeLast()
                means.removeLast()
                mean = (last * Double(lastCount) + mean * Double(count)) / Double(lastCount + count)
                count += lastCount
            }
            means.append(mean)
            counts.append(count)
        }
        // The same bounds hold for every x (the first top, and the last bottom), so clamping the
        // unconstrained solution is the constrained one.
        let low = bounds.lowerBound
        let high = bounds.upperBound - total
        var tops: [Double] = []
        tops.reserveCapacity(items.count)
        for (mean, count) in zip(means, counts) {
            let x = min(max(mean, low), high)
            for _ in 0..<count { tops.append(offsets[tops.count] + x) }
        }
        return tops
    }
}
