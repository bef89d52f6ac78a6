import ChronicleTimeline

/// How to size and orient the chart, on top of the timeline's own `present:` settings.
///
/// ```swift
/// let svg = SVGRenderer(options: ChartOptions(page: .fit, fitWidth: 960)).render(timeline)
/// ```
public struct ChartOptions: Hashable, Sendable {
    /// The paper size; nil keeps the timeline's (`present: page:`).
    public var page: Presentation.Page?
    /// Landscape (time runs across) or portrait (time runs down); nil keeps the timeline's.
    public var orientation: Presentation.Orientation?
    /// The width of a `fit` drawing in px (CSS px, 1/96 in), clamped to 320–20,000. Its height
    /// follows from the content.
    public var fitWidth: Double

    /// Options that keep the timeline's page and orientation; `fitWidth` matters only for `fit`.
    public init(page: Presentation.Page? = nil, orientation: Presentation.Orientation? = nil, fitWidth: Double = 1200) {
        self.page = page
        self.orientation = orientation
        self.fitWidth = fitWidth
    }
}

/// What a chart could not show in full; every event is always in the HTML list and the text.
///
/// Labels go on the drawing first, then numbered markers with a key under the chart. On a page
/// of fixed size, an event may end up with neither: it is then drawn only as a marker.
public struct ChartReport: Hashable, Sendable {
    /// How many events carry a label on the drawing.
    public var labelled: Int
    /// How many events are numbered on the drawing and listed in the key.
    public var numbered: Int
    /// Ids of events listed in the key whose number found no room beside the marker. The
    /// renderers leave such events out of the key (a number the reader cannot find on the chart
    /// helps nobody) and report them in ``markerOnly``, so this stays empty.
    public var keyedWithoutNumber: [String]
    /// Ids of events drawn only as a marker: no label, no key entry.
    public var markerOnly: [String]

    /// A report; the renderers make these, tests compare them.
    public init(labelled: Int = 0, numbered: Int = 0, keyedWithoutNumber: [String] = [], markerOnly: [String] = []) {
        self.labelled = labelled
        self.numbered = numbered
        self.keyedWithoutNumber = keyedWithoutNumber
        self.markerOnly = markerOnly
    }

    /// One line for a person when events are drawn as markers only; empty when every event has
    /// a label or a line in the key (a keyed event without a number beside its marker is still
    /// listed by date, so it is no shortfall worth a warning).
    public var messages: [String] {
        guard !markerOnly.isEmpty else { return [] }
        let word = markerOnly.count == 1 ? "event is" : "events are"
        return [
            "\(markerOnly.count) \(word) drawn without a label or number (no room on the page; "
                + "the HTML and text list every event; try --page fit or --max-events)"
        ]
    }
}
