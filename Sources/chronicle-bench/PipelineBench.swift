import Chronicle
import Foundation

/// `swift run -c release chronicle-bench pipeline`: the whole pipeline (read HTML, tag, extract,
/// merge, curate) on saved news pages, as `chronicle build` runs it, with one job and with one
/// job per core. Wall-clock time: this is what a user waits for.
enum PipelineBench {
    static let benchmark = Benchmark(name: "pipeline") {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chronicle-bench-pipeline-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("pages"), withIntermediateDirectories: true)
            var bytes = 0
            for seed in 0..<200 {
                let page = SyntheticPage.typical(seed: seed)
                bytes += page.count
                try Data(page).write(to: folder.appendingPathComponent("pages/page-\(seed).html"))
            }
            let path = folder.appendingPathComponent("bench.yml").path
            try Data("title: Bench\nsources:\n  - path: pages/*.html\n".utf8).write(to: URL(fileURLWithPath: path))
            let file = try TimelineFile(contentsOf: path)
            let megabytes = Double(bytes) / 1_000_000
            var events = 0
            for jobs in Array(Set([1, Parallel.defaultJobs])).sorted() {
                let seconds = fastest(of: 3) {
                    events = TimelineBuilder(file: file, jobs: jobs).build().timeline.events.count
                }
                print(
                    String(
                        format: "pipeline: %d HTML pages, %.1f MB → %d events; %d job%@: %.2f s, %.1f MB/s", 200,
                        megabytes, events, jobs, jobs == 1 ? "" : "s", seconds, megabytes / seconds))
            }
            // The same pages read and tagged only, to show what the events stage adds.
            let pages = (0..<200).map { folder.appendingPathComponent("pages/page-\($0).html").path }
            let jobs = Parallel.defaultJobs
            let seconds = fastest(of: 3) {
                _ = Parallel.map(pages.count, jobs: jobs) { index in
                    (try? DocumentReader().read(path: pages[index])).map { Tagger().tag($0).expressions.count } ?? 0
                }
            }
            print(String(format: "  read and tag only, %d jobs: %.2f s, %.1f MB/s", jobs, seconds, megabytes / seconds))
            print("  (swift run -c release chronicle-bench pipeline)")
        } catch {
            print("pipeline: cannot set up the benchmark: \(error)")
        }
    }
}
