import ChronicleText
import ChronicleTimeline

/// Merges candidate events that report the same happening: compatible dates and shared key
/// words. The merged event keeps the finest date and every citation.
public struct EventMerger: Sendable {
    /// The share of key words two titles must have in common.
    public var threshold: Double

    public init(threshold: Double = 0.3) {
        self.threshold = threshold
    }

    /// Merges a list of events (any order) into a chronological list without duplicates.
    public func merged(_ events: [Event]) -> [Event] {
        var result: [Event] = []
        for event in events {
            if let index = result.firstIndex(where: { isSameEvent($0, event) }) {
                result[index] = combine(result[index], event)
            } else {
                result.append(event)
            }
        }
        return result.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    func isSameEvent(_ a: Event, _ b: Event) -> Bool {
        guard a.date.isCompatible(with: b.date) else { return false }
        let wordsA = keyWords(a.title)
        let wordsB = keyWords(b.title)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return false }
        let shared = Double(wordsA.intersection(wordsB).count)
        return shared / Double(min(wordsA.count, wordsB.count)) >= threshold && shared >= 2
    }

    func keyWords(_ text: String) -> Set<String> {
        Set(EventID.slugWords(text).filter { !EventID.stopWords.contains($0) && $0.count > 2 })
    }

    func combine(_ a: Event, _ b: Event) -> Event {
        var merged = a
        if b.date.precision > a.date.precision { merged.date = b.date }
        for citation in b.citations where !merged.citations.contains(citation) { merged.citations.append(citation) }
        merged.importance = Importance.score(precision: merged.date.precision, sources: merged.sourceIDs.count)
        return merged
    }
}
