import ArgumentParser
import Chronicle
import Foundation

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Find and normalize the time expressions of documents (TIMEX3).",
        discussion: """
            jsonl writes one line per expression in the format of the TempEval-3 scorer: \
            {"doc", "start", "end", "text", "type", "value"}, offsets in Unicode scalars into the text \
            `chronicle read` prints (for .tml files: the text of <TEXT>).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, text
    }

    @Argument(help: "Documents (.txt, .md, .html, .tml), folders, or - for standard input.")
    var inputs: [String]

    @OptionGroup var document: DocumentOptions

    @Option(help: "jsonl or text.")
    var format: Format = .jsonl

    @Flag(help: "Add the rule and the anchor behind each value.")
    var explain = false

    func run() throws {
        let (files, missing) = Inputs(paths: inputs).files()
        var failed = !missing.isEmpty
        missing.forEach(Console.error)
        let reader = document.reader
        let tagger = Tagger()
        for path in files {
            do {
                let doc = try Inputs.read(path, with: reader)
                let tagged = tagger.tag(doc)
                Console.output(Data(render(doc, tagged.expressions).utf8))
                for warning in tagged.diagnostics.warnings { Console.warning("\(path): \(warning.text)") }
            } catch {
                Console.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode.someInputFailed }
    }

    private func render(_ document: Document, _ expressions: [TimeExpression]) -> String {
        let offsets = ScalarOffsets(document.text)
        var output = ""
        for expression in expressions {
            let range = offsets.scalarRange(of: expression.range)
            let text = document.text(in: expression.range)
            switch format {
            case .jsonl:
                var fields: [(String, Any)] = [
                    ("doc", document.id), ("start", range.lowerBound), ("end", range.upperBound), ("text", text),
                    ("type", expression.kind.rawValue), ("value", expression.value),
                ]
                if let modifier = expression.modifier { fields.append(("mod", modifier)) }
                if explain {
                    fields.append(("rule", expression.rule))
                    if let anchor = expression.anchor { fields.append(("anchor", anchor)) }
                }
                output += JSONLine.encode(fields) + "\n"
            case .text:
                var line =
                    "\(document.id)\t\(range.lowerBound)-\(range.upperBound)\t\(expression.kind.rawValue)\t\(expression.value)\t\(text)"
                if explain { line += "\t\(expression.rule)" + (expression.anchor.map { " (anchor \($0))" } ?? "") }
                output += line + "\n"
            }
        }
        return output
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
        case let text as String: string(text)
        default: "null"
        }
    }

    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
