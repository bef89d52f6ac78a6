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
        #expect(found.first?.title == "North Korea announces it had tested a new missile")
    }
}
