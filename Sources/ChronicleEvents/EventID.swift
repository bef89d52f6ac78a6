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
    ///
    /// Any other character ends a word, and so does a letter that an accent joins ("café" gives
    /// "caf", whether the accent is its own scalar or not).
    static func slugWords(_ text: String) -> [String] {
        var result: [String] = []
        var bytes: [UInt8] = []
        func flush() {
            if !bytes.isEmpty { result.append(String(decoding: bytes, as: UTF8.self)) }
            bytes.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                    bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else {
                    flush()
                }
            } else {
                // A combining mark belongs to the character before it, which is then not ASCII.
                if scalar.properties.canonicalCombiningClass != .notReordered || scalar.properties.isGraphemeExtend,
                    !bytes.isEmpty
                {
                    bytes.removeLast()
                }
                flush()
            }
        }
        flush()
        return result
    }
}
