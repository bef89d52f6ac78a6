import ChronicleText
import ChronicleTimeline

extension Array where Element == Event {
    /// The events in chronological order, then by id: the order of every output.
    func chronological() -> [Event] { chronologicalOrder().map { self[$0] } }

    /// The indexes of the events in chronological order, then by id, then by position. The
    /// dates' day numbers are computed once per event, not once per comparison.
    func chronologicalOrder() -> [Int] {
        func key(_ point: TimePoint) -> [Int] {
            [
                point.firstDay, point.precision.rawValue, point.lastDay,
                (point.hour ?? 0) * 60 + (point.minute ?? 0), point.isApproximate ? 1 : 0,
            ]
        }
        let keys = map { key($0.date.start) + key($0.date.end) }
        return indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            if self[a].id != self[b].id { return self[a].id < self[b].id }
            return a < b
        }
    }
}
