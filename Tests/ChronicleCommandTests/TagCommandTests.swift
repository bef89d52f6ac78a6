import Foundation
import Testing

@Suite struct TagCommandTests {
    @Test func explainAddsTheRuleAndTheAnchor() throws {
        let outcome = try CommandRunner.run(
            ["tag", "-", "--date", "2021-04-10", "--explain"], input: Data("The mill closed last year.".utf8))
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout
                == #"{"doc": "-", "start": 16, "end": 25, "text": "last year", "type": "DATE", "value": "2020", "rule": "date.relative-period", "anchor": "2021-04-10"}"#
                + "\n")
    }

    @Test func timeMLFormatWrapsEachExpressionAndEscapesTheText() throws {
        let outcome = try CommandRunner.run(
            ["tag", "-", "--date", "2021-04-10", "--format", "timeml"],
            input: Data("Q&A <notes>: in May 2020 & again three years later.".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains(#"<DCT><TIMEX3 tid="t0" type="DATE" value="2021-04-10""#))
        #expect(
            outcome.stdout.contains(
                #"<TEXT>Q&amp;A &lt;notes&gt;: in <TIMEX3 tid="t1" type="DATE" value="2020-05">May 2020</TIMEX3> &amp; again <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> later."#
            ))
    }

    @Test func outputFolderGetsOneFilePerInput() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write("Opened on 3 May 2019.\n", to: "a.txt")
        try folder.write("Closed in 1998.\n", to: "b.txt")
        let outcome = try CommandRunner.run(["tag", "a.txt", "b.txt", "--format", "text", "-o", "out"], in: folder)
        #expect(outcome.status == 0)
        let a = try String(contentsOf: folder.appendingPathComponent("out/a.txt"), encoding: .utf8)
        let b = try String(contentsOf: folder.appendingPathComponent("out/b.txt"), encoding: .utf8)
        #expect(a == "a:1:11\tDATE 2019-05-03\n\tOpened on [3 May 2019].\n")
        #expect(b == "b:1:11\tDATE 1998\n\tClosed in [1998].\n")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func relativeExpressionsWithoutADateAreReportedOnStandardError() throws {
        let outcome = try CommandRunner.run(["tag", "-"], input: Data("Prices rose last month.".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains(#""value": "XXXX-XX""#))
        #expect(
            outcome.stderr
                == "chronicle: warning: -: line 1: \"last month\" left unresolved (XXXX-XX): no document date\n")
    }
}
