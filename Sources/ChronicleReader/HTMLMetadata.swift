import ChronicleText
import ChronicleXML
import Foundation

/// The publication date a page declares, in the order it is trusted: `<meta>` dates (Open
/// Graph's `article:published_time` first, then Open Graph variants and Dublin Core), JSON-LD
/// `datePublished`, then a `<time>` in the article's header — never one in a sidebar, a list
/// of other stories or a link.
struct HTMLMetadata {
    let page: HTMLPage

    func publishedDate() -> DocumentDate? {
        metaDate() ?? jsonLinkedDataDate() ?? headerTimeDate() ?? headerLineDate()
    }

    // MARK: - <meta>

    private func metaDate() -> DocumentDate? {
        var best: (rank: Int, date: DocumentDate)?
        for index in page.elements(named: "meta") {
            let node = page.tree.nodes[index]
            for attribute in ["property", "name", "itemprop"] {
                guard let key = node.attribute(attribute)?.lowercased(),
                    let rank = HTMLRules.dateMetaKeys.firstIndex(of: key), rank < (best?.rank ?? .max),
                    let content = node.attribute("content"), let point = ExplicitDates.metadataValue(content)
                else { continue }
                let evidence = "<meta \(attribute)=\"\(key)\" content=\"\(content)\">"
                best = (rank, DocumentDate(point, origin: .metadata, evidence: evidence))
            }
        }
        return best?.date
    }

    // MARK: - JSON-LD

    private func jsonLinkedDataDate() -> DocumentDate? {
        var fallback: DocumentDate?
        for index in page.elements(named: "script") {
            guard page.tree.nodes[index].attribute("type")?.lowercased() == "application/ld+json" else { continue }
            let source = page.tree.textContent(of: index)
            guard source.utf8.count <= 1_000_000, Self.nesting(of: source) <= 32,
                let json = try? JSONSerialization.jsonObject(with: Data(source.utf8), options: [.fragmentsAllowed])
            else { continue }
            for object in Self.objects(in: json) {
                guard let value = object["datePublished"] as? String, let point = ExplicitDates.metadataValue(value)
                else { continue }
                let date = DocumentDate(point, origin: .metadata, evidence: "JSON-LD datePublished \"\(value)\"")
                if Self.isArticle(object) { return date }
                fallback = fallback ?? date
            }
        }
        return fallback
    }

