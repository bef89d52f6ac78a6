import ArgumentParser
import Chronicle
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tagger against hand-annotated TimeML documents (TempEval-3 measures).",
        discussion: """
            Tags the text of each file's <TEXT>, dated by its <DCT>, and compares the expressions with \
            the file's own <TIMEX3> tags: strict and relaxed span P/R/F1, and type and value F1 \
            (relaxed F1 × accuracy), micro-averaged, exactly as shared/eval/score.py computes them. \
            Then recall by gold type and the errors of each rule; --errors lists every difference.
            """)

    @Argument(help: "TimeML files (.tml) or folders holding them.")
    var gold: [String]

    @Flag(help: "Print one JSON object instead of tables.")
    var json = false

    @Flag(help: "List every miss, spurious expression and span, type or value error.")
    var errors = false

    func run() throws {
        let (found, missing) = Inputs(paths: gold).files()
        var failed = !missing.isEmpty
        missing.forEach(Console.error)
        let files = found.filter { $0.lowercased().hasSuffix(".tml") }
        if files.isEmpty, missing.isEmpty { throw ValidationError("no .tml files in \(gold.joined(separator: ", "))") }
        let ids = DocumentIDs.make(for: files)
        var documents: [GoldDocument] = []
        for path in files {
            do {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                documents.append(try GoldDocument(timeML: bytes, id: ids[path] ?? path))
            } catch let error as GoldDocument.ReadError {
                Console.error("\(path): \(error)")
                failed = true
            } catch {
                Console.error("\(path): cannot read (\(error.localizedDescription))")
                failed = true
            }
        }
        let report = Evaluation.run(documents)
        Console.output(
            Data((json ? EvalReport.json(report, errors: errors) : EvalReport.text(report, errors: errors)).utf8))
        if failed { throw ExitCode.someInputFailed }
    }
}

/// The evaluation report as a person or a script reads it.
enum EvalReport {
    static func number(_ value: Double) -> String { String(format: "%.4f", value) }

    static func padded(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? text + padding : padding + text
    }

    static func text(_ report: Evaluation, errors: Bool) -> String {
        let t = report.totals
        var lines = ["\(report.documents) documents, \(t.gold) gold expressions, \(t.system) found"]
        lines.append(
            padded("", 8, left: true) + padded("P", 10) + padded("R", 10) + padded("F1", 10) + padded("count", 10))
        for (name, measure) in [("strict", t.strict), ("relaxed", t.relaxed)] {
            lines.append(
                padded(name, 8, left: true) + padded(number(measure.precision), 10) + padded(number(measure.recall), 10)
                    + padded(number(measure.f1), 10) + padded(String(measure.count), 10))
        }
        for (name, measure) in [("type", t.type), ("value", t.value)] {
            lines.append(
                padded(name, 8, left: true) + padded(number(measure.precision), 10) + padded(number(measure.recall), 10)
                    + padded(number(measure.f1), 10) + padded(String(measure.count), 10) + "   accuracy "
                    + number(measure.accuracy))
        }
        lines.append("")
        lines.append("by gold type    gold  strict-R relaxed-R  value-acc  value-R")
        for type in report.byGoldType {
            lines.append(
                padded(type.type, 12, left: true) + padded(String(type.gold), 8) + padded(number(type.strictRecall), 10)
                    + padded(number(type.relaxedRecall), 10) + padded(number(type.valueAccuracy), 11)
                    + padded(number(type.valueRecall), 9))
        }
        lines.append("")
        lines.append("by rule                                   found  spurious  span  type  value")
        for rule in report.byRule {
            lines.append(
                padded(rule.rule, 40, left: true) + padded(String(rule.system), 7) + padded(String(rule.spurious), 10)
                    + padded(String(rule.span), 6) + padded(String(rule.type), 6) + padded(String(rule.value), 7))
        }
        let misses = Dictionary(grouping: report.findings.filter { $0.kind == .miss }) { $0.gold?.type ?? "" }
        lines.append("")
        lines.append(
            "missed by gold type: " + misses.keys.sorted().map { "\($0) \(misses[$0]!.count)" }.joined(separator: ", "))
        if errors {
            lines.append("")
            for finding in report.findings { lines.append(describe(finding)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ finding: Evaluation.Finding) -> String {
        let g = finding.gold
        let s = finding.system
        let rule = s.map { "  [\($0.rule)]" } ?? ""
        let detail: String
        switch finding.kind {
        case .miss: detail = "gold '\(g!.text)' \(g!.type) \(g!.value)"
        case .spurious: detail = "system '\(s!.text)' \(s!.type) \(s!.value)"
        case .span: detail = "gold '\(g!.text)' / system '\(s!.text)'"
        case .type: detail = "'\(g!.text)' gold \(g!.type) / system \(s!.type)"
        case .value: detail = "'\(g!.text)' gold \(g!.value) / system \(s!.value)"
        }
        let start = g?.start ?? s?.start ?? 0
        return padded(finding.kind.rawValue, 6, left: true) + "\(finding.document) \(start): \(detail)\(rule)"
    }

    static func json(_ report: Evaluation, errors: Bool) -> String {
        func measure(_ m: Evaluation.Measure, attribute: Bool) -> String {
            var fields: [(String, Any)] = [("precision", m.precision), ("recall", m.recall), ("f1", m.f1)]
            fields.append((attribute ? "correct" : "matched", m.count))
            if attribute { fields.append(("accuracy", m.accuracy)) }
            return JSONLine.encode(fields)
        }
        let t = report.totals
        var parts = [
            "\"documents\": \(report.documents)", "\"gold\": \(t.gold)", "\"system\": \(t.system)",
            "\"strict\": \(measure(t.strict, attribute: false))",
            "\"relaxed\": \(measure(t.relaxed, attribute: false))",
            "\"type\": \(measure(t.type, attribute: true))", "\"value\": \(measure(t.value, attribute: true))",
        ]
        let types = report.byGoldType.map { type in
            JSONLine.string(type.type) + ": "
                + JSONLine.encode([
                    ("gold", type.gold), ("strict_recall", type.strictRecall), ("relaxed_recall", type.relaxedRecall),
                    ("value_accuracy", type.valueAccuracy), ("value_recall", type.valueRecall),
                ])
        }
        parts.append("\"by_gold_type\": {" + types.joined(separator: ", ") + "}")
        let rules = report.byRule.map { rule in
            JSONLine.encode([
                ("rule", rule.rule), ("found", rule.system), ("spurious", rule.spurious), ("span", rule.span),
                ("type", rule.type), ("value", rule.value),
            ])
        }
        parts.append("\"by_rule\": [" + rules.joined(separator: ", ") + "]")
        if errors {
            let findings = report.findings.map { finding -> String in
                var fields: [(String, Any)] = [("kind", finding.kind.rawValue), ("doc", finding.document)]
                if let g = finding.gold {
                    fields += [
                        ("gold_start", g.start), ("gold_end", g.end), ("gold_text", g.text), ("gold_type", g.type),
                        ("gold_value", g.value),
                    ]
                }
                if let s = finding.system {
                    fields += [
                        ("start", s.start), ("end", s.end), ("text", s.text), ("type", s.type), ("value", s.value),
                        ("rule", s.rule),
                    ]
                }
                return JSONLine.encode(fields)
            }
            parts.append("\"errors\": [" + findings.joined(separator: ", ") + "]")
        }
        return "{" + parts.joined(separator: ", ") + "}\n"
    }
}
