import ArgumentParser
import Chronicle
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a timeline (its JSON, or a timeline file, built first).")

    @Argument(help: "A timeline JSON file, a timeline file (.yml), or - for JSON on standard input.")
    var timeline: String

    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.")
    var output: String?

    @Option(help: "txt, json, svg or html; default: from the output file's extension, else txt.")
    var format: String?

    @OptionGroup var chart: ChartFlags

    @Option(help: "Text width in columns.")
    var width: Int = 80

    @Flag(help: "ASCII-only text.")
    var ascii = false

    @Option(help: "Keep at most this many events (pinned and most important first).")
    var maxEvents: Int?

    func validate() throws {
        if width < 40 { throw ValidationError("--width must be at least 40") }
        try chart.validate()
        if let maxEvents, maxEvents < 1 { throw ValidationError("--max-events must be at least 1") }
        _ = try outputFormat()
    }

    func outputFormat() throws -> OutputFormat {
        let name = format ?? output.map { ($0 as NSString).pathExtension }.flatMap { $0.isEmpty ? nil : $0 } ?? "txt"
        guard let value = OutputFormat(rawValue: name) else {
            throw ValidationError(
                "unknown format \(name) (expected: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return value
    }

    func run() throws {
        var failed = false
        var model: Timeline
        if timeline.hasSuffix(".yml") || timeline.hasSuffix(".yaml") {
            let file: TimelineFile
            do {
                file = try TimelineFile(contentsOf: timeline)
            } catch {
                Console.error(error.description)
                throw ExitCode.someInputFailed
            }
            let build = TimelineBuilder(file: file).build()
            build.failures.forEach { Console.error($0.message) }
            failed = !build.failures.isEmpty
            model = build.timeline
        } else {
            let data =
                timeline == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: timeline)
            guard let data else {
                Console.error("\(timeline): cannot read the file")
                throw ExitCode.someInputFailed
            }
            do {
                model = try Timeline(jsonData: data)
            } catch {
                Console.error("\(timeline): not a Chronicle timeline JSON file (\(Self.describe(error)))")
                throw ExitCode.someInputFailed
            }
        }
        if let maxEvents { model = model.limited(to: maxEvents) }
        let options = RenderOptions(width: width, ascii: ascii, chart: chart.options, largePrint: chart.largePrint)
        let rendered = try outputFormat().rendered(model, options: options)
        try Console.write(rendered.data, to: output ?? "-")
        for message in rendered.report.messages { Console.warning("\(timeline): \(message)") }
        if failed { throw ExitCode.someInputFailed }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing `\(key.stringValue)` at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        default:
            return "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top" : path
    }
}
