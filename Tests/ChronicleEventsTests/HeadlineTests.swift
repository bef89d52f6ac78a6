import ChronicleText
import Testing

@testable import ChronicleEvents

@Suite struct HeadlineTests {
    func title(_ text: String) throws -> String {
        try #require(Fixtures.events(text, date: .year(2022)).first).title
    }

    @Test func writesThePresentTenseAsHeadlinesDo() throws {
        #expect(try title("In June, the senate vetoed the budget.") == "Senate vetoes the budget")
        #expect(
            try title("In June, villagers were evacuated from the valley.") == "Villagers evacuated from the valley")
        #expect(try title("In June, the rebels had seized the airport.") == "Rebels seize the airport")
        #expect(
            try title("In June, the US, Canada, and Mexico signed a new accord.")
                == "US, Canada, and Mexico sign a new accord")
        #expect(
            try title("In June, Anna Lindqvist and Omar Haddad met in Geneva.")
                == "Anna Lindqvist and Omar Haddad meet in Geneva")
        #expect(
            try title("In June, the Food and Agriculture Organization warned of famine.")
                == "Food and Agriculture Organization warns of famine")
    }

    @Test func putsASecondVerbOfTheSameSubjectInThePresentToo() throws {
        #expect(
            try title("In June, police questioned and released two fishermen.")
                == "Police question and release two fishermen")
        #expect(
            try title("In June, the mayor fled to the coast and returned a week later.")
                == "Mayor flees to the coast and returns a week later")
    }

    @Test func leavesOutAWireDatelineAndItsQuotationMarks() throws {
        #expect(
            try title("HAVANA (AP) -- In June, the council approved ``a new start'' for the port.")
                == "Council approves a new start for the port")
        #expect(
            try title("BELFAST, Northern Ireland (AP)_ In June, police seized a car bomb.") == "Police seize a car bomb"
        )
    }

    @Test func startsAtTheSubjectAfterAParticipleClause() throws {
        #expect(
            try title("Citing security concerns, the ministry closed the border in June.")
                == "Ministry closes the border")
    }

    @Test func lowercasesAReportedClauseAfterItsSpeaker() throws {
        #expect(
            try title("Rebuilding the port will take years, the mayor said in June.")
                == "Mayor says rebuilding the port will take years")
    }

    @Test func makesNoHeadlineOfABareAttribution() {
        let bare = [Headline.Token(text: "He"), Headline.Token(text: "said", form: .past, isFinite: true)]
        #expect(Headline.make(bare) == "")
        let full = bare + [Headline.Token(text: "talks"), Headline.Token(text: "failed", form: .past)]
        #expect(Headline.make(full) != "")
        #expect(Headline.make([Headline.Token(text: "Accord"), Headline.Token(text: "announced", form: .past)]) != "")
    }

    @Test func endsOnNoPrepositionADateLeftBehind() throws {
        #expect(try title("The blast occurred at 10:35 on 7 August 2021.") == "Blast occurs")
        #expect(try title("In June, prices rose by 90%.") == "Prices rise by 90%")
    }

    @Test func neverRunsPastTwelveWordsNorEndsOnAWordThatPromisesMore() throws {
        let long = try title(
            "In June, the provincial court sentenced three journalists and their editor to four years in prison for publishing a report on corruption in the port authority."
        )
        #expect(long.split(separator: " ").count <= 12)
        #expect(long == "Provincial court sentences three journalists and their editor to four years")
        let dangling = try title(
            "In June, the agency raised concerns over the damage that the recent storms in the southern provinces may have on the harvest."
        )
        #expect(dangling == "Agency raises concerns over the damage")
    }

    @Test func usesAnAcronymTheSentenceDefinesWhenTheNameIsTooLong() throws {
        #expect(
            try title(
                "In June, the International Organization for Migration (IOM) reported that thousands of families remain displaced in the north."
            )
                == "IOM reports thousands of families remain displaced in the north")
    }

    @Test func dropsHedgesAndLeavesFactualAdverbs() throws {
        #expect(
            try title("In June, the navy reportedly forcibly returned 30 fishermen.")
                == "Navy forcibly returns 30 fishermen")
    }

    @Test func namesWhatAPronounStandsForInAReport() throws {
        #expect(
            try title(
                "Many regard Freedonia as isolated, with the Truth Commission having found that it tortured prisoners in 2011."
            )
                == "Truth Commission finds Freedonia tortured prisoners")
    }
}

