import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct TimeMLReaderTests {
    @Test func readsTextContentAndCreationTime() throws {
        let tml = """
            <?xml version="1.0" ?>
            <TimeML><DOCID>X1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">01/08/98</TIMEX3></DCT>
            <TEXT>
            The vote came <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; passed.
            </TEXT></TimeML>
            """
        let document = try DocumentReader().read(bytes: Array(tml.utf8), id: "X1", format: .timeml)
        #expect(document.text == "\nThe vote came yesterday & passed.\n")
        #expect(document.date?.point == TimePoint.day(1998, 1, 8))
        #expect(document.date?.origin == .creationTime)
    }

    @Test func reportsAMissingTextElement() {
        #expect(throws: ReadError.malformed(path: "bad.tml", line: nil, reason: "no <TEXT> element")) {
            try DocumentReader().read(
                bytes: Array("<TimeML></TimeML>".utf8), id: "bad", path: "bad.tml", format: .timeml)
        }
    }
}
