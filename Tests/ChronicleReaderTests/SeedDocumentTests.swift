import ChronicleText
import Foundation
import Testing

@testable import ChronicleReader

/// Properties of the five seed documents as Chronicle reads them. The seeds are third-party
/// text: they are read in place, and what a test expects of them is derived from their lines,
/// never copied here.
@Suite struct SeedDocumentTests {
    func read(_ prefix: String) throws -> (document: Document, lines: [String]) {
        let url = try Fixtures.seed(prefix)
        let raw = try String(contentsOf: url, encoding: .utf8)
        let lines = raw.split(separator: "\n").map { $0.trimmingCharacters(in: " \t\u{A0}") }.filter { !$0.isEmpty }
        return (try DocumentReader().read(path: url.path), lines)
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func keepsNoFurnitureInTheText(prefix: String) throws {
        let (document, _) = try read(prefix)
        for paragraph in document.paragraphTexts {
            #expect(!BoilerplatePhrases.isFurniture(paragraph), "\(paragraph)")
            #expect(!paragraph.lowercased().hasPrefix("photo:"))
            #expect(!paragraph.contains("©"))
            #expect(!paragraph.lowercased().contains("skip to main content"))
            #expect(!SavedPageShapes.isBreadcrumb(paragraph))
        }
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func cutsSentencesThatStayInsideTheirParagraphs(prefix: String) throws {
        let (document, _) = try read(prefix)
        var previousEnd = 0
        for sentence in document.sentences {
            #expect(document.paragraphs[sentence.paragraph].contains(sentence.range))
            #expect(sentence.range.lowerBound >= previousEnd)
            previousEnd = sentence.range.upperBound
            // No sentence is cut after an abbreviation, an initial or a list number.
            if !document.headings.contains(sentence.paragraph) {
                let words = document.text(in: sentence.range).split(separator: " ")
                #expect(words.count >= 3, "\(document.text(in: sentence.range))")
            }
        }
        #expect(document.sentences.count > document.paragraphs.count)
    }

    @Test func splitsTheMultiArticleSeedIntoItsArticlesWithTheirTitles() throws {
        let (document, lines) = try read("001")
        // Each article ends with an author line and a photo credit line; the next one opens
        // with its title.
        let credits = lines.indices.filter { lines[$0].hasPrefix("Photo:") }
        let expectedTitles = [lines[0]] + credits.dropLast().map { lines[$0 + 1] }
        #expect(credits.count == 4)
        #expect(document.sections.map(\.title) == expectedTitles)
        for credit in credits {
            let author = lines[credit - 1].trimmingCharacters(in: "–— ")
            #expect(!document.text.contains(author), "\(author)")
        }
        for (section, next) in zip(document.sections, document.sections.dropFirst()) {
            #expect(section.range.upperBound < next.range.lowerBound)
        }
        #expect(document.date == nil)
        #expect(document.sections.allSatisfy { $0.date?.origin == .inferred })
    }

    @Test func dropsTheTeaserAndTheTagLineOfTheNewsSeed() throws {
        let (document, lines) = try read("000")
        #expect(document.title == lines[0])
        #expect(document.paragraphTexts.first == lines[0])
        // Between the headline and the article stands another story's headline.
        #expect(!document.text.contains(lines[1]))
        #expect(!document.text.contains(lines[lines.count - 1]))
        #expect(document.paragraphTexts[1] == lines[2])
        #expect(document.paragraphTexts.last == lines[lines.count - 2])
    }

    @Test func datesTheReportSeedByTheYearInItsHeader() throws {
        let (document, lines) = try read("002")
        #expect(document.date?.point == .year(2020))
        #expect(document.date?.origin == .dateline)
        #expect(document.date?.evidence.contains(lines[0]) == true)
        #expect(document.title == lines[0])
    }

    @Test func dropsTheSkipLinkAppealAndRegionLineOfTheDispatchSeed() throws {
        let (document, lines) = try read("003")
        for line in [lines[0], lines[lines.count - 2], lines[lines.count - 1]] {
            #expect(!document.text.contains(line), "\(line)")
        }
        #expect(document.paragraphTexts.count == lines.count - 3)
        #expect(document.title == nil)
    }

    @Test func makesTheShortLinesOfTheWorldReportSeedItsHeadings() throws {
        let (document, lines) = try read("004")
        let short = lines.filter { !$0.hasSuffix(".") && $0.split(separator: " ").count <= 8 }
        #expect(document.headingTexts == short)
        #expect(document.paragraphTexts == lines)
        #expect(document.date?.point == .year(2024))
    }
}
