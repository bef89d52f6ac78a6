import ChronicleReader
import ChronicleTagger
import ChronicleText
import ChronicleTimeline
import Foundation
import Testing

@testable import ChronicleEvents

/// The five seed documents (../shared/seeds, third-party text read in place) must give the
/// events the product brief names: each exactly once, with the right date and precision, citing
/// every seed that mentions it, and none dated from a wrong anchor.
@Suite struct SeedTimelineTests {
    /// The seeds by their number, with the document dates of the seeds' README.
    static let seedDates: [(number: String, date: TimePoint?)] = [
        ("000", .day(2025, 3, 13)), ("001", nil), ("002", .day(2020, 6, 25)), ("003", .day(2017, 11, 29)),
        ("004", .year(2024)),
    ]

    static var seedsFolder: URL {
        // Tests/ChronicleEventsTests/SeedTimelineTests.swift → the package root → ../shared/seeds.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }

    /// The seeds' timeline, built once for all the tests.
    static let built = Result { try build() }

    static func timeline() throws -> [Event] { try built.get() }

    /// The seeds' timeline, as the events stage builds it.
    static func build() throws -> [Event] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).sorted()
        var tagged: [(document: Document, tagged: Tagger.Result)] = []
        for (number, date) in seedDates {
            guard let name = names.first(where: { $0.hasPrefix(number + "_") && $0.hasSuffix(".txt") }) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(seedsFolder.path)/\(number)_*.txt"])
            }
            let reader = DocumentReader(date: date.map { DocumentDate($0, origin: .given, evidence: "seeds README") })
            let document = try reader.read(path: seedsFolder.appendingPathComponent(name).path)
            tagged.append((document, Tagger().tag(document)))
        }
        return EventAssembler().assemble(tagged).events
    }

    /// The seed numbers an event cites ("001" for "001_… § Some article").
    func seeds(_ event: Event) -> Set<String> {
        Set(event.sourceIDs.map { String($0.prefix(3)) })
    }

    /// Whether an event's title or one of its quotes mentions all the words, ignoring case.
    func mentions(_ event: Event, _ words: [String]) -> Bool {
        let text = ([event.title] + event.citations.map(\.quote)).joined(separator: " ").lowercased()
        return words.allSatisfy { text.contains($0) }
    }

    @Test func commissionOfInquiryReportIsOneEventOf2014() throws {
        let events = try Self.timeline()
        let report = events.filter { mentions($0, ["commission of inquiry"]) && $0.date == .point(.year(2014)) }
        #expect(report.count == 1)
        #expect(report.first.map(seeds)?.contains("001") == true)
        #expect(report.first.map(seeds)?.contains("004") == true)
        // The 10th anniversary in 2024 remembers the report; it does not date it.
        let misdated = events.filter { event in
            event.date != .point(.year(2014))
                && ["commission", "coi"].contains { event.title.lowercased().contains($0) }
        }
        #expect(misdated.map(\.title) == [])
    }

    @Test func securityCouncilResolutionIsOneEventOf2017FromBothSeedsThatTellIt() throws {
        let events = try Self.timeline()
        let adoption = events.filter { mentions($0, ["resolution"]) && $0.date == .point(.year(2017)) }
        #expect(adoption.count == 1)
        #expect(adoption.first.map(seeds).map { $0.isSuperset(of: ["001", "002"]) } == true)
    }

    @Test func repatriationDeadlineIsOneDayPreciseEventFromBothSeeds() throws {
        let events = try Self.timeline()
        let deadlines = events.filter { $0.title.hasPrefix("Deadline") }
        let december = deadlines.filter { $0.date.start.year == 2019 }
        #expect(december.count == 1)
        #expect(december.first?.date == .point(.day(2019, 12, 22)!))
        #expect(december.first.map(seeds).map { $0.isSuperset(of: ["001", "002"]) } == true)
        // The deadline never takes the adoption's year.
        #expect(deadlines.allSatisfy { $0.date.start.year != 2017 })
    }

    @Test func borderShootOrderIsOneEventOfAugust2020() throws {
        let events = try Self.timeline()
        let order = events.filter { mentions($0, ["shoot"]) && $0.date == .point(.month(2020, 8)!) }
        #expect(order.count == 1)
        #expect(order.first.map(seeds) == ["004"])
        #expect(order.first?.title.lowercased().contains("shoot") == true)
    }

    @Test func forcedReturnOfRefugeesIsOneEventOfApril2024() throws {
        let events = try Self.timeline()
        let returns = events.filter { mentions($0, ["refugees", "return"]) && $0.date == .point(.month(2024, 4)!) }
        #expect(returns.count == 1)
        #expect(returns.first.map(seeds) == ["004"])
        #expect(returns.first?.title.lowercased().contains("return") == true)
    }

    @Test func noEventComesFromBoilerplateOrAnAnniversary() throws {
        let events = try Self.timeline()
        let furniture = events.filter { event in
            event.citations.contains { citation in
                let quote = citation.quote.lowercased()
                return quote.contains("\u{00A9}") || quote.hasPrefix("photo") || quote.hasPrefix("skip to")
                    || quote.contains("tax deductible")
            }
        }
        #expect(furniture.map(\.title) == [])
        #expect(events.filter { $0.title.lowercased().contains("anniversary") }.map(\.title) == [])
    }

    @Test func everyTitleIsAShortHeadline() throws {
        let events = try Self.timeline()
        let long = events.filter { $0.title.split(separator: " ").count > 12 }
        #expect(long.map(\.title) == [])
        let dangling = events.filter { event in
            let last = event.title.split(separator: " ").last.map { $0.lowercased() } ?? ""
            return Lexicon.danglingWords.contains(last)
        }
        #expect(dangling.map(\.title) == [])
    }
}
