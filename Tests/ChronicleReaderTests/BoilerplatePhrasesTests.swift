import Testing

@testable import ChronicleReader

@Suite struct BoilerplatePhrasesTests {
    @Test func knowsFurnitureLines() {
        let furniture = [
            "Skip to main content", "MENU", "Share this article", "Photo: Lena Berg", "© 2023 The Ledger",
            "Tags: water, drought", "Advertisement", "Read more: Ferry resumes service",
            "Your tax-deductible gift supports our researchers around the world.",
            "We use cookies to give you the best experience on our site.", "Sign up for our daily briefing",
            "4 min read", "12 Comments",
        ]
        for line in furniture { #expect(BoilerplatePhrases.isFurniture(line), "\(line)") }
    }

    @Test func keepsArticleLinesThatMentionTheSameWords() {
        let article = [
            "For those who want to help, donating to local shelters makes a difference.",
            "The company changed its privacy policy in March 2021 after a court ruling.",
            "Share prices fell by a third.", "Photographers were barred from the courtroom.", "Decline",
            "Tags on the cages showed where each bird was caught.", "Readers left 300 comments",
        ]
        for line in article { #expect(!BoilerplatePhrases.isFurniture(line), "\(line)") }
    }

    @Test func stripsCreditsFromTheEndOfCaptions() {
        #expect(
            BoilerplatePhrases.strippingCredit(
                "People watch the launch in Dessa, May 2, 2019. © 2019 Wire Agency", isCaption: false)
                == "People watch the launch in Dessa, May 2, 2019.")
        #expect(
            BoilerplatePhrases.strippingCredit("Crews at the quay. Photo: Lena Berg / Ledger", isCaption: false)
                == "Crews at the quay.")
        #expect(BoilerplatePhrases.strippingCredit("Photo: Pixabay", isCaption: false) == "")
        #expect(
            BoilerplatePhrases.strippingCredit("Crews at the quay. Getty Images", isCaption: true)
                == "Crews at the quay.")
        #expect(
            BoilerplatePhrases.strippingCredit("The agency sold its archive to Getty Images in 2019.", isCaption: false)
                == "The agency sold its archive to Getty Images in 2019.")
    }

    @Test func knowsHeadingsThatOpenEndMatter() {
        for heading in ["Related articles", "References", "More from Asia", "See also", "You may also like:"] {
            #expect(BoilerplatePhrases.opensEndMatter(heading), "\(heading)")
        }
        for heading in ["History", "Related parties in the dispute", "Findings"] {
            #expect(!BoilerplatePhrases.opensEndMatter(heading), "\(heading)")
        }
    }

    @Test func writesPhrasesLowercased() {
        let all =
            Array(BoilerplatePhrases.wholeLines) + BoilerplatePhrases.openings + BoilerplatePhrases.appeals
            + Array(BoilerplatePhrases.endMatterHeadings) + BoilerplatePhrases.creditMarks
        #expect(all.allSatisfy { $0 == $0.lowercased() })
    }
}
