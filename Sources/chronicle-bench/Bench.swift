import Foundation

/// `swift run -c release chronicle-bench [NAME…]`: the speed of Chronicle's stages.
///
/// Each benchmark lives in a file of its own and is listed in `Benchmark.all`; with no names,
/// all of them run.
@main
enum Bench {
    static func main() {
        let names = Set(CommandLine.arguments.dropFirst())
        let unknown = names.subtracting(Benchmark.all.map(\.name))
        guard unknown.isEmpty else {
            FileHandle.standardError.write(
                Data(
                    "chronicle-bench: unknown benchmark \(unknown.sorted().joined(separator: ", ")); known: \(Benchmark.all.map(\.name).joined(separator: ", "))\n"
                        .utf8))
            exit(64)
        }
        #if DEBUG
            print("warning: this is a debug build; measure with `swift run -c release chronicle-bench`")
        #endif
        for benchmark in Benchmark.all where names.isEmpty || names.contains(benchmark.name) {
            benchmark.run()
        }
    }
}

/// One measurement, printed with the command that reproduces it.
struct Benchmark: Sendable {
    var name: String
    var run: @Sendable () -> Void

    /// Every benchmark, in the order they run.
    static let all: [Benchmark] = [
        .tagger, .render, ReaderBench.reader, ReaderBench.hostile, ExtractBench.benchmark,
        PipelineBench.benchmark,
    ]
}

/// Wall-clock seconds of the fastest of `repeats` runs of `body`.
func fastest(of repeats: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}
