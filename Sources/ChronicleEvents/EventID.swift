import ChronicleText

/// Event ids: the date's value and a few key words of the title, as a lowercase slug.
public enum EventID {
    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "by", "with", "at", "from", "as", "that", "its",
        "their", "his", "her", "was", "were", "is", "are", "be", "been", "has", "have", "had", "it", "this", "these",
        "those", "which", "who", "than", "more", "some", "about", "over", "into", "also",
    ]

    /// `2019-12-22-repatriate-north-korean-nationals`: at most four key words after the date.
    public static func make(date: EventDate, title: String) -> String {
        let words = slugWords(title).filter { !stopWords.contains($0) }.prefix(4)
        let datePart = date.timex.split(separator: "/", omittingEmptySubsequences: false).joined(separator: "-to-")
            .lowercased()
        return ([datePart] + words).joined(separator: "-")
    }

    /// The date part of an id made by ``make(date:title:)``: `2019-12-22` of
    /// `2019-12-22-deadline-states-repatriate`.
    static func datePart(of id: String) -> String {
        id.split(separator: "-").prefix {
            $0.first?.isNumber ?? false || $0 == "to" || $0.first == "q" && $0.count == 2
        }
        .joined(separator: "-")
    }

    /// Lowercase ASCII letters and digits of each word.
    static func slugWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }
}
