import ChronicleReader
import ChronicleText
import Testing

@testable import ChronicleTagger

@Suite struct ScannerTests {
    func values(_ text: String, date: TimePoint? = nil) throws -> [String] {
        var document = try DocumentReader().read(bytes: Array(text.utf8), id: "t", format: .text)
        document.date = date.map { DocumentDate($0, origin: .given) }
        let tagged = Tagger().tag(document)
        return tagged.expressions.map { "\(document.text(in: $0.range))=\($0.value)" }
    }

    @Test func findsFullDatesInEitherOrder() throws {
        #expect(
            try values("Signed on December 22, 2019 and on 3 March 2020.") == [
                "December 22, 2019=2019-12-22", "3 March 2020=2020-03-03",
            ])
    }

    @Test func findsMonthAndYear() throws {
        #expect(
            try values("A decree from August 2020 and another by December of 2019.") == [
                "August 2020=2020-08", "December of 2019=2019-12",
            ])
    }

    @Test func resolvesMonthNameAgainstDocumentYear() throws {
        #expect(try values("In April, refugees were returned.", date: .year(2024)) == ["April=2024-04"])
    }

    @Test func resolvesMonthNameToLatestOnOrBeforeDocumentDay() throws {
        #expect(try values("In September, the council met.", date: .day(2017, 11, 29)) == ["September=2017-09"])
        #expect(try values("In December, the council met.", date: .day(2017, 11, 29)) == ["December=2016-12"])
    }

    @Test func ignoresNumbersThatAreQuantities() throws {
        #expect(try values("There were 2,706 defections and $1,200 in aid, up from 1.5 in 2011.") == ["2011=2011"])
    }
}
