import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

/// The seeds' timeline measured against the complete list of dated events a briefing writer
/// would take from the five seed documents: how many are found with the right date and
/// precision (recall), how many events are junk, and how many tell an expected event again.
///
/// The list was written by reading the seeds, not from Chronicle's output. Each expected event
/// is named by its date, its precision and a few key words of our own choosing that its title or
/// one of its quotes must contain. Events that a writer could take or leave (dated statistics
/// of one source, background dates) are listed as acceptable: they count neither way. Every
/// other event is junk.
///
/// `swift test --filter SeedTimelineScoreTests` prints the score and each miss.
@Suite struct SeedTimelineScoreTests {
    /// One event a writer expects: its TIMEX3 value (`2024-04`, `2024-01/2024-06`) and words
    /// its title or one of its quotes contains (each given as alternatives split by `|`).
    struct Expected: CustomStringConvertible {
        var value: String
        var words: [String]
        /// The seeds that must all be cited (by number), when it matters.
        var seeds: Set<String> = []

        init(_ value: String, _ words: [String], seeds: Set<String> = []) {
            self.value = value
            self.words = words
            self.seeds = seeds
        }

        var description: String { "\(value) \(words.joined(separator: " + "))" }

        /// Whether the event tells this one: all the words, and the very date.
        func isFound(in event: Event) -> Bool { event.date.timex == value && tells(event) }

        /// Whether the event tells this one at a compatible date: a duplicate when another
        /// event already found it.
        func isToldAgain(by event: Event) -> Bool {
            guard let expected = Self.date(value), event.date.isCompatible(with: expected) else { return false }
            return tells(event)
        }

        func tells(_ event: Event) -> Bool {
            let text = ([event.title] + event.citations.map(\.quote)).joined(separator: " ").lowercased()
                .replacingOccurrences(of: "\u{2019}", with: "'")
            return words.allSatisfy { alternatives in
                alternatives.split(separator: "|").contains { text.contains($0) }
            }
        }

        static func date(_ value: String) -> EventDate? {
            let parts = value.split(separator: "/").map(String.init)
            guard let from = TimePoint(timex: parts[0]) else { return nil }
            guard parts.count == 2 else { return .point(from) }
            return TimePoint(timex: parts[1]).map { .interval(from: from, to: $0) }
        }
    }

    /// Every dated event a briefing writer would want from the seeds.
    static let expected: [Expected] = [
        Expected("1946", ["law", "equality"]),
        Expected("2010", ["women", "act"]),
        Expected("2011", ["2,706"]),
        Expected("2014", ["commission of inquiry"], seeds: ["001", "004"]),
        Expected("2016-04", ["restaurant", "defect"]),
        Expected("2017", ["1,127"]),
        Expected("2017", ["resolution", "security council|2397"], seeds: ["001", "002"]),
        Expected("2017-09", ["security council", "condemn"]),
        Expected("2017-11-28", ["missile", "test"]),
        Expected("2019-03", ["investigation", "shipyard|worker"]),
        Expected("2019-12-22", ["deadline|no later than"], seeds: ["001", "002"]),
        Expected("2019", ["repatriat", "countries"]),
        Expected("2019", ["tens of thousands", "overseas|abroad"]),
        Expected("2019", ["1,000", "arriv"]),
        Expected("2020-Q1", ["7,000", "russia"]),
        Expected("2020-06-25", ["trafficking in persons report"]),
        Expected("2020-08", ["shoot"]),
        Expected("2023", ["trade", "china"]),
        Expected("2023-12", ["diplomats", "return"]),
        Expected("2024-01/2024-06", ["105"]),
        Expected("2024-02", ["border", "russian tourists"]),
        Expected("2024-02", ["german", "delegation"]),
        Expected("2024-02", ["unicef", "immunization"]),
        Expected("2024-03", ["human rights watch", "restrictions"]),
        Expected("2024-03", ["veto", "panel of experts"]),
        Expected("2024-03", ["rapporteur"]),
        Expected("2024-04", ["60", "refugees", "return"]),
        Expected("2024-04", ["hrc|human rights council", "resolution"]),
        Expected("2024-06", ["security council", "meeting"]),
        Expected("2024-07", ["fao|food and agricultur", "visit"]),
        Expected("2024-07", ["sd card|seven-year"]),
        Expected("2024-07", ["ohchr|high commissioner", "forced labor"]),
        Expected("2024-08", ["court", "sentence"]),
        Expected("2024-08", ["fao|food and agricultur", "flood"]),
        Expected("2024-08", ["tourism"]),
        Expected("2024-08", ["athletes"]),
        Expected("2024-08", ["mobiliz", "flood"]),
        Expected("2024-10", ["monitoring team"]),
        Expected("2025-03-12", ["report", "present"]),
    ]

