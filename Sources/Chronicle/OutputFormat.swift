import ChronicleRender
import ChronicleTimeline
import Foundation

/// The files `build` and `render` write, by extension.
public enum OutputFormat: String, CaseIterable, Sendable {
    case txt, json

    /// The formats `build` writes when none are asked for.
    public static let buildDefaults: [OutputFormat] = [.txt, .json]

    /// Renders a timeline in this format.
    public func render(_ timeline: Timeline, options: RenderOptions = RenderOptions()) -> Data {
        switch self {
        case .txt: Data(TextRenderer(width: options.width, ascii: options.ascii).render(timeline).utf8)
        case .json: timeline.jsonData()
        }
    }
}

/// Settings the renderers share, from the command line.
public struct RenderOptions: Sendable {
    /// Text width in columns.
    public var width: Int
    /// ASCII-only text.
    public var ascii: Bool

    public init(width: Int = 80, ascii: Bool = false) {
        self.width = width
        self.ascii = ascii
    }
}
