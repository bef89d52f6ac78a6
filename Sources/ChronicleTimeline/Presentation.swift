/// How a timeline is laid out, from the timeline file's `present:`.
public struct Presentation: Hashable, Sendable {
    /// The paper size, or `fit` for a drawing sized to its content.
    public enum Page: String, Hashable, Sendable, CaseIterable { case a4, letter, fit }
    public enum Orientation: String, Hashable, Sendable, CaseIterable { case landscape, portrait }
    /// Linear time, or compressed with visible breaks across long empty stretches.
    public enum Scale: String, Hashable, Sendable, CaseIterable { case linear, compressed }
    public enum Theme: String, Hashable, Sendable, CaseIterable { case light, print, dark }

    public var page: Page
    public var orientation: Orientation
    public var scale: Scale
    public var theme: Theme
    /// Whether categories get lanes of their own.
    public var lanes: Bool

    public init(
        page: Page = .a4, orientation: Orientation = .landscape, scale: Scale = .compressed,
        theme: Theme = .light, lanes: Bool = true
    ) {
        self.page = page
        self.orientation = orientation
        self.scale = scale
        self.theme = theme
        self.lanes = lanes
    }
}
