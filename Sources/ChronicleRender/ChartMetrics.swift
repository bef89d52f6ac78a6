import ChronicleTimeline

/// The sizes of everything on the chart, in CSS px. Type sizes are chosen for print: a label at
/// 12 px is 9 pt on paper, the title 16.5 pt.
enum ChartMetrics {
    static let pageMargin = 40.0
    static let fitMargin = 24.0

    static let titleSize = 22.0
    static let titleLine = 27.0
    static let subtitleSize = 14.0
    static let subtitleLine = 19.0
    static let metaSize = 11.0
    static let metaLine = 17.0
    static let legendSize = 11.0
    static let legendRow = 18.0

    static let labelSize = 12.0
    /// The height of a label line, and of a label row in landscape.
    static let line = 15.0
    /// The widest a label line may be in landscape, px.
    static let labelWidth = 190.0
    static let labelLines = 4
    /// The lines of a label's shorter form, where the full one finds no room.
    static let shortLabelLines = 2
    /// A label column in portrait, px (the text wraps 10 px narrower).
    static let columnWidth = 236.0

    static let tickSize = 10.5
    static let footerSize = 10.0
    static let footerLine = 13.0
    static let keySize = 11.0
    static let keyLine = 15.0
    static let keyColumn = 270.0
    static let numberSize = 9.0

    /// Landscape: at most this many rows for numbers under a lane's labels.
    static let maximumNumberRows = 6

    /// Interval bars: thickness and the distance between tracks.
    static let bar = 6.0
    static let track = 9.0
    static let maximumTracks = 4

    /// Landscape lane parts around the label rows: padding above, marker zone, padding below.
    static let laneTop = 4.0
    static let markerZone = 18.0
    static let laneBottom = 6.0
    /// The axis under the lanes: ticks and two lines of labels.
    static let axisHeight = 36.0

    /// Portrait: the marker column of a lane, and the gap before the label columns.
    static let laneColumn = 18.0
    static let columnGap = 12.0
    /// Portrait: the gap between the lanes and the label column, where leaders slant.
    static let leaderGutter = 36.0
    /// Portrait: how far a crowd may push a label from its marker, px.
    static let leaderReach = 90.0
    /// Portrait: at most this many lanes; more categories share one lane.
    static let portraitLanes = 4

    /// The paper, in CSS px, landscape (wider than tall); nil for `fit`.
    static func paper(_ page: Presentation.Page) -> (width: Double, height: Double, physical: (String, String))? {
        switch page {
        case .a4: (1122.52, 793.7, ("297mm", "210mm"))
        case .letter: (1056, 816, ("11in", "8.5in"))
        case .fit: nil
        }
    }
}
