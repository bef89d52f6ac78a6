import ChronicleReader
import ChronicleText
import Foundation
import Testing

@testable import ChronicleTagger

@Suite struct EvaluationTests {
    func timex(_ start: Int, _ end: Int, _ value: String = "2020") -> GoldDocument.Timex {
        GoldDocument.Timex(start: start, end: end, text: "", type: "DATE", value: value)
    }

    func system(_ start: Int, _ end: Int, _ value: String = "2020") -> Evaluation.SystemTimex {
        Evaluation.SystemTimex(start: start, end: end, text: "", type: "DATE", value: value, rule: "r")
    }

    @Test func relaxedMatchingFindsTheMostPairsNotTheGreedyOnes() {
        // Greedy by overlap pairs the long system span with the first gold span and strands the rest.
        let gold = GoldDocument(
            id: "d", text: String(repeating: "x", count: 10), date: nil, timexes: [timex(0, 4), timex(4, 8)])
        let report = Evaluation.score([(gold, [system(0, 6), system(3, 4)])])
        #expect(report.totals.relaxed.count == 2)
        #expect(report.totals.strict.count == 0)
        #expect(report.findings.map(\.kind) == [.span, .span])
    }

    @Test func typeAndValueF1AreRelaxedF1TimesAccuracy() {
        let gold = GoldDocument(
            id: "d", text: String(repeating: "x", count: 40), date: nil,
            timexes: [timex(0, 4, "2020"), timex(10, 14, "2021"), timex(20, 24, "2022")])
        let report = Evaluation.score([(gold, [system(0, 4, "2020"), system(10, 14, "2000"), system(30, 34)])])
        #expect(report.totals.relaxed.count == 2)
        #expect(abs(report.totals.relaxed.f1 - 2.0 / 3.0) < 1e-12)
        #expect(report.totals.value.accuracy == 0.5)
        #expect(abs(report.totals.value.f1 - 1.0 / 3.0) < 1e-12)
        #expect(report.findings.map(\.kind) == [.value, .miss, .spurious])
        #expect(report.byRule == [Evaluation.RuleErrors(rule: "r", system: 3, spurious: 1, span: 0, type: 0, value: 1)])
    }

    @Test func readsTimeMLTextEntitiesLineBreaksAndTimexes() throws {
        let file = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06T10:00" functionInDocument="CREATION_TIME">Feb 6</TIMEX3></DCT>
            <TEXT>Q&amp;A on <TIMEX3 tid="t1" type="DATE" value="1998-02-05">Thursday</TIMEX3>:\r\n<EVENT eid="e1">rates</EVENT> \
            fell <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> &#233;t&#xE9;.</TEXT>
            </TimeML>
            """
        let gold = try GoldDocument(timeML: Array(file.utf8), id: "x")
        #expect(gold.text == "Q&A on Thursday:\nrates fell two weeks \u{E9}t\u{E9}.")
        #expect(gold.date == .day(1998, 2, 6))
        #expect(
            gold.timexes.map { "\($0.start)-\($0.end) \($0.text) \($0.type) \($0.value)" } == [
                "7-15 Thursday DATE 1998-02-05", "28-37 two weeks DURATION P2W",
            ])
    }

    @Test func rejectsTimeMLWithoutText() {
        #expect(throws: GoldDocument.ReadError.self) {
            try GoldDocument(timeML: Array("<TimeML></TimeML>".utf8), id: "x")
        }
        #expect(throws: GoldDocument.ReadError.self) {
            try GoldDocument(timeML: Array("<TimeML><TEXT><TIMEX3 type=\"DATE\">x</TEXT></TimeML>".utf8), id: "x")
        }
    }

    /// The scores `chronicle eval` prints must be score.py's, on the same output, to the last digit.
    @Test func scoresEqualTheReferenceScorerOnTheCorpus() throws {
        let reader = DocumentReader()
        var lines = ""
        var pairs: [(gold: GoldDocument, system: [Evaluation.SystemTimex])] = []
        for (url, gold) in zip(try TBAQ.files(), try TBAQ.gold()) {
            var document = try reader.read(path: url.path)
            document.id = gold.id
            #expect(document.text == gold.text, "\(gold.id): the reader's text differs from the gold text")
            let system = Evaluation.systemTimexes(of: document)
            pairs.append((gold, system))
            for timex in system {
                let object: [String: Any] = [
                    "doc": gold.id, "start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type,
                    "value": timex.value,
                ]
                lines += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
            }
        }
        let ours = Evaluation.score(pairs).totals
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chronicle-eval-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: output) }
        try Data(lines.utf8).write(to: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TBAQ.scorer.path, TBAQ.folder.path, output.path, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let theirs = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(theirs["gold"] as? Int == ours.gold)
        #expect(theirs["system"] as? Int == ours.system)
        for (name, measure) in [
            ("strict", ours.strict), ("relaxed", ours.relaxed), ("type", ours.type), ("value", ours.value),
        ] {
            let reference = try #require(theirs[name] as? [String: Any])
            #expect(abs((reference["precision"] as? Double ?? -1) - measure.precision) < 1e-12, "\(name) precision")
            #expect(abs((reference["recall"] as? Double ?? -1) - measure.recall) < 1e-12, "\(name) recall")
            #expect(abs((reference["f1"] as? Double ?? -1) - measure.f1) < 1e-12, "\(name) F1")
        }
    }
}