    /// Every object in a JSON-LD value, outermost first (`@graph` lists included).
    static func objects(in json: Any) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var pending: [Any] = [json]
        var next = 0
        while next < pending.count {
            let value = pending[next]
            next += 1
            if let object = value as? [String: Any] {
                result.append(object)
                for key in object.keys.sorted() { pending.append(object[key] as Any) }
            } else if let array = value as? [Any] {
                pending.append(contentsOf: array)
            }
        }
        return result
    }

    static func isArticle(_ object: [String: Any]) -> Bool {
        let types = (object["@type"] as? [String]) ?? (object["@type"] as? String).map { [$0] } ?? []
        return types.contains { HTMLRules.articleTypes.contains($0.lowercased()) }
    }

    /// How deeply brackets nest in a JSON text (outside strings), so that a hostile script
    /// never reaches the JSON parser.
    static func nesting(of source: String) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in source.utf8 {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                deepest = max(deepest, depth)
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return deepest
    }

    // MARK: - <time> in the article's header

    /// The first `<time>` of the article's header: inside the article (the widest article or
    /// main element around the text, else the text's parent), before its first paragraph, and
    /// not inside a link, list item, figure, aside, navigation, footer or a box of other
    /// stories. A time marked as the publication (`itemprop=datePublished`, `pubdate`, a
    /// "published" class) wins; one marked as a modification comes last.
    private func headerTimeDate() -> DocumentDate? {
        guard let (scope, firstParagraph) = header() else { return nil }
        var best: (rank: Int, date: DocumentDate)?
        for index in page.elements(named: "time") where page.isAncestor(scope, of: index) && index < firstParagraph {
            guard !page.neverRead[index], !isInOtherStories(index, scope: scope) else { continue }
            let node = page.tree.nodes[index]
            guard node.attribute("datetime") != nil || page.stats[index].text <= 100 else { continue }
            let value = node.attribute("datetime") ?? page.tree.textContent(of: index).collapsingWhiteSpace
            guard let point = ExplicitDates.metadataValue(value) else { continue }
            let rank = Self.rank(of: node)
            guard rank < (best?.rank ?? .max) else { continue }
            let attribute = node.attribute("datetime").map { " datetime=\"\($0)\"" } ?? ""
            let evidence = "<time\(attribute)>\(attribute.isEmpty ? value : "") in the article header"
            best = (rank, DocumentDate(point, origin: .metadata, evidence: evidence))
        }
        return best?.date
    }

    /// A byline or date line of the article's header, kept out of the text as furniture or
    /// not: "By Jane Doe | March 5, 2024", "Published: Tuesday 5 March 2024 14.02 GMT" — the
    /// first element before the article's first paragraph whose text is such a line, never one
    /// in a sidebar or a box of other stories.
    private func headerLineDate() -> DocumentDate? {
        guard let (scope, firstParagraph) = header() else { return nil }
        // A byline is a small element: one of at most 40 nodes, among the first 2,000 of the
        // article, so a deep or huge page costs no more than a few lines.
        let end = min(firstParagraph, page.subtreeEnd[scope], scope + 2_000)
        for index in scope..<end where page.isElement[index] && page.subtreeEnd[index] - index <= 40 {
            guard !page.neverRead[index], !["a", "time"].contains(page.tree.nodes[index].name),
                !isInOtherStories(index, scope: scope)
            else { continue }
            let text = page.tree.textContent(of: index).collapsingWhiteSpace
            guard !text.isEmpty, text.utf8.count <= 160, let point = DocumentDating.labelledDate(text),
                point.precision >= .day
            else { continue }
            return DocumentDate(point, origin: .dateline, evidence: "byline \"\(text)\" in the article header")
        }
        return nil
    }

    /// The article's header: the scope that holds it (`articleScope`) and the index of the
    /// article's first paragraph, where it ends.
    private func header() -> (scope: Int, firstParagraph: Int)? {
        guard let root = page.root else { return nil }
        let firstParagraph =
            (root..<page.subtreeEnd[root]).first { index in
                page.tree.nodes[index].name == "p" && page.stats[index].paragraphs > 0 && !page.removed[index]
            } ?? page.subtreeEnd[root]
        return (articleScope(of: root), firstParagraph)
    }

    /// The widest `<article>` or `<main>` (or `role` of either) around the article element, else
    /// the article element's parent, which holds its header.
    private func articleScope(of root: Int) -> Int {
        var scope: Int?
        var current: Int? = root
        while let index = current {
            if page.traits[index].contains(.article) || page.traits[index].contains(.landmark) { scope = index }
            current = page.tree.nodes[index].parent
        }
        return scope ?? page.tree.nodes[root].parent ?? root
    }

    private func isInOtherStories(_ index: Int, scope: Int) -> Bool {
        var current = page.tree.nodes[index].parent
        var steps = 0
        while let ancestor = current, ancestor != scope, steps < 64 {
            let node = page.tree.nodes[ancestor]
            if ["a", "li", "figure", "aside", "nav", "footer"].contains(node.name) { return true }
            for attribute in ["class", "id"] {
                if let value = node.attribute(attribute),
                    HTMLRules.tokens(value).contains(where: { HTMLRules.otherStoriesTokens.contains($0) })
                {
                    return true
                }
            }
            current = node.parent
            steps += 1
        }
        return false
    }

    private static func rank(of node: MarkupTree.Node) -> Int {
        let itemprop = node.attribute("itemprop")?.lowercased()
        let tokens = (node.attribute("class") ?? "").lowercased()
        if itemprop == "datepublished" || node.attribute("pubdate") != nil || tokens.contains("publish")
            || tokens.contains("posted")
        {
            return 0
        }
        if itemprop == "datemodified" || tokens.contains("modified") || tokens.contains("updated") { return 2 }
        return 1
    }
}
