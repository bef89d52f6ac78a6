import ArgumentParser
import Chronicle
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build timeline files into output files (the default command).",
        discussion: "With no FILE, builds every timelines/*.yml. Writes NAME.txt, NAME.json … per timeline.")

    @Argument(help: "Timeline files (.yml). Default: timelines/*.yml.")
    var files: [String] = []

    @Option(name: .shortAndLong, help: "The folder to write into.")
    var output: String = "output"

    @Option(help: "Comma-separated formats to write: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String?

    @Option(help: "Keep at most this many events (pinned and most important first).")
    var maxEvents: Int?

    @OptionGroup var chart: ChartFlags

    @OptionGroup var parallel: JobsOption

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        _ = try formats()
        try chart.validate()
        for file in files where !(file.hasSuffix(".yml") || file.hasSuffix(".yaml")) {
            throw ValidationError("\(file) is not a timeline file (.yml); to read documents, use `chronicle extract`")
        }
        if let maxEvents, maxEvents < 1 { throw ValidationError("--max-events must be at least 1") }
    }

    func formats() throws -> [OutputFormat] {
        guard let format else { return OutputFormat.buildDefaults }
        return try format.split(separator: ",").map { name in
            guard let value = OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(
                    "unknown format \(name) (expected: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            return value
        }
    }

    func run() throws {
        var paths = files
        if paths.isEmpty {
            paths =
                SourceFiles.expand("timelines/*.yml", relativeTo: ".")
                + SourceFiles.expand("timelines/*.yaml", relativeTo: ".")
            if paths.isEmpty {
                throw ValidationError("no timeline files: give one, or run where timelines/*.yml exist")
            }
        }
        var failed = false
        let formats = try formats()
        for path in paths {
            let file: TimelineFile
            do {
                file = try TimelineFile(contentsOf: path)
            } catch {
                Console.error(error.description)
                failed = true
                continue
            }
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            // The previous build's JSON keeps event ids stable (docs/event-ids.md).
            let previous = FileManager.default.contents(atPath: "\(output)/\(name).json").flatMap {
                try? Timeline(jsonData: $0)
            }
            let build = TimelineBuilder(file: file, previous: previous, jobs: parallel.count).build()
            for failure in build.failures {
                Console.error(failure.message)
                failed = true
            }
            for warning in build.timeline.warnings { Console.warning(warning) }
            var timeline = build.timeline
            if let maxEvents { timeline = timeline.limited(to: maxEvents) }
            let options = RenderOptions(chart: chart.options, largePrint: chart.largePrint)
            var reported = false
            for format in formats {
                let destination = "\(output)/\(name).\(format.rawValue)"
                do {
                    let rendered = format.rendered(timeline, options: options)
                    if !reported, !rendered.report.messages.isEmpty {
                        // The SVG and the HTML share one chart: say it once.
                        reported = true
                        for message in rendered.report.messages { Console.warning("\(path): chart: \(message)") }
                    }
                    try AtomicFile.write(rendered.data, to: destination)
                } catch {
                    Console.error("\(destination): cannot write (\(error.localizedDescription))")
                    failed = true
                }
            }
            Console.note(
                "\(path): \(timeline.events.count) events from \(timeline.sources.count) sources → \(output)/\(name).{\(formats.map(\.rawValue).joined(separator: ","))}",
                quiet: quiet)
        }
        if failed { throw ExitCode.someInputFailed }
    }
}
