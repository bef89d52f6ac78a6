import ChronicleText

/// How much an event matters to a briefing, from 0 to 1.
enum Importance {
    /// Precise dates and events several sources report score higher.
    static func score(precision: TimePoint.Precision, sources: Int) -> Double {
        let precisionScore: Double
        switch precision {
        case .day, .time: precisionScore = 0.5
        case .week, .month: precisionScore = 0.4
        case .quarter, .season, .halfYear: precisionScore = 0.3
        case .year: precisionScore = 0.25
        case .decade, .century: precisionScore = 0.1
        }
        let sourceScore = min(Double(sources - 1) * 0.2, 0.4)
        return min(1, 0.1 + precisionScore + sourceScore)
    }
}
