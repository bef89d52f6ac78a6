import ChronicleXML

extension HTMLPage {
    /// Per-element facts read from its name and attributes once.
    struct Traits: OptionSet {
        let rawValue: UInt32
        static let neverText = Traits(rawValue: 1 << 0)
        static let hidden = Traits(rawValue: 1 << 1)
        static let pageLevel = Traits(rawValue: 1 << 2)
        static let skippedRole = Traits(rawValue: 1 << 3)
        static let strong = Traits(rawValue: 1 << 4)
        static let weak = Traits(rawValue: 1 << 5)
        static let positive = Traits(rawValue: 1 << 6)
        static let dateLine = Traits(rawValue: 1 << 7)
        static let contentMarker = Traits(rawValue: 1 << 8)
        static let mainMarker = Traits(rawValue: 1 << 9)
        static let link = Traits(rawValue: 1 << 10)
        static let block = Traits(rawValue: 1 << 11)
        static let prose = Traits(rawValue: 1 << 12)
        static let heading = Traits(rawValue: 1 << 13)
        static let article = Traits(rawValue: 1 << 14)
        /// `<main>` or `role=main`.
        static let landmark = Traits(rawValue: 1 << 15)
        static let paragraph = Traits(rawValue: 1 << 16)
        /// `<td>`, `<th>`.
        static let cell = Traits(rawValue: 1 << 17)
        static let preformatted = Traits(rawValue: 1 << 18)
        static let caption = Traits(rawValue: 1 << 19)
        /// `<ul>`, `<ol>`, `<dl>`: a box of links when most of its text is linked.
        static let list = Traits(rawValue: 1 << 20)
        /// `<p>`, `<li>`, `<dd>`, `<dt>`, `<figcaption>`: a link when nearly all of it is linked.
        static let item = Traits(rawValue: 1 << 21)
        /// Containers that are boxes of links when half their text is linked.
        static let container = Traits(rawValue: 1 << 22)
        /// Elements the reader finds by name (`namesLookedUp`).
        static let lookedUp = Traits(rawValue: 1 << 23)
        /// `<sup>`: a footnote mark when it holds only a short number.
        static let superscript = Traits(rawValue: 1 << 24)

        /// What each class or id token says about an element (see `HTMLRules`).
        static let byToken: [String: Traits] = {
            var table: [String: Traits] = [:]
            func add(_ tokens: some Sequence<String>, _ traits: Traits) {
                for token in tokens { table[token, default: []].formUnion(traits) }
            }
            add(HTMLRules.strongTokens, .strong)
            add(HTMLRules.weakTokens, .weak)
            add(HTMLRules.positiveTokens, .positive)
            add(HTMLRules.dateTokens, .dateLine)
            add(HTMLRules.bodyMarkers, [.contentMarker, .mainMarker])
            return table
        }()

        /// What each element name alone says about an element.
        static let byName: [String: Traits] = {
            var table: [String: Traits] = [:]
            func add(_ names: some Sequence<String>, _ traits: Traits) {
                for name in names { table[name, default: []].formUnion(traits) }
            }
            add(HTMLRules.neverText, .neverText)
            add(HTMLRules.pageLevel, .pageLevel)
            add(HTMLRules.blockElements, .block)
            add(HTMLRules.proseElements, .prose)
            add(HTMLRules.headingLevels.keys, .heading)
            add(["p"], .paragraph)
            add(["td", "th"], .cell)
            add(["pre"], .preformatted)
            add(["figcaption"], .caption)
            add(["ul", "ol", "dl"], .list)
            add(["p", "li", "dd", "dt", "figcaption"], .item)
            add(
                ["div", "section", "aside", "table", "header", "footer", "form", "figure", "article", "center"],
                .container)
            add(["article"], [.contentMarker, .article])
            add(["main"], [.contentMarker, .mainMarker, .landmark])
            add(HTMLPage.namesLookedUp, .lookedUp)
            add(["sup"], .superscript)
            return table
        }()
    }

    /// What an element's name and attributes say about it: hidden, a link, a role, the tokens
    /// of its `class` and `id`.
    static func traits(of node: MarkupTree.Node) -> Traits {
        let name = node.name
        var result = Traits.byName[name] ?? []
        if name == "a", let href = node.attribute("href"), !href.hasPrefix("#") { result.insert(.link) }
        for (attribute, value) in node.attributes {
            switch attribute {
            case "hidden":
                result.insert(.hidden)
            case "aria-hidden":
                if value.lowercased() == "true" { result.insert(.hidden) }
            case "style":
                let compact = Bytes.lowercased(value.utf8.filter { $0 != 0x20 })
                if Bytes.firstIndex(of: Array("display:none".utf8), in: compact) != nil
                    || Bytes.firstIndex(of: Array("visibility:hidden".utf8), in: compact) != nil
                {
                    result.insert(.hidden)
                }
            case "role":
                let role = value.lowercased()
                if HTMLRules.skippedRoles.contains(role) { result.insert(.skippedRole) }
                if role == "main" { result.formUnion([.contentMarker, .mainMarker, .landmark]) }
                if role == "article" { result.formUnion([.contentMarker, .article]) }
            case "itemprop":
                if value.lowercased() == "articlebody" { result.formUnion([.contentMarker, .mainMarker]) }
            case "class", "id":
                result.formUnion(Self.tokenTraits(of: value))
            default:
                break
            }
        }
        return result
    }

    /// The bytes of a text that are not white space or control characters.
    static func visibleBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        // Eight bytes at a time: a byte counts when it is above 0x20.
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            let high = word & 0x8080_8080_8080_8080
            // Bytes below 0x80 above 0x20: adding 0x5F sets their high bit.
            let low = ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F) & 0x8080_8080_8080_8080 & ~high
            count += (high | low).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] > 0x20 { count += 1 }
            index += 1
        }
        return count
    }

    /// What the tokens of a `class` or `id` value say: each word, each pair and each triple of
    /// neighbouring words joined ("c-article-body" gives "articlebody"), looked up in
    /// `Traits.byToken`, all on the stack.
    static func tokenTraits(of value: String) -> Traits {
        var value = value
        return value.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + 1) { letters in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: utf8.count + 2) { starts in
                    // Letters and digits, lowercased, end to end; `starts` marks where words begin.
                    var length = 0
                    var words = 0
                    var inWord = false
                    var previousWasLower = false
                    for byte in utf8 {
                        let isUpper = byte &- 0x41 < 26
                        let isLower = byte &- 0x61 < 26
                        let isAlphanumeric = isUpper || isLower || byte &- 0x30 < 10
                        if isAlphanumeric && (!inWord || (isUpper && previousWasLower)) {
                            starts[words] = length
                            words += 1
                        }
                        if isAlphanumeric {
                            letters[length] = isUpper ? byte | 0x20 : byte
                            length += 1
                        }
                        inWord = isAlphanumeric
                        previousWasLower = isLower
                    }
                    starts[words] = length
                    var result: Traits = []
                    for first in 0..<words {
                        for last in first..<min(first + 3, words) {
                            let token = String(
                                decoding: UnsafeBufferPointer(rebasing: letters[starts[first]..<starts[last + 1]]),
                                as: UTF8.self)
                            if let traits = Traits.byToken[token] { result.formUnion(traits) }
                        }
                    }
                    return result
                }
            }
        }
    }
}
