/// The markers of one slot group still waiting for a label, counted by stretch of the time axis
/// (a Fenwick tree over the anchors in order), so a candidate label can be scored by how many
/// waiting markers it would cover — and so cut off from the slots above.
struct PendingAnchors {
    private let sorted: [Double]
    private var tree: [Int]
    /// The position in `sorted` of each member, by member number.
    private let rank: [Int]
    private var isPending: [Bool]

    /// `anchors[i]` is member i's position along the time axis.
    init(_ anchors: [Double]) {
        let order = anchors.indices.sorted { anchors[$0] < anchors[$1] || (anchors[$0] == anchors[$1] && $0 < $1) }
        sorted = order.map { anchors[$0] }
        var rank = [Int](repeating: 0, count: anchors.count)
        for (position, member) in order.enumerated() { rank[member] = position }
        self.rank = rank
        isPending = Array(repeating: true, count: anchors.count)
        // Every anchor starts pending: build the tree in linear time.
        var tree = [Int](repeating: 0, count: anchors.count + 1)
        for index in stride(from: 1, through: anchors.count, by: 1) {
            tree[index] += 1
            let parent = index + (index & -index)
            if parent <= anchors.count { tree[parent] += tree[index] }
        }
        self.tree = tree
    }

    /// Marks a member as no longer waiting.
    mutating func remove(_ member: Int) {
        guard member < rank.count, isPending[member] else { return }
        isPending[member] = false
        var index = rank[member] + 1
        while index < tree.count {
            tree[index] -= 1
            index += index & -index
        }
    }

    /// How many waiting anchors lie strictly inside `(low, high)`.
    func count(_ low: Double, _ high: Double) -> Int {
        guard high > low else { return 0 }
        return prefix(lowerBound(high)) - prefix(upperBound(low))
    }

    /// Pending anchors among the first `count` in order.
    private func prefix(_ count: Int) -> Int {
        var total = 0
        var index = count
        while index > 0 {
            total += tree[index]
            index -= index & -index
        }
        return total
    }

    /// The number of anchors below `value`.
    private func lowerBound(_ value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The number of anchors at or below `value`.
    private func upperBound(_ value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
