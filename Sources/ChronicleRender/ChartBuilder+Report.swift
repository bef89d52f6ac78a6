import ChronicleText

/// The report of what did not fit, the footer note that tells readers, and the `<desc>` text.
extension ChartBuilder {
    /// What the chart shows: `labelled` events with a label, the keyed events of `numbers`, and
    /// the events drawn as markers only.
    func report(labelled: Int, numbers: [Int: Int], markerOnly: [Int]) -> ChartReport {
        ChartReport(
            labelled: labelled, numbered: numbers.count, markerOnly: markerOnly.map { timeline.events[$0].id })
    }

    /// The line under the chart that says some events are shown only as marks.
    func footerNote(_ report: ChartReport) -> [String] {
        let count = report.markerOnly.count
        guard count > 0 else { return [] }
        let what = count == 1 ? "1 more event is" : "\(count) more events are"
        return ["\(what) shown only as a mark here; the HTML and text versions list every event."]
    }

    /// "1650–1900 left out" for a break.
    func leftOutText(_ gap: (from: Double, to: Double)) -> String {
        let from = CalendarDay(number: Int(gap.from.rounded(.down)))
        let to = CalendarDay(number: Int(gap.to.rounded(.down)))
        func text(_ day: CalendarDay) -> String {
            gap.to - gap.from >= 3 * 365
                ? TimePoint.year(day.year).yearText
                : TimePoint.day(day.year, day.month, day.day)?.formatted(.short) ?? ""
        }
        return "Axis break: \(text(from))\u{2013}\(text(to)) not drawn to scale"
    }

    /// What the chart shows, in a sentence or two, for `<desc>`.
    func summary() -> String {
        var text = "Timeline chart: \(counts())."
        if categories.count > 1 {
            text += " Categories: \(categories.map(\.name).joined(separator: ", "))."
        }
        text += " Events follow in date order."
        return text
    }
}
