import ChronicleReader
import ChronicleTagger
import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

@Suite struct EventExtractorTests {
    func events(_ text: String, date: TimePoint? = nil) throws -> [Event] {
        var document = try DocumentReader().read(bytes: Array(text.utf8), id: "doc", format: .text)
        document.date = date.map { DocumentDate($0, origin: .given) }
        return EventExtractor().events(in: document, expressions: Tagger().tag(document).expressions)
    }

    @Test func findsTwoEventsInOneSentence() throws {
        let found = try events(
            "In 2017, the council adopted a resolution, which required states to send the workers home by December 22, 2019."
        )
        #expect(found.map(\.date) == [.point(.year(2017)), .point(.day(2019, 12, 22)!)])
        #expect(found.allSatisfy { $0.citations.count == 1 && $0.citations[0].sourceID == "doc" })
    }

    @Test func citesTheSentenceWithScalarOffsets() throws {
        let found = try events("Caf\u{E9} owners met. In March 2021, the caf\u{E9} closed.")
        let citation = try #require(found.first?.citations.first)
        #expect(citation.quote == "In March 2021, the caf\u{E9} closed.")
        #expect(citation.range == 17..<48)
    }

    @Test func titlesDropTheDatePhrase() throws {
        let found = try events("In August 2020, the government ordered guards to shoot anyone crossing the border.")
        #expect(found.first?.title.hasPrefix("The government ordered guards") == true)
        #expect(found.first.map { $0.title.split(separator: " ").count <= 12 } == true)
    }
}
