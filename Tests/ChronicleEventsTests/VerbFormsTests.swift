import Testing

@testable import ChronicleEvents

@Suite struct VerbFormsTests {
    @Test(arguments: [
        ("announced", "announce"), ("sentenced", "sentence"), ("executed", "execute"), ("visited", "visit"),
        ("vetoed", "veto"), ("dropped", "drop"), ("banned", "ban"), ("called", "call"), ("cancelled", "cancel"),
        ("carried", "carry"), ("died", "die"), ("tried", "try"), ("agreed", "agree"), ("voted", "vote"),
        ("quoted", "quote"), ("caused", "cause"), ("determined", "determine"), ("detained", "detain"),
        ("returned", "return"), ("changed", "change"), ("belonged", "belong"), ("claimed", "claim"),
        ("declared", "declare"), ("appeared", "appear"), ("monitored", "monitor"), ("restored", "restore"),
        ("developed", "develop"), ("created", "create"), ("continued", "continue"), ("fled", "flee"),
        ("sent", "send"), ("found", "find"), ("mobilized", "mobilize"), ("occurred", "occur"),
        ("intervened", "intervene"), ("established", "establish"), ("raided", "raid"), ("flooded", "flood"),
    ])
    func findsTheBaseFormOfAPast(past: String, base: String) {
        #expect(VerbForms.base(ofPast: past) == base)
    }

    @Test func refusesWordsThatAreNoPasts() {
        #expect(VerbForms.base(ofPast: "need") == nil)
        #expect(VerbForms.base(ofPast: "red") == nil)
        #expect(VerbForms.base(ofPast: "report") == nil)
    }

    @Test(arguments: [
        ("veto", "vetoes"), ("carry", "carries"), ("play", "plays"), ("flee", "flees"), ("pass", "passes"),
        ("reach", "reaches"), ("be", "is"), ("have", "has"), ("return", "returns"),
    ])
    func makesTheThirdPersonPresent(base: String, present: String) {
        #expect(VerbForms.thirdPerson(base) == present)
    }

    @Test func agreesWithAPluralSubject() {
        #expect(VerbForms.present("return", plural: true) == "return")
        #expect(VerbForms.present("be", plural: true) == "are")
        #expect(VerbForms.present("be", plural: false) == "is")
    }

    @Test func readsPresentFormsBack() {
        #expect(VerbForms.base(ofPresent: "holds") == "hold")
        #expect(VerbForms.base(ofPresent: "vetoes") == "veto")
        #expect(VerbForms.base(ofPresent: "carries") == "carry")
        #expect(VerbForms.base(ofPresent: "focus") == nil)
    }
}
