import ChronicleText
import Testing

@testable import ChronicleTagger

/// Every rule's examples, run through the whole rule set against the examples' document date
/// (Saturday, 10 April 2021): each is one expression made by that rule, with that value.
@Suite struct RuleExampleTests {
    @Test func everyRuleHasExamplesAndAUniqueID() {
        let ids = RuleSet.english.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(RuleSet.english.filter(\.examples.isEmpty).map(\.id) == [])
    }

    @Test(arguments: RuleSet.english.map(\.id))
    func ruleMakesItsExamples(_ id: String) throws {
        let rule = try #require(RuleSet.english.first { $0.id == id })
        for (example, value) in rule.examples {
            // "[…]" marks the expression within a context the rule needs; otherwise it is the whole text.
            let text = example.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
            let marked = example.contains("[")
            let expected =
                marked
                ? String(example.split(separator: "[", omittingEmptySubsequences: false)[1].split(separator: "]")[0])
                : text
            let document = Document(id: "example", text: text, date: DocumentDate(Rule.exampleDate, origin: .given))
            let result = Tagger().tag(document)
            let found = result.expressions.map { "\(document.text(in: $0.range))=\($0.value) (\($0.rule))" }
            let values = value.split(separator: "/").map(String.init)
            if value.isEmpty {
                // A rule that reads text which is no time expression.
                #expect(result.expressions.isEmpty, "\(id): \(example) → \(found)")
            } else if values.count == 2 {
                #expect(
                    result.expressions.count == 2 && result.expressions.allSatisfy { $0.rule == id }
                        && result.expressions.map(\.value) == values && result.intervals.count == 1,
                    "\(id): \(example) → \(found)")
            } else {
                let hits = result.expressions.filter { document.text(in: $0.range) == expected }
                #expect(
                    hits.count == 1 && hits.first?.rule == id && hits.first?.value == value
                        && (marked || result.expressions.count == 1),
                    "\(id): \(example) → \(found)")
            }
        }
    }
}
