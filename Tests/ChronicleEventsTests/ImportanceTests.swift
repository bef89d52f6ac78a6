import ChronicleText
import ChronicleTimeline
import Testing

@testable import ChronicleEvents

/// Importance ranks events as a briefing writer labels them: hand-made pairs, each "the first
/// ranks above the second".
@Suite struct ImportanceTests {
    /// The importance of the one event a text yields (merged, as a build scores it).
    func importance(_ text: String, date: TimePoint? = nil) throws -> Double {
        let mentions = try Fixtures.mentions(text, date: date)
        let events = EventMerger().merge(mentions).events
        try #require(events.count == 1, "\(events.summaries)")
        return events[0].importance
    }

    @Test(arguments: [
        // A finding of crimes by an international inquiry, dated by its year alone, above a visit
        // dated to the month.
        (
            "In 2016, a UN commission of inquiry found that the government had committed crimes against humanity.",
            "In May 2016, a trade delegation from Chile visited the capital."
        ),
        // An order to shoot above a meeting of the same month.
        (
            "In June 2019, the interior ministry ordered border guards to shoot anyone crossing the river.",
            "In June 2019, the interior minister met the ambassador of Chile."
        ),
        // A law, known by its year, above a meeting known to the day.
        (
            "In 2012, parliament adopted a law that bans child labor in mines.",
            "On 3 March 2012, the fisheries committee held a meeting on quotas."
        ),
        // A forced return above a visit.
        (
            "In April 2021, Thailand forcibly returned 40 asylum seekers to Laos.",
            "In April 2021, a Swedish delegation visited Laos."
        ),
        // Deaths above a session.
        (
            "In July 2020, two prisoners died in custody after torture by guards.",
            "In July 2020, the regional council opened its annual session."
        ),
        // A Security Council resolution above a report of someone's words.
        (
            "In 2018, the UN Security Council adopted a resolution that bans imports of coal.",
            "In 2018, a local newspaper reported that the harbour had reopened."
        ),
        // A deadline above a count.
        (
            "Every factory must close its coal boilers no later than 1 January 2025.",
            "There were 312 arrivals at the port in 2024."
        ),
        // Who acts matters: a ministry above a pronoun nobody can place.
        (
            "In 2019, the labor ministry announced a new policy on wages.",
            "In 2019, it announced a new policy on wages."
        ),
        // The same event told to the day ranks above it told by its year.
        (
            "On 4 May 2018, the regional council banned night fishing.",
            "In 2018, the regional council banned night fishing."
        ),
    ])
    func ranksTheFirstAboveTheSecond(_ pair: (String, String)) throws {
        let first = try importance(pair.0, date: .year(2025))
        let second = try importance(pair.1, date: .year(2025))
        #expect(first > second, "\(first) ≤ \(second)")
    }

    @Test func ranksWhatADocumentLeadsWithAboveWhatItSaysLater() throws {
        let sentence = "In March 2015, the council banned night fishing."
        let filler = "Fishermen met in the harbour to talk about the weather and their boats."
        let lead = try Fixtures.mentions([sentence, filler, filler, filler].joined(separator: "\n\n"))
        let later = try Fixtures.mentions([filler, filler, filler, sentence].joined(separator: "\n\n"))
        try #require(lead.count == 1 && later.count == 1)
        #expect(lead[0].evidence.leadRank == 0)
        #expect(later[0].evidence.leadRank == 3)
        #expect(lead[0].event.importance > later[0].event.importance)
    }

    @Test func ranksAnEventToldByTwoDocumentsAboveOneToldByOne() throws {
        let a = try Fixtures.mentions(
            "Filler comes first here.\n\nIn March 2015, the council of Tarn banned night fishing on the lake.", id: "a")
        let b = try Fixtures.mentions(
            "Filler comes first here.\n\nThe council of Tarn banned night fishing on the lake in March 2015.", id: "b")
        let one = EventMerger().merge(a).events
        let both = EventMerger().merge(a + b).events
        try #require(one.count == 1 && both.count == 1)
        #expect(both[0].importance > one[0].importance)
    }

    @Test func readsTheActorInTheTitleSubjectOnly() {
        let china = Importance.Evidence(
            title: "China forcibly returns about 60 refugees to North Korea", scope: "", verb: "return",
            kind: .occurrence)
        #expect(china.actor == 0.10)
        #expect(china.act == 0.25)
        #expect(china.severity == 1)
        let visitors = Importance.Evidence(
            title: "Some diplomats return to the UN compound", scope: "", verb: "return", kind: .occurrence)
        #expect(visitors.actor == 0)
        #expect(visitors.act == 0)
    }

    @Test func scoresADatedLawByWhatItsNounStandsFor() {
        let law = Importance.Evidence(title: "Labour Act on Mines", scope: "", verb: nil, kind: .document)
        #expect(law.act == Lexicon.actionWeights["adopt"])
    }
}
