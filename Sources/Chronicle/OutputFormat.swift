import ChronicleRender
import ChronicleTimeline
import Foundation

/// The files `build` and `render` write, by extension.
public enum OutputFormat: String, CaseIterable, Sendable {
    case txt, json, svg, html

    /// The formats `build` writes when none are asked for.
    public static let buildDefaults: [OutputFormat] = [.txt, .json, .svg, .html]

    /// Renders a timeline in this format.
    public func render(_ timeline: Timeline, options: RenderOptions = RenderOptions()) -> Data {
        rendered(timeline, options: options).data
    }

    /// Renders a timeline in this format, with what the chart could not label (SVG and HTML;
    /// an empty report for the others).
    public func rendered(_ timeline: Timeline, options: RenderOptions = RenderOptions()) -> (
        data: Data, report: ChartReport
    ) {
        switch self {
        case .txt:
            return (Data(TextRenderer(width: options.width, ascii: options.ascii).render(timeline).utf8), ChartReport())
        case .json:
            return (timeline.jsonData(), ChartReport())
        case .svg:
            let result = SVGRenderer(options: options.chart).renderWithReport(timeline)
            return (Data(result.svg.utf8), result.report)
        case .html:
            let result = HTMLRenderer(options: options.chart, largePrint: options.largePrint).renderWithReport(timeline)
            return (Data(result.html.utf8), result.report)
        }
    }
}

/// Settings the renderers share, from the command line.
public struct RenderOptions: Sendable {
    /// Text width in columns.
    public var width: Int
    /// ASCII-only text.
    public var ascii: Bool
    /// Page, orientation and fit width of the SVG chart (also the chart inside the HTML page).
    public var chart: ChartOptions
    /// Whether the HTML page starts in large print (18 pt body text on screen and paper).
    public var largePrint: Bool

    /// Options as the command line gives them; the defaults match the commands' defaults.
    public init(width: Int = 80, ascii: Bool = false, chart: ChartOptions = ChartOptions(), largePrint: Bool = false) {
        self.width = width
        self.ascii = ascii
        self.chart = chart
        self.largePrint = largePrint
    }
}
