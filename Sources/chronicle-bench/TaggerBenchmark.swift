import Chronicle
import Foundation

extension Benchmark {
    /// Tagger throughput on one core: the development corpus's texts, repeated to at least 50 MB,
    /// each tagged as a news document dated by its creation time.
    static let tagger = Benchmark(name: "tagger") {
        let folder = "../shared/corpus/tbaq"
        guard let meta = try? String(contentsOfFile: folder + "/meta.jsonl", encoding: .utf8) else {
            print("tagger: cannot read \(folder)/meta.jsonl; run from the package root")
            return
        }
        var corpus: [Document] = []
        for line in meta.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let dct = object["dct"] as? String,
                let text = try? String(contentsOfFile: "\(folder)/docs/\(id).txt", encoding: .utf8)
            else { continue }
            let date = TimePoint(timex: dct).map { DocumentDate($0, origin: .creationTime) }
            corpus.append(Document(id: id, text: text, date: date))
        }
        let corpusBytes = corpus.reduce(0) { $0 + $1.text.utf8.count }
        guard corpusBytes > 0 else { return }
        let target = 50 * 1_000_000
        let repeats = (target + corpusBytes - 1) / corpusBytes
        let tagger = Tagger()
        _ = tagger.tag(corpus[0])  // compile the rules before the clock starts
        var expressions = 0
        // The machine may be shared: report the thread's CPU time (the work of one core) beside the
        // wall-clock time, each the fastest of five runs.
        var cpu = Double.infinity
        let seconds = fastest(of: 5) {
            expressions = 0
            let start = threadCPUSeconds()
            for _ in 0..<repeats {
                for document in corpus { expressions += tagger.tag(document).expressions.count }
            }
            cpu = min(cpu, threadCPUSeconds() - start)
        }
        let megabytes = Double(corpusBytes * repeats) / 1_000_000
        print(
            String(
                format: "tagger: %.1f MB (%d documents, %d expressions): %.1f MB/s of one core's CPU time (%.2f s), "
                    + "%.1f MB/s wall clock (%.2f s)",
                megabytes, corpus.count * repeats, expressions, megabytes / cpu, cpu, megabytes / seconds, seconds))
        print("  reproduce: swift run -c release chronicle-bench tagger")
    }
}

/// CPU seconds the calling thread has used.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
