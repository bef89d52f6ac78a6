import ChronicleTimeline

/// How a category is told apart: a colour, and — for readers in grayscale or without colour
/// vision — a marker shape and a bar pattern of its own.
struct CategoryStyle: Equatable {
    /// Marker shapes, each drawn in a 10 px box around its centre.
    enum Shape: Int, CaseIterable {
        case circle, square, diamond, triangle, invertedTriangle, hexagon, star, cross
        case rightTriangle, saltire, leftTriangle, pentagon

        /// An SVG path centred on 0,0.
        var path: String {
            switch self {
            case .circle: "M-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0z"
            case .square: "M-4.3-4.3h8.6v8.6h-8.6z"
            case .diamond: "M0-5.8L5.8 0L0 5.8L-5.8 0z"
            case .triangle: "M0-5.6L5.4 4.2H-5.4z"
            case .invertedTriangle: "M0 5.6L5.4-4.2H-5.4z"
            case .hexagon: "M-5 0L-2.5-4.6H2.5L5 0L2.5 4.6H-2.5z"
            case .star: "M0-6L1.6-1.9L5.9-1.9L2.5 0.8L3.7 5L0 2.5L-3.7 5L-2.5 0.8L-5.9-1.9L-1.6-1.9z"
            case .cross: "M-1.8-5.4h3.6v3.6h3.6v3.6h-3.6v3.6h-3.6v-3.6h-3.6v-3.6h3.6z"
            case .rightTriangle: "M5.6 0L-4.2 5.4V-5.4z"
            case .saltire: "M-5-2.5L-2.5-5L0-2.5L2.5-5L5-2.5L2.5 0L5 2.5L2.5 5L0 2.5L-2.5 5L-5 2.5L-2.5 0z"
            case .leftTriangle: "M-5.6 0L4.2-5.4V5.4z"
            case .pentagon: "M0-5.5L5.23-1.7L3.23 4.45H-3.23L-5.23-1.7z"
            }
        }
    }

    /// Bar fills beyond the colour.
    enum Pattern: Int, CaseIterable {
        case solid, diagonal, dots, horizontal, crosshatch, vertical, reverseDiagonal, checks

        /// The marks drawn over the light fill, in a 6 px tile.
        var tile: String {
            switch self {
            case .solid: ""
            case .diagonal: "M-1 7L7-1M-1 1L1-1M5 7L7 5"
            case .dots: "M2 2h2v2h-2z"
            case .horizontal: "M0 1.5H6"
            case .crosshatch: "M0 3H6M3 0V6"
            case .vertical: "M1.5 0V6"
            case .reverseDiagonal: "M-1-1L7 7M5-1L7 1M-1 5L1 7"
            case .checks: "M0 0h3v3h-3zM3 3h3v3h-3z"
            }
        }
    }

    var shape: Shape
    var pattern: Pattern
    /// The marker and bar colour (#rrggbb).
    var color: String

    /// Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies;
    /// yellow is left out (it disappears on white).
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7A5195", "#4D4D4D"]

    /// The style of the category at `index` in legend order: twelve shapes and eight colours,
    /// so the first twelve categories differ in shape (and so in grayscale) and the first
    /// twenty-four in shape or colour.
    static func at(_ index: Int) -> CategoryStyle {
        let shapes = Shape.allCases
        let patterns = Pattern.allCases
        return CategoryStyle(
            shape: shapes[index % shapes.count],
            pattern: patterns[(index + index / patterns.count) % patterns.count],
            color: colors[index % colors.count])
    }
}

/// The colours of a theme: `light` (screen), `print` (no tinted bands, black ink) and `dark`.
struct ChartPalette: Equatable {
    var background: String
    var ink: String
    var muted: String
    var rule: String
    var grid: String
    var band: String
    var halo: String

    static func of(_ theme: Presentation.Theme) -> ChartPalette {
        switch theme {
        case .light:
            ChartPalette(
                background: "#FFFFFF", ink: "#1A1A1A", muted: "#595959", rule: "#4D4D4D", grid: "#D9D9D9",
                band: "#F4F4F2", halo: "#FFFFFF")
        case .print:
            ChartPalette(
                background: "#FFFFFF", ink: "#000000", muted: "#404040", rule: "#000000", grid: "#BFBFBF",
                band: "#FFFFFF", halo: "#FFFFFF")
        case .dark:
            ChartPalette(
                background: "#16181D", ink: "#EDEDED", muted: "#B3B3B3", rule: "#C8C8C8", grid: "#3A3D44",
                band: "#1E2128", halo: "#16181D")
        }
    }
}
