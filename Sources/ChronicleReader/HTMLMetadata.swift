import ChronicleText
import ChronicleXML

/// The published date a page declares in its metadata.
enum HTMLMetadata {
    /// `<meta>` names and properties that carry a publication date, most specific first.
    static let dateKeys = [
        "article:published_time", "og:published_time", "datepublished", "dc.date", "dc.date.issued",
        "dcterms.date", "date", "pubdate",
    ]

    static func publishedDate(in tree: MarkupTree) -> DocumentDate? {
        var found: [(rank: Int, key: String, value: String)] = []
        for index in tree.elements(named: "meta") {
            let node = tree.nodes[index]
            let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "")
                .lowercased()
            if let rank = dateKeys.firstIndex(of: key), let content = node.attribute("content") {
                found.append((rank, key, content))
            }
        }
        for (_, key, value) in found.sorted(by: { $0.rank < $1.rank }) {
            if let point = isoDate(value) {
                return DocumentDate(point, origin: .metadata, evidence: "<meta \(key)> = \(value)")
            }
        }
        return nil
    }

    /// The date part of an ISO 8601 timestamp: "2020-06-25T09:00:00Z" is 2020-06-25.
    static func isoDate(_ value: String) -> TimePoint? {
        let head = value.trimmingCharacters(in: .whitespaces).prefix(10)
        return TimePoint(timex: String(head))
    }
}
