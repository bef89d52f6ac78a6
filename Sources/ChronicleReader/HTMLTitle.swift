import ChronicleXML

/// A page's title: `og:title`, else the article's `<h1>`, else `<title>`, with the site name
/// taken off ("Floods hit the north | Example News" is "Floods hit the north").
struct HTMLTitle {
    let page: HTMLPage

    /// The title, and the article's headline when it stands outside the article element (so
    /// that the text can open with it).
    func title() -> (title: String?, detachedHeadline: String?) {
        let siteName = meta(["og:site_name", "application-name"])
        let documentTitle = page.elements(named: "title").first.map {
            page.tree.textContent(of: $0).collapsingWhiteSpace
        }
        let openGraph = meta(["og:title"]).map { Self.strippingSiteName($0, siteName: siteName) }
        let reference = openGraph ?? documentTitle.map { Self.strippingSiteName($0, siteName: siteName) }
        let headline = articleHeadline(matching: reference)
        let title = openGraph ?? headline?.text ?? reference
        let detached = headline.flatMap { headline in
            page.root.map { page.isAncestor($0, of: headline.index) } == true ? nil : headline.text
        }
        return (title.flatMap { $0.isEmpty ? nil : $0 }, detached)
    }

    /// The article's headline: the first `<h1>` inside the article element, else the last
    /// heading before it that shares words with the page's title (an `<h1>`, or an `<h2>` or
    /// `<h3>` when the page has no `<h1>`); a site logo in an `<h1>` shares none.
    private func articleHeadline(matching reference: String?) -> (index: Int, text: String)? {
        let headlines = page.elements(named: "h1").filter { !page.neverRead[$0] }
        if let root = page.root {
            // The first few only: a hostile page may nest thousands.
            for index in headlines.filter({ page.isAncestor(root, of: $0) && !page.removed[$0] }).prefix(3) {
                let text = page.tree.textContent(of: index).collapsingWhiteSpace
                if !text.isEmpty { return (index, text) }
            }
        }
        let before = { (indexes: [Int]) in indexes.filter { index in page.root.map { index < $0 } ?? true } }
        if let found = closest(before(headlines), matching: reference, requireMatch: false) { return found }
        guard let reference else { return nil }
        let subheadings = (page.elements(named: "h2") + page.elements(named: "h3")).sorted()
            .filter { !page.neverRead[$0] }
        return closest(before(subheadings), matching: reference, requireMatch: true)
    }

    private func closest(_ headings: [Int], matching reference: String?, requireMatch: Bool) -> (
        index: Int, text: String
    )? {
        for index in headings.reversed().prefix(3) {
            let text = page.tree.textContent(of: index).collapsingWhiteSpace
            guard !text.isEmpty else { continue }
            guard let reference else { return requireMatch ? nil : (index, text) }
            if Self.sharesMostWords(text, reference) { return (index, text) }
        }
        return nil
    }

    private func meta(_ keys: [String]) -> String? {
        let metas = page.elements(named: "meta")
        for key in keys {
            for index in metas {
                let node = page.tree.nodes[index]
                let name = (node.attribute("property") ?? node.attribute("name") ?? "").lowercased()
                if name == key, let content = node.attribute("content")?.collapsingWhiteSpace, !content.isEmpty {
                    return content
                }
            }
        }
        return nil
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", " « "]

    /// The title without the site's name at its start or end.
    static func strippingSiteName(_ title: String, siteName: String?) -> String {
        let bytes = Array(title.utf8)
        for separator in separators where Bytes.firstIndex(of: Array(separator.utf8), in: bytes) != nil {
            let parts = title.components(separatedBy: separator)
            let rejoin = { (slice: ArraySlice<String>) in slice.joined(separator: separator) }
            if let siteName {
                let site = siteName.lowercased()
                if let last = parts.last, last.lowercased() == site { return rejoin(parts.dropLast()) }
                if let first = parts.first, first.lowercased() == site { return rejoin(parts.dropFirst()) }
            }
            // A bar or a guillemet separates a site name; a dash may be part of the headline, so
            // what stays must still read as one (three words or more).
            let least = [" | ", " :: ", " » ", " « "].contains(separator) ? 1 : 3
            if let last = parts.last, words(last) <= 4, words(rejoin(parts.dropLast())) >= least {
                return rejoin(parts.dropLast())
            }
            if let first = parts.first, words(first) <= 3, words(rejoin(parts.dropFirst())) >= least {
                return rejoin(parts.dropFirst())
            }
            return title
        }
        return title
    }

    static func words(_ text: String) -> Int { text.split(separator: " ").count }

    /// Whether at least half the words of the shorter text occur in the other.
    static func sharesMostWords(_ a: String, _ b: String) -> Bool {
        let first = Set(a.lowercased().split { !$0.isLetter && !$0.isNumber })
        let second = Set(b.lowercased().split { !$0.isLetter && !$0.isNumber })
        let smaller = min(first.count, second.count)
        return smaller > 0 && first.intersection(second).count * 2 >= smaller
    }
}
