import ChronicleText

// The document's own publication, said again in its text: "This note restates … the 2020
// report, published on June 25, 2020", "a news article of 13 March 2025". A writer does not
// want the publication of an article, a note or a dispatch repeated as an event: it is the
// source itself, already cited. The publication of a report is news, though ("the ministry's
// annual report, released on 2 May"): that one becomes the source's own event.

extension SentenceEvents {
    /// "This note restates … published on June 25, 2020", "a news article of 13 March 2025":
    /// the document's own publication date, said again.
    func restatesPublication(_ mention: DateMention) -> Bool {
        guard let documentDate, mention.date.isCompatible(with: .point(documentDate)) else { return false }
        // "This note restates … the 2020 report, published on June 25, 2020": in a sentence about
        // the document itself, every date of its publication is said again.
        let selfReference = parse.words.indices.contains { index in
            ["this", "the present"].contains(parse.lower(index))
                && Lexicon.publicationNouns.contains(parse.lower(index + 1))
        }
        if selfReference { return true }
        guard mention.date == .point(documentDate) else { return false }
        // "… which covers the events of 2024": the period the document reports on.
        let start = mention.words.lowerBound
        if ((start - 4)..<start).contains(where: { Lexicon.coverageWords.contains(parse.lower($0)) }) { return true }
        // A publication noun right before the date or its verb: "a dispatch published on …".
        var cursor = mention.phraseStart - 1
        if Lexicon.publicationVerbs.contains(parse.lower(cursor)) { cursor -= 1 }
        while cursor >= 0, parse.words[cursor].kind == .word, parse.words[cursor].isCapitalized { cursor -= 1 }
        return Lexicon.publicationNouns.contains(parse.lower(cursor))
            && parse.lower(cursor) != "report" && parse.lower(cursor) != "reports"
    }

    /// The report whose publication a restating date gives, when what came out is a report
    /// (`Lexicon.reportNouns`) and the date says at least its month: its name, and the verb
    /// that says it came out ("published"), if any.
    func publishedReport(_ mention: DateMention) -> (name: [Int], verb: Int?)? {
        guard mention.date.precision >= .month, let documentDate, documentDate.precision >= .month else {
            return nil
        }
        var cursor = mention.phraseStart - 1
        var verb: Int?
        if Lexicon.releaseVerbs.contains(parse.lower(cursor)) {
            verb = cursor
            cursor -= 1
        } else if ["of", "dated"].contains(parse.lower(cursor)) {
            cursor -= 1
        } else {
            return nil
        }
        if parse.isComma(cursor) { cursor -= 1 }
        guard cursor >= 0, Lexicon.reportNouns.contains(parse.lower(cursor)) else { return nil }
        let head = cursor
        // Back over the name: "the US State Department's 2020 Trafficking in Persons Report".
        while cursor > 0 {
            let previous = parse.words[cursor - 1]
            let isNamePart =
                previous.isCapitalized && previous.kind == .word || previous.kind == .number || previous.lower == "'s"
                || (Lexicon.nameConnectors.contains(previous.lower) && previous.lower != "the" && cursor >= 2
                    && parse.words[cursor - 2].isCapitalized)
            guard isNamePart, cursor - 1 > 0 || previous.kind != .word || previous.lower != "this" else { break }
            cursor -= 1
        }
        return (Array(cursor...head), verb)
    }

    /// The draft of the document's own publication, from what the sentence says came out.
    func publicationDraft(_ mention: DateMention, scope: String) -> Draft? {
        guard restatesPublication(mention), let report = publishedReport(mention) else { return nil }
        var headline = tokens(report.name + (report.verb.map { [$0] } ?? []))
        for index in headline.indices { headline[index].isFinite = false }
        let title = Headline.make(headline)
        guard !title.isEmpty else { return nil }
        return Draft(
            mention: mention, kind: .document, title: title, scope: scope, citationStart: nil, verb: "publish",
            reading: Self.publicationReading)
    }

    /// How a publication draft was read, for `--explain` and to know one was made.
    static let publicationReading = "the document's own publication, of a report"
}