@Suite struct HeadlineNameTests {
    @Test func shortensAnOfficialNameWhenTheTitleIsTooLong() throws {
        let found = try Fixtures.events(
            "In June, the Democratic People’s Republic of Korea announced that it had tested a new missile that it said could reach the coast.",
            date: .year(2022))
        #expect(found.first?.title == "North Korea announces it tested new missile that it said could reach coast")
    }
}

/// A headline's tail is cut only where the words left make a complete thought.
@Suite struct HeadlineCutTests {
    /// The tokens of a sentence, and the index of the `occurrence`-th token written `word`.
    func cut(_ sentence: String, at word: String, occurrence: Int = 1) throws -> Bool {
        let words = WordScanner.words(in: sentence, range: TextRange(0, sentence.utf8.count))
        let parse = SentenceParse(words: words)
        let tokens = Headline.tokens(Array(words.indices), of: parse)
        let hits = tokens.indices.filter { tokens[$0].text == word }
        let index = try #require(hits.count >= occurrence ? hits[occurrence - 1] : nil)
        return Headline.isCleanCut(index, in: tokens)
    }

    @Test func keepsWhatAVerbNeedsAfterItsObject() throws {
        #expect(try cut("The resolutions barred member states from granting permits to traders", at: "from") == false)
        #expect(try cut("The resolutions barred member states from granting permits to traders", at: "to"))
        #expect(try cut("The council adopted a text asking the office for a report", at: "for") == false)
    }

    @Test func keepsNamesFixedPhrasesAndListsWhole() throws {
        #expect(try cut("The envoy met the Panel of Experts in the capital", at: "of") == false)
        #expect(try cut("The envoy met the Panel of Experts in the capital", at: "in"))
        #expect(try cut("The guards committed crimes against humanity in the camps", at: "against") == false)
        #expect(try cut("The farmer reached the coast with the help of a fisherman", at: "of") == false)
        #expect(try cut("The farmer reached the coast with the help of a fisherman", at: "with"))
        #expect(try cut("Workers went to Russia, China, Kenya and the Gulf", at: ",") == false)
    }

    @Test func keepsWhatAQuantityOrAComparisonNeeds() throws {
        #expect(try cut("Floods cut most income for a large majority of the people", at: "of", occurrence: 1) == false)
        #expect(try cut("Floods cut most income for a large majority of the people", at: "for"))
        #expect(try cut("Exports reached similar levels to earlier years", at: "to") == false)
    }

    func title(_ text: String) throws -> String {
        try #require(Fixtures.events(text, date: .year(2022)).first).title
    }

    @Test func dropsWeighingAdjectivesAndStandInsBeforeCutting() throws {
        #expect(
            try title(
                "In August, the agency raised concerns over the possible negative effects that recent heavy storms may have on the rice harvest."
            ) == "Agency raises concerns over effects that storms may have on rice harvest")
        #expect(
            try title(
                "In 2021, grain exports from the northern island reached almost similar levels to those of the years before the drought."
            ) == "Grain exports reach almost similar levels to the years before the drought")
    }

    @Test func putsTheBodyBeforeWhatItDecided() throws {
        #expect(
            try title(
                "In 2016, resolutions of the Regional Fisheries Council barred foreign trawlers from landing catches at the three northern harbours."
            ) == "Regional Fisheries Council resolutions bar foreign trawlers from landing catches")
    }
}
