import ArgumentParser
import Chronicle

/// `--page`, `--orientation`, `--svg-width` and `--large-print`, shared by `build` and `render`.
struct ChartFlags: ParsableArguments {
    @Option(help: "The chart's paper: a4, letter or fit (sized to --svg-width). Default: the timeline's present: page.")
    var page: Presentation.Page?

    @Option(
        help: "landscape (time runs across) or portrait (time runs down). Default: the timeline's present: orientation."
    )
    var orientation: Presentation.Orientation?

    @Option(help: ArgumentHelp("The width of a --page fit chart, in px (320-20000).", valueName: "px"))
    var svgWidth: Int = 1200

    @Flag(help: "Open the HTML page in large print (18 pt).")
    var largePrint = false

    func validate() throws {
        if !(320...20_000).contains(svgWidth) { throw ValidationError("--svg-width must be from 320 to 20000") }
    }

    var options: ChartOptions {
        ChartOptions(page: page, orientation: orientation, fitWidth: Double(svgWidth))
    }
}

extension Presentation.Page: ExpressibleByArgument {}
extension Presentation.Orientation: ExpressibleByArgument {}