    /// Events a writer could take or leave: they are neither found nor junk.
    static let acceptable: [Expected] = [
        Expected("1948", ["creation"]),
        Expected("2013", ["south korea"]),
        Expected("2015", ["50,000"]),
        Expected("2015", ["94,200"]),
        Expected("2016", ["reuters"]),
        Expected("2016", ["30,000", "children"]),
        Expected("2017", ["85 percent"]),
        Expected("2018", ["30,000", "russia"]),
        Expected("2020/2023", ["restrictions"]),
        Expected("2022", ["minimum"]),
        Expected("2023", ["immunization"]),
        Expected("2024", ["interviews"]),
        Expected("2024", ["covid"]),
        Expected("2024", ["accountability"]),
        Expected("2024-09", ["shoot"]),
    ]

    /// Recall, junk and duplicates of a timeline, with the misses, the junk and the duplicates
    /// named.
    struct Score {
        var found: [Expected] = []
        var missed: [Expected] = []
        var junk: [Event] = []
        var duplicates: [Event] = []
        var missingSources: [Expected] = []

        init(_ events: [Event]) {
            var claimed = Set<Int>()
            for expected in SeedTimelineScoreTests.expected {
                let hits = events.indices.filter { expected.isFound(in: events[$0]) }
                if let first = hits.first {
                    found.append(expected)
                    claimed.insert(first)
                    if !expected.seeds.isSubset(of: Set(events[first].sourceIDs.map { String($0.prefix(3)) })) {
                        missingSources.append(expected)
                    }
                } else {
                    missed.append(expected)
                }
                for index in events.indices where !claimed.contains(index) && expected.isToldAgain(by: events[index]) {
                    if !hits.isEmpty { duplicates.append(events[index]) }
                    claimed.insert(index)
                }
            }
            for index in events.indices where !claimed.contains(index) {
                if !SeedTimelineScoreTests.acceptable.contains(where: { $0.isToldAgain(by: events[index]) }) {
                    junk.append(events[index])
                }
            }
        }

        var report: String {
            var lines = [
                "seed timeline: found \(found.count)/\(SeedTimelineScoreTests.expected.count), "
                    + "junk \(junk.count), duplicates \(duplicates.count)"
            ]
            lines += missed.map { "  missed: \($0)" }
            lines += missingSources.map { "  missing a source: \($0)" }
            lines += junk.map { "  junk: \($0.date.timex) \($0.title)" }
            lines += duplicates.map { "  duplicate: \($0.date.timex) \($0.title)" }
            return lines.joined(separator: "\n")
        }
    }

    @Test func findsTheEventsAWriterWantsOnceAndLittleElse() throws {
        let score = Score(try SeedTimelineTests.timeline())
        print(score.report)
        #expect(score.found.count >= 39, "\(score.report)")
        #expect(score.missingSources.isEmpty, "\(score.report)")
        #expect(score.junk.count <= 0, "\(score.report)")
        #expect(score.duplicates.count <= 0, "\(score.report)")
    }

    @Test func scoreCountsAMisdatedEventAsMissedAndARepeatAsDuplicate() {
        let citation = Citation(sourceID: "004", quote: "", range: 0..<0)
        let misdated = Event(
            id: "a", date: .point(.year(2024)), title: "China forcibly returns 60 refugees", citations: [citation])
        let repeated = Event(
            id: "b", date: .point(.month(2024, 10)!), title: "Monitoring team formed", citations: [citation])
        let score = Score([misdated, repeated, repeated])
        #expect(score.missed.contains { $0.value == "2024-04" && $0.words.contains("60") })
        #expect(score.found.map(\.value) == ["2024-10"])
        #expect(score.duplicates.count == 1)
        #expect(score.junk.map(\.id) == [])
    }
}
