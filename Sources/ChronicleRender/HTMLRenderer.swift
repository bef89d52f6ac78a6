import ChronicleText
import ChronicleTimeline
import Foundation

/// Renders a timeline as one self-contained HTML page: the SVG chart inline (without the title,
/// which the page's heading gives), then every event in an ordered list under year, decade or
/// century headings, each with `<time datetime>` and numbered notes that quote its sources, then
/// the sources.
///
/// The page makes no network request (a Content-Security-Policy forbids it), reads in full
/// without JavaScript (a small inline script adds search and category filters), follows the
/// reader's dark-mode setting on screen, and prints as a handout: the chart on a sheet of its
/// own, then the list on A4 or Letter, events never split across pages, body text at 11 pt —
/// or 18 pt with "Large print" ticked (``largePrint`` ticks it from the start).
///
/// ```swift
/// let page = HTMLRenderer(options: ChartOptions(page: .letter)).render(timeline)
/// ```
public struct HTMLRenderer: Sendable {
    /// Page, orientation and fit width of the chart; the page size also sets the print size.
    public var options: ChartOptions
    /// Whether the page opens in large print.
    public var largePrint: Bool

    /// A renderer with the chart's options and whether the page opens in large print.
    public init(options: ChartOptions = ChartOptions(), largePrint: Bool = false) {
        self.options = options
        self.largePrint = largePrint
    }

    /// The page, from `<!DOCTYPE html>` to a final newline.
    public func render(_ timeline: Timeline) -> String {
        renderWithReport(timeline).html
    }

    /// The page and what its chart could not label (see ``ChartReport``).
    public func renderWithReport(_ timeline: Timeline) -> (html: String, report: ChartReport) {
        // The page's own heading gives the title, subtitle and counts: the chart leaves them out.
        var builder = ChartBuilder(timeline: timeline, options: options)
        builder.showsHeader = false
        builder.cropsToContent = true
        let layout = builder.build()
        let chart = ChartDrawing(layout: layout, timeline: timeline, isInline: true).svg()
        var page = HTMLPage(timeline: timeline, layout: layout, largePrint: largePrint)
        page.options = options
        return (page.write(chart: chart), layout.report)
    }
}
