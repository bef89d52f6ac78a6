import Foundation
import Testing

@Suite struct EvalCommandTests {
    static let document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2021-04-10" functionInDocument="CREATION_TIME">April 10</TIMEX3></DCT>
        <TEXT>The mill closed <TIMEX3 tid="t1" type="DATE" value="2020">last year</TIMEX3> after \
        <TIMEX3 tid="t2" type="DURATION" value="P40Y">forty years</TIMEX3>; it sold <TIMEX3 tid="t3" type="SET" \
        value="P1D">daily</TIMEX3> bread on <TIMEX3 tid="t4" type="DATE" value="2021-04-09">Friday</TIMEX3>.</TEXT>
        </TimeML>
        """

    @Test func printsTheFourMeasuresAndTheErrorsOfEachRule() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write(
            Self.document.replacingOccurrences(of: "value=\"2021-04-09\"", with: "value=\"2021-04-02\""),
            to: "gold/mill.tml")
        let outcome = try CommandRunner.run(["eval", "gold"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "1 documents, 4 gold expressions, 4 found")
        #expect(lines.contains("strict      1.0000    1.0000    1.0000         4"))
        #expect(lines.contains("value       0.7500    0.7500    0.7500         3   accuracy 0.7500"))
        #expect(lines.contains { $0.hasPrefix("date.weekday") && $0.hasSuffix("1") })
    }

    @Test func jsonReportsTheSameNumbers() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write(Self.document, to: "mill.tml")
        let outcome = try CommandRunner.run(["eval", "mill.tml", "--json", "--errors"], in: folder)
        #expect(outcome.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["gold"] as? Int == 4)
        #expect((object["value"] as? [String: Any])?["f1"] as? Double == 1)
        #expect((object["errors"] as? [Any])?.isEmpty == true)
    }

    @Test func aFileThatIsNotTimeMLFailsTheRunAndTheOthersAreStillScored() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write(Self.document, to: "gold/good.tml")
        try folder.write("<TimeML><TEXT>unclosed <TIMEX3 type=\"DATE\">x</TEXT></TimeML>", to: "gold/bad.tml")
        let outcome = try CommandRunner.run(["eval", "gold"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("chronicle: error: gold/bad.tml: line 1: unclosed <TIMEX3>"))
        #expect(outcome.stdout.hasPrefix("1 documents, 4 gold expressions"))
    }
}
