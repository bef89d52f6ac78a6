/// Maps days (days since 1970-01-01, fractional for times of day) to positions along the time
/// axis, linearly or compressed: long empty stretches between clusters of events become breaks
/// of a fixed length, drawn as such.
struct TimeScale: Equatable {
    /// A stretch of time drawn linearly between two positions.
    struct Segment: Equatable {
        var startDay: Double
        var endDay: Double
        var start: Double
        var end: Double

        func position(ofDay day: Double) -> Double {
            guard endDay > startDay else { return start }
            return start + (day - startDay) / (endDay - startDay) * (end - start)
        }
    }

    /// One or more segments in time order; between two segments lies a break.
    var segments: [Segment]

    /// Where the breaks are drawn: the middle of the space between two segments.
    var breaks: [Double] {
        zip(segments, segments.dropFirst()).map { ($0.end + $1.start) / 2 }
    }

    /// The time cut out at each break, in days.
    var breakDurations: [(from: Double, to: Double)] {
        zip(segments, segments.dropFirst()).map { ($0.endDay, $1.startDay) }
    }

    /// The position of a day; days that fall in a break go to the nearer segment's end.
    func position(ofDay day: Double) -> Double {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].startDay <= day { low = middle } else { high = middle - 1 }
        }
        let segment = segments[low]
        if day < segment.startDay { return segment.start }
        if day > segment.endDay {
            if low + 1 < segments.count, day - segment.endDay > segments[low + 1].startDay - day {
                return segments[low + 1].start
            }
            return segment.end
        }
        return segment.position(ofDay: day)
    }

    /// The length of a break, px.
    static let breakLength = 26.0
    /// The shortest a segment is drawn, px, so even one lone event gets room for a tick label.
    static let minimumSegment = 70.0
    /// A gap becomes a break when it is at least this share of the whole span.
    static let breakShare = 0.12
    /// A gap also becomes a break when it is at least this share of the span left once the
    /// longer breaks are cut out.
    static let remainderShare = 0.3
    /// At most this many breaks, the longest gaps first.
    static let maximumBreaks = 6

    /// A scale for events covering `extents` (half-open day ranges), drawn from `start` to `end`.
    ///
    /// The domain is padded so events at either end do not sit on the frame. An empty or
    /// zero-length domain widens to a month around it.
    static func make(extents: [(Double, Double)], from start: Double, to end: Double, compressed: Bool) -> TimeScale {
        let sorted = extents.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        guard let first = sorted.first else {
            return TimeScale(segments: [Segment(startDay: 0, endDay: 30, start: start, end: end)])
        }
        // Clusters of overlapping extents.
        var clusters: [(Double, Double)] = [first]
        for extent in sorted.dropFirst() {
            if extent.0 <= clusters[clusters.count - 1].1 {
                clusters[clusters.count - 1].1 = max(clusters[clusters.count - 1].1, extent.1)
            } else {
                clusters.append(extent)
            }
        }
        let low = clusters[0].0
        let high = clusters.map(\.1).max() ?? clusters[0].1
        var span = high - low
        let minimumSpan = 30.0
        let centre = (low + high) / 2
        var domain = (low, high)
        if span < minimumSpan {
            domain = (centre - minimumSpan / 2, centre + minimumSpan / 2)
            span = minimumSpan
        }
        let padding = span * 0.03
        domain = (domain.0 - padding, domain.1 + padding)

        let length = end - start
        var gaps: [(index: Int, length: Double)] = []
        if compressed {
            var candidates: [(index: Int, length: Double)] = []
            for index in 1..<max(clusters.count, 1) {
                candidates.append((index, clusters[index].0 - clusters[index - 1].1))
            }
            candidates.sort { $0.length > $1.length || ($0.length == $1.length && $0.index < $1.index) }
            // Longest first. A gap is long against the whole span, or against what is still
            // drawn once longer gaps are cut out: with a half-century cut, an empty decade
            // between the rest is long too.
            var drawnSpan = span
            for gap in candidates where gaps.count < maximumBreaks {
                guard gap.length >= span * breakShare || gap.length >= drawnSpan * remainderShare else { break }
                gaps.append(gap)
                drawnSpan -= gap.length
            }
            // Each break must leave room for the segments on either side.
            let fit = Int((length + breakLength) / (minimumSegment + breakLength)) - 1
            gaps = Array(gaps.prefix(max(0, fit)))
        }
        let cuts = gaps.map(\.index).sorted()
        guard !cuts.isEmpty else {
            return TimeScale(segments: [Segment(startDay: domain.0, endDay: domain.1, start: start, end: end)])
        }
        // Day ranges of the segments: clusters between cuts, each padded a little.
        var ranges: [(Double, Double)] = []
        var from = 0
        for cut in cuts + [clusters.count] {
            let first = clusters[from].0
            let last = clusters[cut - 1].1
            ranges.append((first, last))
            from = cut
        }
        let durations = ranges.map { max($0.1 - $0.0, 1) }
        let total = durations.reduce(0, +)
        ranges = zip(ranges, durations).map { range, duration in
            let pad = max(duration * 0.04, total * 0.01, 1)
            return (range.0 - pad, range.1 + pad)
        }
        let paddedDurations = ranges.map { $0.1 - $0.0 }
        let paddedTotal = paddedDurations.reduce(0, +)
        // Each segment is drawn to scale, but across a break the scale may change: a segment's
        // share of the length is half its share of the time, half its share of the events, so a
        // busy year after a quiet decade gets room for its labels.
        var counts = [Int](repeating: 0, count: ranges.count)
        var segment = 0
        for extent in sorted {
            while segment + 1 < ranges.count && extent.0 >= ranges[segment + 1].0 { segment += 1 }
            counts[segment] += 1
        }
        let drawable = length - Double(ranges.count - 1) * breakLength
        let spare = max(drawable - Double(ranges.count) * minimumSegment, 0)
        var segments: [Segment] = []
        var position = start
        for (offset, (range, duration)) in zip(ranges, paddedDurations).enumerated() {
            let share = 0.5 * duration / paddedTotal + 0.5 * Double(counts[offset]) / Double(sorted.count)
            let size = minimumSegment + spare * share
            segments.append(Segment(startDay: range.0, endDay: range.1, start: position, end: position + size))
            position += size + breakLength
        }
        return TimeScale(segments: segments)
    }
}
