import ArgumentParser
import Chronicle
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the dated events of documents: JSON, JSON lines, or a draft timeline file.",
        discussion: """
            With -o FILE.yml, writes a timeline file to edit: the inputs as sources (paths relative to \
            the file), the options, and one commented stub per event id under `events:`, ready to \
            uncomment. With -o FILE.jsonl (or --jsonl), one event per line; otherwise the timeline JSON.
            """)

    @Argument(help: "Documents (.txt, .md, .html, .tml), folders, or - for standard input.")
    var inputs: [String]

    @OptionGroup var document: DocumentOptions

    @Option(name: .shortAndLong, help: "Write to FILE (.yml, .json or .jsonl) instead of standard output.")
    var output: String?

    @Option(help: "The timeline's title.")
    var title: String = "Timeline"

    @Flag(help: "Write JSON lines (one event per line) to standard output.")
    var jsonl = false

    @Flag(help: "Tell on standard error why each date became an event or not, and what was merged.")
    var explain = false

    enum Shape { case json, jsonl, yaml }

    var shape: Shape {
        let name = output?.split(separator: "/").last.map(String.init) ?? ""
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        if ext == "yml" || ext == "yaml" { return .yaml }
        if jsonl || ext == "jsonl" { return .jsonl }
        return .json
    }

    func validate() throws {
        if jsonl, let output, !output.hasSuffix(".jsonl"), output != "-" {
            throw ValidationError("--jsonl writes JSON lines; give -o FILE.jsonl or no -o")
        }
        if shape == .yaml, inputs.contains("-") {
            throw ValidationError("a draft timeline file needs files to name as sources, not standard input")
        }
    }

    func run() throws {
        let (files, missing) = Inputs(paths: inputs).files()
        var failed = !missing.isEmpty
        missing.forEach(Console.error)
        let reader = document.reader
        let ids = DocumentIDs.make(for: files)
        var tagged: [(document: Document, tagged: Tagger.Result)] = []
        var sources: [Source] = []
        var read: [(path: String, document: Document)] = []
        for path in files {
            do {
                var doc = try Inputs.read(path, with: reader)
                doc.id = ids[path] ?? doc.id
                tagged.append((doc, Tagger().tag(doc)))
                sources += TimelineBuilder.sources(of: doc, entry: TimelineFile.SourceEntry(path: path))
                read.append((path, doc))
            } catch {
                Console.error(error.description)
                failed = true
            }
        }
        let assembly = EventAssembler().assemble(tagged)
        if explain { assembly.notes.forEach { Console.note($0) } }
        let events = assembly.events
        let used = Set(events.map(\.category))
        let timeline = Timeline(
            title: title, sources: sources, categories: Taxonomy.builtIn.filter { used.contains($0.id) },
            events: events)
        let data: Data
        switch shape {
        case .yaml:
            // Plain string work: NSString's path methods trap on some names on Linux.
            let folder =
                output.flatMap { path in
                    path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) }
                } ?? "."
            let draft = TimelineDraft(
                title: title, documents: read.map { ($0.path, $0.document) }, givenDate: document.date,
                kind: document.kind, relativeTo: folder.isEmpty ? "." : folder)
            data = Data(draft.yaml(for: timeline).utf8)
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            data = Data(
                try timeline.events.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined().utf8
            )
        case .json:
            data = timeline.jsonData()
        }
        try Console.write(data, to: output ?? "-")
        if failed { throw ExitCode.someInputFailed }
    }
}
