/// Phrases that mark a line or block of a saved page as page furniture rather than article
/// text, for plain text and HTML alike. Lowercased; lines are compared after lowercasing,
/// collapsing white space and trimming punctuation at both ends.
enum BoilerplatePhrases {
    /// Lines that are furniture when they are the whole line: skip links, menus, share and
    /// print buttons, lone section labels, cookie buttons.
    static let wholeLines: Set<String> = [
        // Skip links and menus.
        "skip to main content", "skip to content", "skip to navigation", "skip navigation", "skip to main navigation",
        "skip to footer", "skip to search", "jump to navigation", "jump to search", "jump to content",
        "back to top", "return to top", "menu", "main menu", "open menu", "close menu", "toggle navigation",
        "navigation", "search", "close", "home", "sign in", "log in", "login", "register", "my account",
        // Share and print prompts.
        "share", "share this", "share this article", "share this story", "share this page", "share article",
        "share on facebook", "share on twitter", "share on x", "share on linkedin", "share via email", "tweet",
        "email", "print", "print this page", "copy link", "facebook", "twitter", "linkedin", "whatsapp", "reddit",
        "pinterest", "instagram", "youtube", "telegram", "download pdf", "download", "listen to this article",
        "save article", "comments", "comment", "leave a comment", "show comments",
        // Reading furniture.
        "advertisement", "sponsored", "sponsored content", "continue reading", "read more", "read less",
        "see more", "show more", "load more", "view all", "see all", "previous", "next", "previous article",
        "next article", "more", "more stories", "related", "related articles", "related stories",
        "related content", "related posts", "recommended", "recommended for you", "most read", "most popular",
        "trending", "latest news", "you may also like", "you might also like", "further reading", "image",
        "photo", "video", "loading", "subscribe", "subscribe now", "donate", "donate now", "support us",
        // Lone labels of a page's taxonomy.
        "region", "country", "regions", "countries", "topic", "topics", "tags", "tag",
        "category", "categories", "filed under", "keywords",
        // Press-release labels and end marks.
        "press release", "news release", "for immediate release", "media advisory", "media release",
        "ends", "end", "###", "-30-",
        // Cookie buttons.
        "accept all", "accept all cookies", "accept cookies", "reject all", "manage cookies",
        "cookie settings", "manage preferences", "got it", "i agree", "ok",
    ]

    /// Openings of furniture lines: credits, tag lists, share and newsletter prompts, related
    /// links. The rest of the line may be anything.
    static let openings: [String] = [
        "photo:", "photo by ", "photo credit", "photos:", "photograph:", "photograph by ", "photography:",
        "image:", "image credit", "image by ", "images:", "picture:", "credit:", "credits:", "illustration:",
        "illustration by ", "video:", "source: getty", "(photo", "(image", "©", "(c) ", "copyright ©",
        "copyright (c)", "tags:", "tagged:", "topics:", "filed under:", "keywords:", "categories:", "category:",
        "related:", "related articles:", "related stories:", "read more:", "read also:", "also read:",
        "see also:", "more:", "more on this:", "recommended:", "follow us", "share this", "share on ",
        "sign up for ", "sign up to ", "subscribe to ", "click here", "listen to this article", "advertisement",
        "this article was originally published", "this story was originally published",
        "for media enquiries", "for media inquiries", "media enquiries:", "media inquiries:", "media contact",
        "press contact", "for more information, contact", "for further information, contact",
    ]

    /// Phrases that make a short line (at most `appealWordLimit` words) an appeal, a newsletter
    /// prompt or a cookie notice wherever they occur in it.
    static let appeals: [String] = [
        "tax deductible", "tax-deductible", "donate now", "donate today", "make a donation", "make a gift",
        "your gift", "your donation", "your support", "support our work", "support our journalism",
        "support independent", "become a member", "become a supporter", "join us today", "give today",
        "please give", "sign up for our newsletter", "subscribe to our newsletter", "get our newsletter",
        "newsletter sign-up", "in your inbox", "we use cookies", "this site uses cookies",
        "this website uses cookies", "uses cookies to", "our cookie policy", "our privacy policy", "our terms of",
        "all rights reserved", "share this article", "share on facebook", "share on twitter",
    ]

    static let appealWordLimit = 40

    /// Endings of lines of at most three words, opening with a number, that count something
    /// about the page: "4 min read", "12 comments", "1.2k shares".
    static let counterEndings: [String] = [
        "min read", "mins read", "minute read", "minutes read", "comments", "comment", "shares", "views",
    ]

    /// Headings that open a page's end matter or a box of links to other pages; the heading
    /// and what follows it (up to the next heading of its level) are not the article.
    static let endMatterHeadings: Set<String> = [
        "related", "related articles", "related stories", "related content", "related posts", "related news",
        "related reading", "related links", "related topics", "related reports", "related publications",
        "related resources", "related research", "related coverage", "related videos", "related pages", "read more",
        "read next", "more stories",
        "more news", "more from", "more on this story", "more on this topic", "recommended",
        "recommended for you", "recommended reading", "you may also like", "you might also like",
        "you may have missed", "most read", "most popular", "most viewed", "trending", "trending now",
        "latest news", "latest stories", "latest", "editor's picks", "editors' picks", "see also",
        "further reading", "external links", "references", "notes", "footnotes", "citations", "sources",
        "bibliography", "share this", "share this article", "share", "comments", "leave a comment",
        "tags", "topics", "about the author", "newsletter", "sign up", "follow us", "donate", "support us",
    ]

