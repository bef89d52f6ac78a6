import Testing

@testable import ChronicleTagger

/// Accuracy floors on the development corpus, just under the measured scores (`chronicle eval
/// ../shared/corpus/tbaq/tml/...`): a change that loses accuracy fails here. TimeBank is where
/// the rules were developed; AQUAINT is held out.
@Suite struct CorpusRegressionTests {
    struct Floors {
        var strict, relaxed, type, value: Double
    }

    func check(_ part: String?, _ floors: Floors) throws {
        let scores = Evaluation.run(try TBAQ.gold(part)).totals
        let name = part ?? "TBAQ"
        #expect(scores.strict.f1 >= floors.strict, "\(name) strict F1 \(scores.strict.f1)")
        #expect(scores.relaxed.f1 >= floors.relaxed, "\(name) relaxed F1 \(scores.relaxed.f1)")
        #expect(scores.type.f1 >= floors.type, "\(name) type F1 \(scores.type.f1)")
        #expect(scores.value.f1 >= floors.value, "\(name) value F1 \(scores.value.f1)")
    }

    @Test func holdsItsScoresOnTheWholeCorpus() throws {
        try check(nil, Floors(strict: 0.905, relaxed: 0.948, type: 0.909, value: 0.838))
    }

    @Test func holdsItsScoresOnTimeBank() throws {
        try check("TimeBank", Floors(strict: 0.923, relaxed: 0.948, type: 0.927, value: 0.857))
    }

    @Test func holdsItsScoresOnHeldOutAQUAINT() throws {
        try check("AQUAINT", Floors(strict: 0.866, relaxed: 0.947, type: 0.871, value: 0.797))
    }
}
