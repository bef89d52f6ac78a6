import ChronicleText
import Foundation
import Yams

extension TimelineFile {
    /// Reads a timeline file from disk.
    public init(contentsOf path: String) throws(TimelineFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TimelineFileError(path: path, line: 0, column: 0, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TimelineFileError(path: path, line: 0, column: 0, message: "not UTF-8 text")
        }
        try self.init(yaml: text, path: path)
    }

    /// Reads a timeline file's text; `path` names it in errors and anchors its sources.
    public init(yaml: String, path: String) throws(TimelineFileError) {
        do {
            try self.init(parsing: yaml, path: path)
        } catch let error as TimelineFileError {
            throw error
        } catch {
            throw TimelineFileError(path: path, line: 0, column: 0, message: "\(error)")
        }
    }

    private init(parsing yaml: String, path: String) throws {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw YAMLFields.syntaxError(error, path: path)
        } catch {
            throw TimelineFileError(path: path, line: 0, column: 0, message: "\(error)")
        }
        guard let root else { throw TimelineFileError(path: path, line: 0, column: 0, message: "the file is empty") }
        let fields = YAMLFields(path: path)
        let top = try fields.mapping(
            root, "the timeline file",
            keys: ["title", "subtitle", "sources", "extract", "categories", "events", "added", "present"])
        guard let titleNode = top["title"] else {
            throw TimelineFileError(path: path, line: 1, column: 1, message: "missing `title:`")
        }
        self.init(path: path, title: try fields.string(titleNode, "title"))
        subtitle = try top["subtitle"].map { try fields.string($0, "subtitle") }
        // A key with nothing under it (every entry commented out, as in a drafted file) is empty.
        let given = top.filter { !YAMLFields.isEmpty($0.value) }
        if let node = given["sources"] {
            sources = try fields.sequence(node, "sources").map { try fields.sourceEntry($0) }
        }
        if let node = given["extract"] { extract = try fields.extractOptions(node) }
        if let node = given["categories"] { categories = try fields.categories(node) }
        if let node = given["events"] {
            edits = try fields.pairs(node, "events").map { try fields.edit(id: $0.key, $0.value) }
        }
        if let node = given["added"] {
            added = try fields.sequence(node, "added").map { try fields.addedEvent($0) }
        }
        if let node = top["present"] {
            (presentation, maxEvents) = try fields.presentation(node)
        }
    }
}

/// Typed reading of YAML nodes, with `file:line:column` errors that say what was expected.
struct YAMLFields {
    var path: String

