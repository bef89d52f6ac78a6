import ChronicleText

/// Reads plain text and Markdown saved pages.
///
/// Lines of page furniture (skip links, credits, share prompts, appeals, breadcrumbs, bylines,
/// tag lines) are dropped; lines wrapped inside a paragraph are joined back; short lines without
/// closing punctuation become headings. An author's line after an article (a name after a dash,
/// or a bare name before a photo credit or the end of the file) ends that article: a file of
/// several articles becomes one section per article, each with its title and its own date.
struct PlainTextReader {
    var markdown: Bool
    /// Whether to look for the date in the text; false when the caller gives one, which wins
    /// for the file and every section of it.
    var findsDates = true

    func read(_ raw: String, id: String) -> Document {
        let lines = TextLines(raw, markdown: markdown)
        let frontMatter = lines.frontMatter
        var articles = splitArticles(lines)
        for index in articles.indices { tidy(&articles[index]) }
        articles.removeAll { $0.blocks.isEmpty }
        if articles.count == 1, let title = frontMatter.title { articles[0].title = title }
        let title = articles.count == 1 ? articles[0].title : frontMatter.title
        var (document, ranges) = Document.assemble(id: id, title: title, articles: articles)
        let dating = DocumentDating(document: document)
        guard findsDates else { return document }
        if let date = frontMatter.date {
            document.date = date
        } else if articles.count == 1 {
            let found = dating.date(in: ranges[0], datelines: articles[0].datelines)
            document.date = found.date
            if let warning = found.warning { document.diagnostics.warn(warning, about: id) }
        }
        if articles.count >= 2 {
            for index in document.sections.indices {
                let found = dating.date(in: ranges[index], datelines: articles[index].datelines)
                document.sections[index].date = found.date
                if let warning = found.warning {
                    document.diagnostics.warn(
                        "§ \(document.sections[index].title): \(warning)", about: id, at: ranges[index].lowerBound)
                }
            }
        }
        return document
    }

    // MARK: - Lines to articles

    /// Groups the lines into blocks and cuts articles at author lines.
    private func splitArticles(_ lines: TextLines) -> [Article] {
        var articles: [Article] = [Article()]
        var paragraph: [TextLines.Line] = []
        var linesInArticle = 0
        func flush() {
            guard !paragraph.isEmpty else { return }
            let text = paragraph.map(\.text).joined(separator: paragraph.first!.isTableRow ? "\n" : " ")
            articles[articles.count - 1].blocks.append(Block(text: text, isHeading: paragraph.first!.isHeading))
            paragraph = []
        }
        let all = lines.lines
        for (position, line) in all.enumerated() {
            if line.text.isEmpty {
                flush()
                continue
            }
            linesInArticle += 1
            let isHead = linesInArticle <= 8
            if let author = authorEnding(at: position, in: all), author {
                flush()
                articles.append(Article())
                linesInArticle = 0
                continue
            }
            // "Published: 3 March 2021", "By A. Reporter | 3 March 2021": dated, then dropped.
            let isByline = isHead && SavedPageShapes.isByline(line.text)
            let isPublished =
                isHead && DocumentDating.hasPublishedLabel(line.text) && DocumentDating.labelledDate(line.text) != nil
            if isByline || isPublished {
                flush()
                if !ExplicitDates.scan(line.text, bareYears: false).isEmpty {
                    articles[articles.count - 1].datelines.append(line.text)
                }
                continue
            }
            if isFurniture(line.text) {
                flush()
                continue
            }
            var line = line
            line.text = BoilerplatePhrases.strippingCredit(line.text, isCaption: false)
            if line.text.isEmpty {
                flush()
                continue
            }
            if line.isHeading || line.isTableRow {
                flush()
                paragraph = [line]
                flush()
                continue
            }
            if let previous = paragraph.last, !lines.continues(previous, with: line) { flush() }
            paragraph.append(line)
        }
        flush()
        return articles
    }

    /// Whether the line at `position` is an author's line that ends an article: after a line
    /// that ends a sentence, and marked (a dash, "By") or followed only by credits, furniture
    /// or the end of the file.
    private func authorEnding(at position: Int, in lines: [TextLines.Line]) -> Bool? {
        let line = lines[position]
        let shape = SavedPageShapes.authorLine(line.text)
        guard shape.isAuthor, !line.isHeading else { return nil }
        guard let previous = lines[..<position].last(where: { !$0.text.isEmpty }),
            let last = previous.text.last, ".!?\"”’)".contains(last)
        else { return nil }
        if shape.isMarked { return true }
        let following = lines[(position + 1)...].first { !$0.text.isEmpty }
        guard let following else { return true }
        let isCredit = BoilerplatePhrases.strippingCredit(following.text, isCaption: false).isEmpty
        return isCredit ? true : nil
    }

    private func isFurniture(_ line: String) -> Bool {
        BoilerplatePhrases.isFurniture(line) || SavedPageShapes.isBreadcrumb(line) || SavedPageShapes.isCounter(line)
    }

    // MARK: - Tidying an article

    /// Marks headings, drops teaser headlines of other stories near the top and tag lines and
    /// lone labels at the end, and takes the title from the first heading.
    private func tidy(_ article: inout Article) {
        var blocks = article.blocks
        for index in blocks.indices where !blocks[index].isHeading && index + 1 < blocks.count {
            blocks[index].isHeading = Self.isHeading(blocks[index].text)
        }
        let firstBody = blocks.firstIndex { !$0.isHeading && DocumentDating.isBodyParagraph($0.text) }
        // A teaser is a long headline; the article's words are gathered only when one may be.
        if let firstBody, firstBody > 1,
            blocks[1..<firstBody].contains(where: {
                SavedPageShapes.isHeadlineShaped($0.text) && $0.text.utf8.count >= 30
            })
        {
            let articleWords = SavedPageShapes.topicWords(blocks[firstBody...].map(\.text).joined(separator: " "))
            let head = blocks[..<firstBody].enumerated().filter { offset, block in
                offset == 0 || !SavedPageShapes.isTeaser(block.text, articleWords: articleWords)
            }
            blocks = head.map(\.element) + blocks[firstBody...]
        }
        if let lastBody = blocks.lastIndex(where: { DocumentDating.isBodyParagraph($0.text) }) {
            let tail = blocks[(lastBody + 1)...].filter { block in
                !SavedPageShapes.isTagLine(block.text)
                    && !(block.text.utf8.count <= 80 && block.text.split(separator: " ").count <= 6
                        && SavedPageShapes.isHeadlineShaped(block.text)
                        && !TextLines.startsListItem(block.text))
            }
            blocks = Array(blocks[...lastBody]) + tail
        }
        if let first = blocks.first, first.isHeading {
            article.title = first.text
        } else if let first = blocks.first, blocks.count > 1, Self.isHeading(first.text) {
            blocks[0].isHeading = true
            article.title = first.text
        }
        article.blocks = blocks
    }

    /// A short line without closing punctuation reads as a heading ("Freedom of Movement",
    /// "PRIORITIZED RECOMMENDATIONS:").
    static func isHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 160, !TextLines.startsListItem(text), !text.contains("\n"), let last = text.last
        else { return false }
        let words = text.split(separator: " ").count
        if last == ":" { return words <= 6 }
        return words <= 15 && !".!?;,\"”’".contains(last)
    }
}
