import ArgumentParser
import Chronicle
import Foundation

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Show what Chronicle reads in documents: title, date and its evidence, sections, text.",
        discussion: """
            text prints, per document, a front matter block (between --- lines: file, title, date with \
            where it came from, sections, warnings) and then the article text exactly as Chronicle reads \
            it. json prints one JSON object per document and line, with the text, its paragraphs and \
            sentences; offsets are Unicode-scalar offsets into "text", the text that `chronicle read` \
            prints and that every other command's offsets point into.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Documents (.txt, .md, .html, .tml), folders, or - for standard input.")
    var inputs: [String]

    @OptionGroup var document: DocumentOptions

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let (files, missing) = Inputs(paths: inputs).files()
        var failed = !missing.isEmpty
        missing.forEach(Console.error)
        let reader = document.reader
        var first = true
        for path in files {
            do {
                let doc = try Inputs.read(path, with: reader)
                let output: String
                switch format {
                case .text:
                    output = (first ? "" : "\n") + DocumentDump.text(doc)
                case .json:
                    output = DocumentDump.json(doc) + "\n"
                }
                Console.output(Data(output.utf8))
                first = false
            } catch {
                Console.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode.someInputFailed }
    }
}

/// A document as `chronicle read` shows it.
enum DocumentDump {
    /// Front matter (YAML, free text double-quoted), a blank line, then the text.
    static func text(_ document: Document) -> String {
        let offsets = ScalarOffsets(document.text)
        var lines = ["---"]
        lines.append("file: \(quoted(document.path ?? document.id))")
        if let title = document.title { lines.append("title: \(quoted(title))") }
        lines += dateLines(document.date, indent: "")
        if !document.sections.isEmpty {
            lines.append("sections:")
            for section in document.sections {
                let range = offsets.scalarRange(of: section.range)
                lines.append("  - title: \(quoted(section.title))")
                lines.append("    start: \(range.lowerBound)")
                lines.append("    end: \(range.upperBound)")
                lines += dateLines(section.date, indent: "    ")
            }
        }
        if !document.diagnostics.isEmpty {
            lines.append("warnings:")
            for warning in document.diagnostics.warnings { lines.append("  - \(quoted(warning.text))") }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + document.text + (document.text.isEmpty ? "" : "\n")
    }

    private static func dateLines(_ date: DocumentDate?, indent: String) -> [String] {
        guard let date else { return [] }
        return [
            "\(indent)date: \(quoted(date.point.timex))", "\(indent)date-origin: \(date.origin.rawValue)",
            "\(indent)date-evidence: \(quoted(date.evidence))",
        ]
    }

    /// One line of JSON: id, path, title, date, sections, paragraphs, sentences, warnings, text.
    static func json(_ document: Document) -> String {
        let offsets = ScalarOffsets(document.text)
        func range(_ range: TextRange) -> String {
            let scalars = offsets.scalarRange(of: range)
            return "\"start\": \(scalars.lowerBound), \"end\": \(scalars.upperBound)"
        }
        var fields: [String] = []
        fields.append("\"id\": \(quoted(document.id))")
        fields.append("\"path\": \(document.path.map(quoted) ?? "null")")
        fields.append("\"title\": \(document.title.map(quoted) ?? "null")")
        fields.append("\"date\": \(date(document.date))")
        fields.append(
            "\"sections\": ["
                + document.sections.map {
                    "{\"title\": \(quoted($0.title)), \(range($0.range)), \"date\": \(date($0.date))}"
                }.joined(separator: ", ") + "]")
        fields.append(
            "\"paragraphs\": ["
                + document.paragraphs.enumerated().map { index, paragraph in
                    "{\(range(paragraph)), \"heading\": \(document.headings.contains(index))}"
                }.joined(separator: ", ") + "]")
        fields.append(
            "\"sentences\": ["
                + document.sentences.map { "{\(range($0.range)), \"paragraph\": \($0.paragraph)}" }
                .joined(separator: ", ") + "]")
        fields.append(
            "\"warnings\": [" + document.diagnostics.warnings.map { quoted($0.text) }.joined(separator: ", ") + "]")
        fields.append("\"text\": \(quoted(document.text))")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    private static func date(_ date: DocumentDate?) -> String {
        guard let date else { return "null" }
        return "{\"value\": \(quoted(date.point.timex)), \"precision\": \(quoted(date.point.precision.name)), "
            + "\"origin\": \(quoted(date.origin.rawValue)), \"evidence\": \(quoted(date.evidence))}"
    }

    /// A JSON string, which is also a YAML double-quoted scalar.
    static func quoted(_ text: String) -> String { QuotedString.json(text) }
}
