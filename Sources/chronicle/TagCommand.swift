import ArgumentParser
import Chronicle
import Foundation

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Find and normalize the time expressions of documents (TIMEX3).",
        discussion: """
            jsonl writes one line per expression in the format of the TempEval-3 scorer: \
            {"doc", "start", "end", "text", "type", "value"} (and "mod" when there is one), offsets in \
            Unicode scalars into the text `chronicle read` prints (for .tml files: the text of <TEXT>, \
            dated by <DCT>). timeml writes each document back with <TIMEX3> tags; text shows each \
            expression in its line for a person to read. With -o, each input gets a file of its own \
            in DIR (STEM.jsonl, STEM.tml or STEM.txt).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, timeml, text

        var fileExtension: String {
            switch self {
            case .jsonl: "jsonl"
            case .timeml: "tml"
            case .text: "txt"
            }
        }
    }

    @Argument(help: "Documents (.txt, .md, .html, .tml), folders, or - for standard input.")
    var inputs: [String]

    @OptionGroup var document: DocumentOptions

    @Option(help: "jsonl, timeml or text.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp("Write one file per input into DIR.", valueName: "DIR"))
    var output: String?

    @Flag(help: "Add the rule and the anchor behind each value.")
    var explain = false

    func run() throws {
        let (files, missing) = Inputs(paths: inputs).files()
        var failed = !missing.isEmpty
        missing.forEach(Console.error)
        let reader = document.reader
        let tagger = Tagger()
        let ids = DocumentIDs.make(for: files.filter { $0 != "-" })
        for path in files {
            do {
                var doc = try Inputs.read(path, with: reader)
                doc.id = ids[path] ?? doc.id
                let tagged = tagger.tag(doc)
                let rendering = Data(TagRendering(document: doc, result: tagged, explain: explain).render(format).utf8)
                if let output {
                    let name = doc.id.replacingOccurrences(of: "/", with: "_") + "." + format.fileExtension
                    try Console.write(rendering, to: (output as NSString).appendingPathComponent(name))
                } else {
                    Console.output(rendering)
                }
                for warning in tagged.diagnostics.warnings { Console.warning("\(path): \(warning.text)") }
            } catch let error as ReadError {
                Console.error(error.description)
                failed = true
            } catch {
                Console.error("\(path): \(error.localizedDescription)")
                failed = true
            }
        }
        if failed { throw ExitCode.someInputFailed }
    }
}

/// One tagged document in each output format.
struct TagRendering {
    let document: Document
    let result: Tagger.Result
    let explain: Bool

    func render(_ format: TagCommand.Format) -> String {
        switch format {
        case .jsonl: jsonl()
        case .timeml: timeML()
        case .text: text()
        }
    }

    private func jsonl() -> String {
        let offsets = ScalarOffsets(document.text)
        var output = ""
        for expression in result.expressions {
            let range = offsets.scalarRange(of: expression.range)
            var fields: [(String, Any)] = [
                ("doc", document.id), ("start", range.lowerBound), ("end", range.upperBound),
                ("text", document.text(in: expression.range)), ("type", expression.kind.rawValue),
                ("value", expression.value),
            ]
            if let modifier = expression.modifier { fields.append(("mod", modifier)) }
            if explain {
                fields.append(("rule", expression.rule))
                if let anchor = expression.anchor { fields.append(("anchor", anchor)) }
                if let reaches = expression.reaches { fields.append(("reaches", reaches)) }
            }
            output += JSONLine.encode(fields) + "\n"
        }
        return output
    }

    /// The document's line around each expression, the expression in brackets.
    private func text() -> String {
        var output = ""
        let bytes = Array(document.text.utf8)
        for expression in result.expressions {
            let location = document.location(of: expression.range.lowerBound)
            var lineStart = expression.range.lowerBound
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = expression.range.upperBound
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let before = document.text(in: TextRange(lineStart, expression.range.lowerBound))
            let inside = document.text(in: expression.range)
            let after = document.text(in: TextRange(expression.range.upperBound, lineEnd))
            var line =
                "\(document.id):\(location.line):\(location.column)\t\(expression.kind.rawValue) \(expression.value)"
            if let modifier = expression.modifier { line += " mod=\(modifier)" }
            if explain {
                line += "\t\(expression.rule)" + (expression.anchor.map { " anchor=\($0)" } ?? "")
                    + (expression.reaches.map { " reaches=\($0)" } ?? "")
            }
            output +=
                line + "\n\t" + Self.clipped(before, keepingEnd: true) + "[" + inside + "]"
                + Self.clipped(after, keepingEnd: false) + "\n"
        }
        return output
    }

    /// At most 60 characters of context, cut at the far side.
    private static func clipped(_ text: String, keepingEnd: Bool) -> String {
        guard text.count > 60 else { return text }
        return keepingEnd ? "…" + String(text.suffix(60)) : String(text.prefix(60)) + "…"
    }

    /// The document as TimeML: its creation time in <DCT>, its text in <TEXT> with a <TIMEX3> per expression.
    private func timeML() -> String {
        var output =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>\(xmlEscaped(document.id))</DOCID>\n"
        if let date = document.date?.point {
            output +=
                "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(date.timex)\" functionInDocument=\"CREATION_TIME\">"
            output += "\(date.timex)</TIMEX3></DCT>\n"
        }
        output += "<TEXT>"
        var cursor = 0
        for (index, expression) in result.expressions.enumerated() {
            output += xmlEscaped(document.text(in: TextRange(cursor, expression.range.lowerBound)))
            var attributes =
                "tid=\"t\(index + 1)\" type=\"\(expression.kind.rawValue)\" value=\"\(xmlEscaped(expression.value))\""
            if let modifier = expression.modifier { attributes += " mod=\"\(modifier)\"" }
            if explain {
                attributes += " rule=\"\(xmlEscaped(expression.rule))\""
                if let anchor = expression.anchor { attributes += " anchor=\"\(xmlEscaped(anchor))\"" }
            }
            output += "<TIMEX3 \(attributes)>" + xmlEscaped(document.text(in: expression.range)) + "</TIMEX3>"
            cursor = expression.range.upperBound
        }
        output += xmlEscaped(document.text(in: TextRange(cursor, document.text.utf8.count)))
        return output + "</TEXT>\n</TimeML>\n"
    }
}

/// One JSON object on one line, keys in the given order.
enum JSONLine {
    static func encode(_ fields: [(String, Any)]) -> String {
        "{" + fields.map { "\(string($0.0)): \(value($0.1))" }.joined(separator: ", ") + "}"
    }

    private static func value(_ value: Any) -> String {
        switch value {
        case let number as Int: String(number)
        case let number as Double: number.isFinite ? String(format: "%.4f", number) : "null"
        case let text as String: string(text)
        default: "null"
        }
    }

    static func string(_ text: String) -> String { QuotedString.json(text) }
}
