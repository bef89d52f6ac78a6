import ChronicleTimeline

/// Renders a timeline as a standalone SVG chart: title, legend, lanes by category, a time axis
/// that suits the span, labelled events, a key of numbered events, and the sources.
///
/// The page comes from the timeline's `present:` settings unless ``options`` overrides it:
/// A4 or Letter (landscape or portrait, sized in mm or in) or `fit` (a given width in px, as
/// tall as the content). The file uses only generic font families and no scripts or CSS, tells
/// categories apart by shape and pattern as well as colour, and is byte-for-byte the same for
/// the same timeline.
///
/// ```swift
/// let svg = SVGRenderer(options: ChartOptions(orientation: .portrait)).render(timeline)
/// ```
public struct SVGRenderer: Sendable {
    /// Page, orientation and fit width.
    public var options: ChartOptions

    /// A renderer with the chart's options (by default the timeline's own `present:`).
    public init(options: ChartOptions = ChartOptions()) {
        self.options = options
    }

    /// The SVG file: an XML declaration, then one `<svg>` element, ending with a newline.
    public func render(_ timeline: Timeline) -> String {
        renderWithReport(timeline).svg
    }

    /// The SVG file and what it could not label (see ``ChartReport``).
    public func renderWithReport(_ timeline: Timeline) -> (svg: String, report: ChartReport) {
        let layout = ChartBuilder(timeline: timeline, options: options).build()
        return (ChartDrawing(layout: layout, timeline: timeline, isInline: false).svg(), layout.report)
    }
}
