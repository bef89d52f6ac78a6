import Testing

@testable import ChronicleReader

@Suite struct AbbreviationsTests {
    @Test func listsEachWordOnceLowercasedWithoutPeriods() {
        let words = Abbreviations.table.map(\.word)
        #expect(Set(words).count == words.count)
        #expect(words.allSatisfy { $0 == $0.lowercased() && !$0.contains(".") && !$0.isEmpty })
        #expect(Abbreviations.starters.allSatisfy { $0 == $0.lowercased() })
    }
}
