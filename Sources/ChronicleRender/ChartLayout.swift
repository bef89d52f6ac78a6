import ChronicleTimeline

/// Everything the SVG needs, already measured and placed: page, header, legend, lanes, axis,
/// event marks, labels, the key of numbered events, the footer, and a report of what did not fit.
///
/// One layout serves the standalone SVG and the SVG inside the HTML page. Coordinates are CSS
/// px (1/96 in) from the top left.
struct ChartLayout {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    struct Rect: Equatable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        var maxX: Double { x + width }
        var maxY: Double { y + height }

        func intersects(_ other: Rect) -> Bool {
            x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
        }
    }

    /// A line of text: title, subtitle, a legend entry, a tick label, the footer.
    struct TextLine: Equatable {
        enum Anchor: String { case start, middle, end }
        enum Tone { case ink, muted }

        var x: Double
        var y: Double
        var text: String
        var size: Double
        var isBold = false
        var anchor = Anchor.start
        var tone = Tone.ink
    }

    /// An entry of the legend.
    struct LegendItem: Equatable {
        enum Kind: Equatable { case category(Int), approximate, period, numbered }
        var kind: Kind
        /// The centre of its symbol.
        var symbol: Point
        var label: TextLine
    }

    /// A category's band.
    struct Lane: Equatable {
        var category: Int
        var rect: Rect
        /// The line the markers sit on: a y in landscape, an x in portrait.
        var baseline: Double
        var name: TextLine?
        var isShaded: Bool
    }

    struct Axis: Equatable {
        struct Tick: Equatable {
            var position: Point
            var label: TextLine?
            var context: TextLine?
        }

        /// The axis line, one piece per segment of the scale.
        var lines: [(Point, Point)]
        var ticks: [Tick]
        /// Light rules across the lanes at each tick.
        var gridlines: [(Point, Point)]
        /// Break marks, with the time each one leaves out.
        var breaks: [(center: Point, leftOut: String)]

        static func == (a: Axis, b: Axis) -> Bool {
            a.lines.elementsEqual(b.lines, by: { $0.0 == $1.0 && $0.1 == $1.1 }) && a.ticks == b.ticks
                && a.gridlines.elementsEqual(b.gridlines, by: { $0.0 == $1.0 && $0.1 == $1.1 })
                && a.breaks.elementsEqual(b.breaks, by: { $0.center == $1.center && $0.leftOut == $1.leftOut })
        }
    }

    /// A label: its box (filled as a halo), its lines, and the stem or leader from the marker.
    struct Label: Equatable {
        var box: Rect
        var lines: [(origin: Point, line: LabelText.Line)]
        var stem: [Point]

        static func == (a: Label, b: Label) -> Bool {
            a.box == b.box && a.stem == b.stem
                && a.lines.elementsEqual(b.lines, by: { $0.origin == $1.origin && $0.line == $1.line })
        }
    }

    /// A numbered marker: a small pill with a number next to the event, keyed below the chart.
    struct Number: Equatable {
        var value: Int
        var box: Rect
        var stem: [Point]
    }

    /// How one event is drawn.
    struct Mark: Equatable {
        /// The event's index in the timeline.
        var event: Int
        var category: Int
        /// Where the category shape goes.
        var marker: Point
        /// A hollow, dashed marker: the date is approximate.
        var isApproximate: Bool
        /// The stretch the date covers when it is wider than a point (a year on a day axis), faded
        /// at the ends when approximate.
        var extent: Rect?
        /// An interval's bar, with which ends are approximate (faded).
        var bar: Rect?
        var fadesStart: Bool
        var fadesEnd: Bool
        var label: Label?
        var number: Number?
        /// What a screen reader says for it: the date in full and the title.
        var description: String
    }

    /// A line of the key: the number's pill and the event's date and title.
    struct KeyEntry: Equatable {
        var number: Int
        var event: Int
        var pill: Rect
        var origin: Point
        var line: LabelText.Line
    }

    var width: Double
    var height: Double
    /// The printed size (`297mm`, `11in`), or nil for a drawing sized in px.
    var physicalSize: (width: String, height: String)?
    var isVertical: Bool
    var palette: ChartPalette
    /// Legend order: category ids, names and styles.
    var categories: [(id: String, name: String, style: CategoryStyle)]
    var header: [TextLine]
    var legend: [LegendItem]
    var plot: Rect
    var lanes: [Lane]
    var axis: Axis
    /// One per event, in chronological (timeline) order.
    var marks: [Mark]
    var keyHeading: TextLine?
    var key: [KeyEntry]
    var footer: [TextLine]
    var report: ChartReport
    /// A one-paragraph summary for `<desc>`.
    var summary: String
}
