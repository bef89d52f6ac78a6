import ChronicleTimeline
import Testing

@testable import ChronicleEvents

@Suite struct TaxonomyTests {
    let classifier = Classifier(categories: Taxonomy.builtIn)

    @Test func classifiesByKeywordsCountingTheTitleTwice() {
        #expect(classifier.category(title: "Navy forcibly returns 30 refugees", scope: "") == "migration")
        #expect(classifier.category(title: "Court sentences three journalists", scope: "to prison") == "detention")
        #expect(classifier.category(title: "Senate vetoes new sanctions", scope: "") == "sanctions")
        #expect(classifier.category(title: "Ministers meet", scope: "") == "general")
    }

    @Test func matchesShortKeywordsOnlyAsWholeWords() {
        // "un" must not claim "under" or "until"; "ban" must not claim "bank".
        #expect(classifier.category(title: "Bank lends under new terms until May", scope: "") == "general")
        #expect(classifier.category(title: "UN envoy visits", scope: "") == "un-diplomacy")
    }

    @Test func letsTheWritersCategoriesComeFirst() {
        let custom = Category(id: "fisheries", name: "Fisheries", keywords: ["fishing", "trawler"])
        let categories = Taxonomy.categories(adding: [custom])
        #expect(categories.first?.id == "fisheries")
        #expect(
            Classifier(categories: categories).category(title: "Council bans night fishing", scope: "") == "fisheries")
        let renamed = Category(id: "migration", name: "Refugees", keywords: ["refugee"])
        #expect(Taxonomy.categories(adding: [renamed]).filter { $0.id == "migration" }.map(\.name) == ["Refugees"])
    }
}

@Suite struct ImportanceTests {
    @Test func favoursPreciseDecisiveWidelyReportedEvents() {
        // 0.10 + 0.15 (year) + 0.05 (count) = 0.30.
        let minor = Importance.score(precision: .year, sources: 1, kind: .statistic, verb: nil, title: "412 households")
        let major = Importance.score(
            precision: .day, sources: 3, kind: .occurrence, verb: "return",
            title: "Navy forcibly returns 30 refugees to Freedonia")
        // 0.10 + 0.30 (day) + 0.24 (two more sources) + 0.10 (occurrence) + 0.15 (return) + 0.05 (a name).
        #expect(minor == 0.3)
        #expect(major == 0.94)
        #expect(
            Importance.score(precision: .month, sources: 1, kind: .occurrence, verb: "meet", title: "It meets")
                < Importance.score(precision: .month, sources: 1, kind: .occurrence, verb: "meet", title: "Envoys meet")
        )
    }
}
