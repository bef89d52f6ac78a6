import ChronicleText
import Foundation

/// A corpus file of example sentences (`Corpus/*.corpus`, one per rule file), as STYLE.md shows:
///
/// ```
/// @document-date 2021-04-10          (or "none"; a year or month is a reference period)
/// @kind narrative                    (news by default)
/// = DATE 2020-03-03: March 3, 2020 | 3 March 2020     each form alone is one whole expression
/// The figures came [yesterday]{DATE 2021-04-09}.      exactly these expressions, nothing else
/// - Exports rose to 2,450 tonnes.                      nothing at all
/// # a comment
/// ```
/// A marked span may add a modifier: `[early 1990s]{DATE 199 START}`.
struct CorpusFile {
    /// One check, with the line it came from.
    struct Case {
        enum Expectation {
            /// The whole text is one expression of this type and value.
            case whole(type: String, value: String)
            /// The text yields exactly these expressions: (text, type, value, modifier).
            case marked([(text: String, type: String, value: String, modifier: String?)])
            /// The text yields nothing.
            case nothing
        }

        var line: Int
        var text: String
        var date: TimePoint?
        var kind: Document.Kind
        var expectation: Expectation
    }

    var name: String
    var cases: [Case] = []

    /// The package's `Tests/ChronicleTaggerTests/Corpus` folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// Every corpus file, by name.
    static func all() throws -> [CorpusFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".corpus") }
        return try names.sorted().map { name in
            try CorpusFile(name: name, text: String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    init(name: String, text: String) throws {
        self.name = name
        var date: TimePoint?
        var kind = Document.Kind.news
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = offset + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@document-date ") {
                let value = line.dropFirst("@document-date ".count).trimmingCharacters(in: .whitespaces)
                date = value == "none" ? nil : TimePoint(timex: value)
                if value != "none", date == nil { throw CorpusError(file: name, line: number, reason: "bad date") }
            } else if line.hasPrefix("@kind ") {
                guard let parsed = Document.Kind(rawValue: String(line.dropFirst("@kind ".count))) else {
                    throw CorpusError(file: name, line: number, reason: "bad kind")
                }
                kind = parsed
            } else if line.hasPrefix("= ") {
                // "= TYPE VALUE: form | form"; the value may hold colons ("T14:30"), so split at ": ".
                guard let colon = line.range(of: ": ") else {
                    throw CorpusError(file: name, line: number, reason: "`=` line without a colon")
                }
                let head = line[line.index(line.startIndex, offsetBy: 2)..<colon.lowerBound].split(separator: " ")
                guard head.count == 2 else {
                    throw CorpusError(file: name, line: number, reason: "expected TYPE VALUE")
                }
                for form in line[colon.upperBound...].split(separator: "|") {
                    let text = form.trimmingCharacters(in: .whitespaces)
                    cases.append(
                        Case(
                            line: number, text: text, date: date, kind: kind,
                            expectation: .whole(type: String(head[0]), value: String(head[1]))))
                }
            } else if line.hasPrefix("- ") {
                cases.append(
                    Case(line: number, text: String(line.dropFirst(2)), date: date, kind: kind, expectation: .nothing))
            } else {
                let (text, marks) = try Self.marks(in: line, file: name, line: number)
                cases.append(Case(line: number, text: text, date: date, kind: kind, expectation: .marked(marks)))
            }
        }
    }

    /// Removes `[text]{TYPE VALUE MOD}` marks, returning the plain text and the marks in order.
    static func marks(in line: String, file: String, line number: Int) throws -> (
        String, [(text: String, type: String, value: String, modifier: String?)]
    ) {
        var text = ""
        var marks: [(text: String, type: String, value: String, modifier: String?)] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "]"), rest.index(after: close) < rest.endIndex,
                rest[rest.index(after: close)] == "{", let end = rest[close...].firstIndex(of: "}")
            else { throw CorpusError(file: file, line: number, reason: "unclosed mark") }
            let inner = String(rest[rest.index(after: open)..<close])
            let fields = rest[rest.index(close, offsetBy: 2)..<end].split(separator: " ").map(String.init)
            guard fields.count == 2 || fields.count == 3 else {
                throw CorpusError(file: file, line: number, reason: "expected {TYPE VALUE [MOD]}")
            }
            marks.append((inner, fields[0], fields[1], fields.count == 3 ? fields[2] : nil))
            text += inner
            rest = rest[rest.index(after: end)...]
        }
        text += rest
        return (text, marks)
    }
}

struct CorpusError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var reason: String
    var description: String { "\(file):\(line): \(reason)" }
}
