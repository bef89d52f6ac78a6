import ChronicleEvents
import ChronicleReader
import ChronicleTagger
import ChronicleText
import ChronicleTimeline
import Foundation

/// Runs the whole pipeline for one timeline file: read every source, tag, extract, merge,
/// apply the writer's curation, and filter.
///
/// ```swift
/// let file = try TimelineFile(contentsOf: "timelines/north-korea.yml")
/// let build = TimelineBuilder(file: file).build()
/// print(TextRenderer().render(build.timeline))
/// ```
public struct TimelineBuilder: Sendable {
    /// A source that could not be read; the build goes on without it.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        public var description: String { message }
    }

    /// What a build produced.
    public struct Build: Sendable {
        public var timeline: Timeline
        /// Sources that failed; the timeline holds everything else.
        public var failures: [Failure]
        /// The documents as read, for `--explain` and tests.
        public var documents: [Document]
        /// How each date was read and each event merged and named, for `--explain`.
        public var notes: [String] = []
    }

    public var file: TimelineFile
    /// The previous build of this timeline (its JSON), whose event ids this build keeps
    /// (``EventIdentity``); nil when there is none.
    public var previous: Timeline?

    /// How many documents to read and tag at once (`--jobs`); the output does not depend on it.
    public var jobs: Int

    public init(file: TimelineFile, previous: Timeline? = nil, jobs: Int = Parallel.defaultJobs) {
        self.file = file
        self.previous = previous
        self.jobs = jobs
    }

    /// One source read and tagged.
    private struct Processed: Sendable {
        var entry: TimelineFile.SourceEntry
        var document: Document
        var tagged: Tagger.Result
    }

    public func build() -> Build {
        var failures: [Failure] = []
        var documents: [Document] = []
        var sources: [Source] = []
        var warnings: [String] = []

        let located = locate(&failures)
        let ids = DocumentIDs.make(for: located.map(\.path))
        // Reading and tagging are independent per document: they run on `jobs` threads, and
        // the results come back in source order.
        let processed = Parallel.map(located.count, jobs: jobs) { index -> Result<Processed, Failure> in
            let (entry, path) = located[index]
            let given = entry.date.map { DocumentDate($0, origin: .given, evidence: "date: in \(file.path)") }
            let reader = DocumentReader(date: given, kind: entry.kind ?? file.extract.kind)
            let fullPath = path.hasPrefix("/") || file.folder == "." ? path : "\(file.folder)/\(path)"
            do {
                var document = try reader.read(path: fullPath)
                document.id = ids[path]!
                document.path = path
                return .success(Processed(entry: entry, document: document, tagged: Tagger().tag(document)))
            } catch {
                return .failure(
                    Failure(path: path, message: "\(error)".replacingOccurrences(of: fullPath, with: path)))
            }
        }
        var tagged: [(document: Document, tagged: Tagger.Result)] = []
        for outcome in processed {
            switch outcome {
            case .failure(let failure):
                failures.append(failure)
            case .success(let item):
                let document = item.document
                documents.append(document)
                sources += Self.sources(of: document, entry: item.entry)
                let name = document.path ?? document.id
                for warning in document.diagnostics.warnings { warnings.append("\(name): \(warning.text)") }
                for warning in item.tagged.diagnostics.warnings { warnings.append("\(name): \(warning.text)") }
                tagged.append((document, item.tagged))
            }
        }

        let categories = Taxonomy.categories(adding: file.categories)
        let assembly = EventAssembler(
            categories: categories, curation: Curation(edits: file.edits, added: file.added), previous: previous,
            file: file.path
        ).assemble(tagged)
        warnings += assembly.warnings
        let notes = assembly.notes
        // Filters come after curation: a pinned or hand-written event always stays, and an
        // edited importance counts.
        let events = assembly.events.filter { $0.isPinned || $0.origin == .added || keeps($0) }

        let used = Set(events.map(\.category))
        var timeline = Timeline(
            title: file.title, subtitle: file.subtitle, sources: sources,
            categories: categories.filter { used.contains($0.id) }, events: events,
            presentation: file.presentation, warnings: warnings)
        if let maxEvents = file.maxEvents { timeline = timeline.limited(to: maxEvents) }
        return Build(timeline: timeline, failures: failures, documents: documents, notes: notes)
    }

    /// Whether an extracted event passes the file's `extract:` filters.
    private func keeps(_ event: Event) -> Bool {
        let options = file.extract
        if let from = options.from, event.date.lastDay < from.firstDay { return false }
        if let to = options.to, event.date.firstDay > to.lastDay { return false }
        if let categories = options.categories, !categories.contains(event.category) { return false }
        return event.importance >= options.minImportance
    }

    private func locate(_ failures: inout [Failure]) -> [(entry: TimelineFile.SourceEntry, path: String)] {
        var seen = Set<String>()
        var result: [(entry: TimelineFile.SourceEntry, path: String)] = []
        for entry in file.sources {
            let paths = SourceFiles.expand(entry.path, relativeTo: file.folder)
            if paths.isEmpty {
                failures.append(
                    Failure(
                        path: file.path, message: "\(file.path):\(entry.line): source `\(entry.path)` matches no file"))
            }
            for path in paths where seen.insert(path).inserted {
                result.append((entry, path))
            }
        }
        return result
    }

    /// One source per document, or one per section of a multi-article file.
    public static func sources(of document: Document, entry: TimelineFile.SourceEntry) -> [Source] {
        let whole = Source(
            id: document.id, title: document.title, path: document.path, url: entry.url, label: entry.label,
            date: document.date)
        guard !document.sections.isEmpty else { return [whole] }
        return document.sections.map { section in
            Source(
                id: "\(document.id) § \(section.title)", title: section.title, path: document.path, url: entry.url,
                label: entry.label, date: section.date ?? document.date)
        }
    }
}

/// Document ids: the file stem, or the path (without extension) relative to the common folder
/// when two stems collide.
public enum DocumentIDs {
    /// The id of each path. `-` (standard input) is `-`.
    public static func make(for paths: [String]) -> [String: String] {
        var counts: [String: Int] = [:]
        for path in paths { counts[stem(path), default: 0] += 1 }
        let folders = paths.map { Array(components($0).dropLast()) }
        var common = folders.first ?? []
        for folder in folders.dropFirst() {
            common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
        }
        var result: [String: String] = [:]
        for path in paths {
            if counts[stem(path)]! > 1 {
                let relative = components(path).dropFirst(common.count).joined(separator: "/")
                result[path] = withoutExtension(relative)
            } else {
                result[path] = stem(path)
            }
        }
        return result
    }

    // String work by hand: Foundation's NSString path methods trap on some names on Linux ("a").
    private static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    private static func stem(_ path: String) -> String { withoutExtension(components(path).last ?? path) }

    /// "a/report.txt" → "a/report"; a leading dot ("/.hidden") is no extension.
    private static func withoutExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
        let dropped = name.distance(from: dot, to: name.endIndex)
        return String(path.dropLast(dropped))
    }
}
