import ChronicleText

extension EventExtractor {
    /// The publication of a document that is itself a report, when no sentence tells it: a
    /// title that names a report ("2025 Fisheries Report: the northern coast") and a date known
    /// to its month or day that was given or read from the page (an inferred date, or a year
    /// that names the period a report covers, makes no event). The event is titled and cited
    /// by the title line.
    static func titledPublication(of document: Document) -> (Draft, EventDate, TextRange)? {
        guard let date = document.date, date.origin != .inferred, date.point.precision >= .month,
            let title = document.title, document.sections.isEmpty
        else { return nil }
        // The title's first part ends on a report noun, a year aside: "2020 … Report: Country";
        // or opens with one and says what it is about: "Annual report on river pollution".
        let lead = title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
        let words = Array(Phrases.words(lead).drop { $0.allSatisfy(\.isNumber) })
        let endsOnReport = words.reversed().first { !$0.allSatisfy(\.isNumber) }.map(Lexicon.reportNouns.contains)
        let opensWithReport = words.prefix(3).indices.contains { index in
            Lexicon.reportNouns.contains(words[index]) && index + 1 < words.count
                && ["on", "of", "into"].contains(words[index + 1])
        }
        guard endsOnReport == true || (opensWithReport && words.count <= Headline.maximumWords) else { return nil }
        guard
            let heading = document.paragraphs.prefix(3).first(where: { paragraph in
                document.text(in: paragraph).trimmingCharacters(in: .whitespaces) == title
            })
        else { return nil }
        let parsed = WordScanner.words(in: document.text, range: heading)
        let parse = SentenceParse(words: parsed)
        let headline = Headline.make(Headline.tokens(Array(parsed.indices), of: parse))
        guard !headline.isEmpty, headline.split(separator: " ").count <= Headline.maximumWords else { return nil }
        let mention = DateMention(
            date: .point(date.point), words: 0...0, phraseStart: 0, role: .plain, modifier: nil, expressions: [])
        let draft = Draft(
            mention: mention, kind: .document, title: headline, scope: title, citationStart: nil, verb: "publish",
            reading: "the document's own publication, named by its title")
        return (draft, .point(date.point), heading)
    }
}
