import ArgumentParser
import Chronicle
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the dated events of documents as a timeline (JSON by default).")

    @Argument(help: "Documents (.txt, .md, .html, .tml), folders, or - for standard input.")
    var inputs: [String]

    @OptionGroup var document: DocumentOptions

    @Option(name: .shortAndLong, help: "Write to FILE (.json or .jsonl) instead of standard output.")
    var output: String?

    @Option(help: "The timeline's title.")
    var title: String = "Timeline"

    func run() throws {
        let (files, missing) = Inputs(paths: inputs).files()
        var failed = !missing.isEmpty
        missing.forEach(Console.error)
        let reader = document.reader
        let ids = DocumentIDs.make(for: files)
        var candidates: [Event] = []
        var sources: [Source] = []
        for path in files {
            do {
                var doc = try Inputs.read(path, with: reader)
                doc.id = ids[path] ?? doc.id
                let tagged = Tagger().tag(doc)
                candidates += EventExtractor().events(in: doc, expressions: tagged.expressions)
                sources.append(Source(id: doc.id, title: doc.title, path: doc.path, date: doc.date))
            } catch {
                Console.error(error.description)
                failed = true
            }
        }
        let events = EventMerger().merged(candidates)
        let used = Set(events.map(\.category))
        let timeline = Timeline(
            title: title, sources: sources, categories: Taxonomy.builtIn.filter { used.contains($0.id) }, events: events
        )
        let data: Data
        if output?.hasSuffix(".jsonl") == true {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            data = Data(
                try timeline.events.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined().utf8
            )
        } else {
            data = timeline.jsonData()
        }
        try Console.write(data, to: output ?? "-")
        if failed { throw ExitCode.someInputFailed }
    }
}