    static func syntaxError(_ error: YamlError, path: String) -> TimelineFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return TimelineFileError(path: path, line: mark.line, column: mark.column, message: problem)
        default:
            let text = "\(error)".split(separator: "\n").first.map(String.init) ?? "not valid YAML"
            return TimelineFileError(path: path, line: 0, column: 0, message: text)
        }
    }

    func error(_ node: Node, _ message: String) -> TimelineFileError {
        TimelineFileError(path: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }

    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    /// Whether a node is YAML's null: a key written with nothing after it.
    static func isEmpty(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A mapping with only known keys, as an ordered list and a lookup.
    func mapping(_ node: Node, _ what: String, keys: Set<String>) throws -> [String: Node] {
        var result: [String: Node] = [:]
        for (key, value) in try pairs(node, what) {
            guard keys.contains(key.name) else {
                throw error(
                    key.node,
                    "unknown key `\(key.name)` in \(what) (expected one of: \(keys.sorted().joined(separator: ", ")))")
            }
            result[key.name] = value
        }
        return result
    }

    func pairs(_ node: Node, _ what: String) throws -> [(key: (name: String, node: Node), value: Node)] {
        guard case .mapping(let mapping) = node else {
            throw error(node, "`\(what)` must be a mapping of keys to values")
        }
        var seen = Set<String>()
        var result: [(key: (name: String, node: Node), value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { throw error(key, "keys in `\(what)` must be plain text") }
            guard seen.insert(name).inserted else { throw error(key, "`\(name)` appears twice in \(what)") }
            result.append(((name, key), value))
        }
        return result
    }

    func sequence(_ node: Node, _ what: String) throws -> [Node] {
        guard case .sequence(let sequence) = node else {
            throw error(node, "`\(what)` must be a list (lines starting with `- `)")
        }
        return Array(sequence)
    }

    func string(_ node: Node, _ what: String) throws -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "`\(what)` must be text") }
        return scalar.string
    }

    func bool(_ node: Node, _ what: String) throws -> Bool {
        switch try string(node, what).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(node, "`\(what)` must be true or false")
        }
    }

    func number(_ node: Node, _ what: String, in bounds: ClosedRange<Double>) throws -> Double {
        guard let value = Double(try string(node, what)), bounds.contains(value) else {
            throw error(
                node, "`\(what)` must be a number from \(format(bounds.lowerBound)) to \(format(bounds.upperBound))")
        }
        return value
    }

    func integer(_ node: Node, _ what: String) throws -> Int {
        guard let value = Int(try string(node, what)), value > 0 else {
            throw error(node, "`\(what)` must be a whole number above 0")
        }
        return value
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    func timePoint(_ node: Node, _ what: String) throws -> TimePoint {
        let text = try string(node, what)
        guard let point = TimePoint(parsing: text) else {
            throw error(
                node, "`\(what)`: \(text) is not a date (write 2019-12-22, 2020-08, 2014, 2020-Q1, 1990s, 500 BCE …)")
        }
        return point
    }

    /// A point, `FROM/TO`, or a mapping with `from:` and `to:`.
    func eventDate(_ node: Node, _ what: String) throws -> EventDate {
        if case .mapping = node {
            let fields = try mapping(node, what, keys: ["from", "to", "approximate"])
            guard let fromNode = fields["from"], let toNode = fields["to"] else {
                throw error(node, "`\(what)` as an interval needs both `from:` and `to:`")
            }
            var from = try timePoint(fromNode, "\(what).from")
            var to = try timePoint(toNode, "\(what).to")
            if let approximate = fields["approximate"], try bool(approximate, "\(what).approximate") {
                from = from.approximate()
                to = to.approximate()
            }
            guard from.firstDay <= to.lastDay else { throw error(node, "`\(what)`: `from:` is after `to:`") }
            return .interval(from: from, to: to)
        }
        let text = try string(node, what)
        guard let date = EventDate(parsing: text) else {
            throw error(node, "`\(what)`: \(text) is not a date or interval (write 2019-12-22, 2020-08, 2011/2015 …)")
        }
        return date
    }

    func kind(_ node: Node, _ what: String) throws -> Document.Kind {
        let text = try string(node, what)
        guard let kind = Document.Kind(rawValue: text) else { throw error(node, "`\(what)` must be news or narrative") }
        return kind
    }

    func sourceEntry(_ node: Node) throws -> TimelineFile.SourceEntry {
        if case .scalar(let scalar) = node { return TimelineFile.SourceEntry(path: scalar.string, line: line(node)) }
        let fields = try mapping(node, "a source", keys: ["path", "date", "label", "url", "kind"])
        guard let pathNode = fields["path"] else { throw error(node, "a source needs `path:`") }
        return TimelineFile.SourceEntry(
            path: try string(pathNode, "path"), date: try fields["date"].map { node in try timePoint(node, "date") },
            label: try fields["label"].map { node in try string(node, "label") },
            url: try fields["url"].map { node in try string(node, "url") },
            kind: try fields["kind"].map { node in try kind(node, "kind") }, line: line(node))
    }

    func extractOptions(_ node: Node) throws -> TimelineFile.ExtractOptions {
        let fields = try mapping(node, "extract", keys: ["from", "to", "categories", "min-importance", "kind"])
        var options = TimelineFile.ExtractOptions()
        options.from = try fields["from"].map { node in try timePoint(node, "extract.from") }
        options.to = try fields["to"].map { node in try timePoint(node, "extract.to") }
        if let node = fields["categories"] {
            options.categories = try sequence(node, "extract.categories").map { node in
                try string(node, "a category")
            }
        }
        if let node = fields["min-importance"] {
            options.minImportance = try number(node, "extract.min-importance", in: 0...1)
        }
        options.kind = try fields["kind"].map { node in try kind(node, "extract.kind") }
        return options
    }

    func categories(_ node: Node) throws -> [Category] {
        try pairs(node, "categories").map { pair in
            let fields = try mapping(pair.value, "category `\(pair.key.name)`", keys: ["name", "keywords"])
            let name = try fields["name"].map { node in try string(node, "name") } ?? pair.key.name
            let keywords =
                try fields["keywords"].map { node in
                    try sequence(node, "keywords").map { node in try string(node, "a keyword").lowercased() }
                } ?? []
            return Category(id: pair.key.name, name: name, keywords: keywords)
        }
    }

    func edit(id: (name: String, node: Node), _ node: Node) throws -> TimelineFile.Edit {
        var edit = TimelineFile.Edit(id: id.name, line: line(id.node))
        let fields = try mapping(
            node, "the edit of `\(id.name)`",
            keys: ["drop", "title", "summary", "date", "category", "importance", "pin", "merge"])
        if let node = fields["drop"] { edit.drop = try bool(node, "drop") }
        if let node = fields["pin"] { edit.pin = try bool(node, "pin") }
        edit.title = try fields["title"].map { node in try string(node, "title") }
        edit.summary = try fields["summary"].map { node in try string(node, "summary") }
        edit.date = try fields["date"].map { node in try eventDate(node, "date") }
        edit.category = try fields["category"].map { node in try string(node, "category") }
        edit.importance = try fields["importance"].map { node in
            try number(node, "importance", in: 0...1)
        }
        if let node = fields["merge"] {
            if case .scalar(let scalar) = node {
                edit.merge = [scalar.string]
            } else {
                edit.merge = try sequence(node, "merge").map { node in try string(node, "an event id") }
            }
        }
        return edit
    }

    func addedEvent(_ node: Node) throws -> TimelineFile.AddedEvent {
        let fields = try mapping(
            node, "an added event", keys: ["id", "date", "title", "summary", "category", "importance", "source"])
        guard let dateNode = fields["date"] else { throw error(node, "an added event needs `date:`") }
        guard let titleNode = fields["title"] else { throw error(node, "an added event needs `title:`") }
        return TimelineFile.AddedEvent(
            id: try fields["id"].map { node in try string(node, "id") },
            date: try eventDate(dateNode, "date"), title: try string(titleNode, "title"),
            summary: try fields["summary"].map { node in try string(node, "summary") },
            category: try fields["category"].map { node in try string(node, "category") },
            importance: try fields["importance"].map { node in
                try number(node, "importance", in: 0...1)
            },
            source: try fields["source"].map { node in try string(node, "source") },
            line: line(node))
    }

    func presentation(_ node: Node) throws -> (Presentation, Int?) {
        let fields = try mapping(
            node, "present", keys: ["page", "orientation", "scale", "theme", "lanes", "max-events"])
        var result = Presentation()
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ fallback: T) throws -> T
        where T.RawValue == String {
            guard let node = fields[key] else { return fallback }
            let text = try string(node, "present.\(key)")
            guard let value = T(rawValue: text.lowercased()) else {
                throw error(
                    node, "`present.\(key)` must be one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
        result.page = try choice("page", result.page)
        result.orientation = try choice("orientation", result.orientation)
        result.scale = try choice("scale", result.scale)
        result.theme = try choice("theme", result.theme)
        if let node = fields["lanes"] { result.lanes = try bool(node, "present.lanes") }
        let maxEvents = try fields["max-events"].map { node in try integer(node, "present.max-events") }
        return (result, maxEvents)
    }
}