    /// Marks that open a credit at the end of a caption or line ("… in Seoul. © 2017 Reuters").
    static let creditMarks: [String] = [
        "©", "photo:", "photo by", "photo credit", "photograph:", "photograph by", "image:", "image credit",
        "credit:", "picture:", "illustration:", "(photo", "(image", "(ap photo", "ap photo/",
    ]

    /// Agency names that open a credit only inside a caption ("Officials meet. Getty Images").
    static let captionCreditMarks: [String] = [
        "(c) ", "(reuters", "(afp", "afp via getty", "getty images", "/ getty", "/ afp", "/ reuters",
    ]

    /// Lines longer than this many bytes are article text unless they open like furniture.
    static let longestFurniture = 320

    private static let openingBytes = openings.map { Array($0.utf8) }
    private static let creditBytes = creditMarks.map { Array($0.utf8) }
    private static let captionCreditBytes = captionCreditMarks.map { Array($0.utf8) }
    private static let appealBytes = appeals.map { Array($0.utf8) }
    /// The first two bytes of every appeal, as a set of 16-bit values: most places in a line
    /// are ruled out by one look here.
    private static let appealStarts: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for appeal in appealBytes {
            let key = Int(appeal[0]) << 8 | Int(appeal[1])
            bits[key >> 6] |= 1 << UInt64(key & 63)
        }
        return bits
    }()

    /// Whether a whole line (or block) is furniture.
    static func isFurniture(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { isFurniture(bytes: $0) }
    }

    /// Whether a whole line (or block), as UTF-8 bytes, is furniture.
    static func isFurniture(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        do {
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            for opening in openingBytes where startsWith(bytes, at: start, opening) { return true }
            guard bytes.count <= longestFurniture else { return false }
            // The longest whole line is far shorter than this.
            if bytes.count <= 64 {
                let key = normalized(String(decoding: bytes, as: UTF8.self))
                if key.isEmpty { return false }
                if wholeLines.contains(key) { return true }
                let words = key.split(separator: " ")
                if words.count <= 3, words.first?.first?.isNumber == true,
                    counterEndings.contains(where: { key.hasSuffix(" " + $0) })
                {
                    return true
                }
            }
            var words = 1
            for byte in bytes where byte == 0x20 {
                words += 1
                if words > appealWordLimit { return false }
            }
            guard bytes.count >= 2 else { return false }
            return appealStarts.withUnsafeBufferPointer { starts in
                for index in 0..<(bytes.count - 1) {
                    let key = Int(lower(bytes[index])) << 8 | Int(lower(bytes[index + 1]))
                    guard starts[key >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
                    if appealBytes.contains(where: { startsWith(bytes, at: index, $0) }) { return true }
                }
                return false
            }
        }
    }

    /// Whether `phrase` (lowercase) stands at `start`, ignoring the case of ASCII letters.
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ phrase: [UInt8]) -> Bool {
        guard start + phrase.count <= bytes.count else { return false }
        for offset in 0..<phrase.count where lower(bytes[start + offset]) != phrase[offset] { return false }
        return true
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// Whether a heading opens end matter ("Related articles", "References", "More from …").
    static func opensEndMatter(_ heading: String) -> Bool {
        guard heading.utf8.count <= 80 else { return false }
        let key = normalized(heading)
        if endMatterHeadings.contains(key) { return true }
        return key.hasPrefix("more from ") || key.hasPrefix("more on ") || key.hasPrefix("latest from ")
            || key.hasPrefix("more in ")
    }

    /// A caption or line without the credit at its end; empty when it is only a credit.
    ///
    /// A credit is a short tail (at most 80 bytes, no sentence inside it) that opens with a
    /// credit mark; agency names count as marks only when `isCaption`.
    static func strippingCredit(_ line: String, isCaption: Bool) -> String {
        let utf8 = Array(line.utf8)
        let tailStart = max(0, utf8.count - 80)
        let tail = Bytes.lowercased(utf8[tailStart...])
        var cut: Int?
        for mark in creditBytes + (isCaption ? captionCreditBytes : []) {
            guard let found = Bytes.lastIndex(of: mark, in: tail) else { continue }
            guard Bytes.firstIndex(of: [0x2E, 0x20], in: tail, from: found) == nil else { continue }
            cut = min(cut ?? found, found)
        }
        guard let cut else { return line }
        return String(decoding: utf8[..<(tailStart + cut)], as: UTF8.self).trimmingCharacters(in: " \t-–—|/")
    }

    /// Lowercased (ASCII letters: every phrase is ASCII), white space collapsed, punctuation
    /// trimmed at both ends.
    static func normalized(_ line: String) -> String {
        String(decoding: Bytes.lowercased(line.utf8), as: UTF8.self).collapsingWhiteSpace
            .trimmingCharacters(in: " .:;,!?|•·-–—>»›*#()[]\"'“”‘’")
    }
}
