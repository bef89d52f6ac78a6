import ChronicleXML

/// A parsed page sorted into article and furniture: which nodes are never read, and which
/// element holds the article.
///
/// Nodes come in document order with parents first, so every pass is a loop over indexes:
/// forwards to hand flags down, backwards to add counts up. Nothing recurses, so a page nested
/// 100,000 deep costs what a flat one of the same size does.
struct HTMLPage {
    let tree: MarkupTree
    /// Nodes that are not read: never text, hidden, or furniture (with everything below them).
    private(set) var removed: [Bool]
    /// Counts of what each element holds, furniture left out.
    private(set) var stats: [Stats]
    /// Nodes that are never text or hidden (with everything below them), furniture aside.
    private(set) var neverRead: [Bool]
    /// Whether a node lies inside a link to another page.
    private(set) var inLink: [Bool]
    /// The element that holds the article (the body when nothing narrower does).
    private(set) var root: Int?

    struct Stats {
        /// Bytes of visible text (white space left out).
        var text = 0
        /// Bytes of that text inside links to other pages.
        var linkText = 0
        /// Bytes of running prose: text of paragraphs and the like, not of links or headings;
        /// list items, cells and captions count half.
        var prose = 0
        /// Paragraphs with at least 80 bytes of text outside links.
        var paragraphs = 0
        /// Whether a block element (paragraph, list, table, heading …) lies below.
        var hasBlock = false
        /// Whether a `<main>`, `role=main` or article-body element is this one or lies below.
        var hasMainMarker = false
        /// The level of the heading this element opens with (0: none).
        var leadingHeading = 0
    }

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

    private(set) var traits: [Traits]
    /// One past the last descendant of each node: `node` lies below `ancestor` exactly when
    /// `ancestor < node && node < subtreeEnd[ancestor]`.
    private(set) var subtreeEnd: [Int]

    /// Each node's parent (-1 at the top), kind, and bytes of visible text (text nodes), read
    /// out of the tree once so that the passes below touch only flat arrays.
    let parents: [Int]
    let isElement: [Bool]
    /// The elements the reader looks up by name (`meta`, `title`, `h1` …), in document order.
    private let named: [String: [Int]]
    static let namesLookedUp: Set<String> = ["body", "meta", "title", "script", "time", "h1", "h2", "h3"]
    private let visible: [Int]

    init(_ tree: MarkupTree) {
        self.tree = tree
        let nodes = tree.nodes
        let count = nodes.count
        var parents = Array(repeating: -1, count: count)
        var isElement = Array(repeating: false, count: count)
        var visible = Array(repeating: 0, count: count)
        var traits = Array(repeating: Traits(), count: count)
        var named: [String: [Int]] = [:]
        for index in 0..<count {
            parents[index] = nodes[index].parent ?? -1
            switch nodes[index].kind {
            case .element:
                isElement[index] = true
                traits[index] = Self.traits(of: nodes[index])
                if traits[index].contains(.lookedUp) { named[nodes[index].name, default: []].append(index) }
            case .text:
                var text = nodes[index].text
                visible[index] = text.withUTF8(Self.visibleBytes)
            case .comment:
                break
            }
        }
        self.parents = parents
        self.isElement = isElement
        self.visible = visible
        self.traits = traits
        self.named = named
        removed = Array(repeating: false, count: count)
        inLink = Array(repeating: false, count: count)
        stats = []
        subtreeEnd = Array(0..<count).map { $0 + 1 }
        for index in stride(from: count - 1, through: 0, by: -1) where parents[index] >= 0 {
            subtreeEnd[parents[index]] = max(subtreeEnd[parents[index]], subtreeEnd[index])
        }
        // Hard removals and links, handed down.
        var insideContent = Array(repeating: false, count: count)
        var proseWeight = Array(repeating: UInt8(2), count: count)
        for index in 0..<count {
            let own = traits[index]
            let parent = parents[index]
            if parent >= 0 {
                removed[index] = removed[parent]
                inLink[index] = inLink[parent] || traits[parent].contains(.link)
                insideContent[index] = insideContent[parent] || traits[parent].contains(.contentMarker)
                proseWeight[index] = proseWeight[parent]
            }
            if own.contains(.neverText) || own.contains(.hidden) { removed[index] = true }
            if own.contains(.block) || own.contains(.heading) {
                proseWeight[index] = own.contains(.heading) ? 0 : own.contains(.prose) ? 2 : 1
            }
        }
        neverRead = removed
        // Counts before furniture is removed, to protect the article from a careless class name.
        let raw = countUp(proseWeight)
        let total = tree.roots.reduce(0) { $0 + raw[$1].prose }
        for index in 0..<count where isElement[index] && !removed[index] {
            if parents[index] >= 0, removed[parents[index]] {
                removed[index] = true
                continue
            }
            let isProtected = raw[index].hasMainMarker || (total > 0 && raw[index].prose * 10 >= total * 6)
            if !isProtected && isFurniture(index, insideContent: insideContent[index], raw: raw[index]) {
                removed[index] = true
            }
        }
        for index in 0..<count where !removed[index] && parents[index] >= 0 && removed[parents[index]] {
            removed[index] = true
        }
        stats = countUp(proseWeight)
        root = chooseRoot()
    }

    // MARK: - Furniture

    private func isFurniture(_ index: Int, insideContent: Bool, raw: Stats) -> Bool {
        let own = traits[index]
        let name = tree.nodes[index].name
        if own.contains(.pageLevel) && !insideContent { return true }
        if own.contains(.skippedRole) || own.contains(.strong) { return true }
        if own.contains(.weak) && !own.contains(.positive) { return true }
        if own.contains(.dateLine) && own.contains(.block) && raw.text <= 100 && name != "li" { return true }
        // A form around a whole page (some sites wrap everything in one) keeps its paragraphs.
        if name == "form" && raw.paragraphs == 0 { return true }
        return false
    }

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

    // MARK: - Counting

    /// Adds each node's counts into its parent's, from the last node back to the first.
    private func countUp(_ proseWeight: [UInt8]) -> [Stats] {
        let nodes = tree.nodes
        var result = Array(repeating: Stats(), count: nodes.count)
        for index in stride(from: nodes.count - 1, through: 0, by: -1) where !removed[index] {
            let own = traits[index]
            if isElement[index] {
                if own.contains(.mainMarker) { result[index].hasMainMarker = true }
                if own.contains(.paragraph), result[index].text - result[index].linkText >= 80 {
                    result[index].paragraphs += 1
                }
                if own.contains(.heading) {
                    result[index].leadingHeading = headingLevel(index)
                } else if let first = nodes[index].children.first(where: { isElement[$0] && !removed[$0] }) {
                    result[index].leadingHeading = result[first].leadingHeading
                }
            } else {
                let bytes = visible[index]
                result[index].text = bytes
                if inLink[index] {
                    result[index].linkText = bytes
                } else {
                    result[index].prose = bytes * Int(proseWeight[index]) / 2
                }
            }
            let parent = parents[index]
            guard parent >= 0 else { continue }
            let counts = result[index]
            result[parent].text += counts.text
            result[parent].linkText += counts.linkText
            result[parent].prose += counts.prose
            result[parent].paragraphs += counts.paragraphs
            if counts.hasMainMarker { result[parent].hasMainMarker = true }
            if counts.hasBlock || own.contains(.block) || own.contains(.heading) { result[parent].hasBlock = true }
        }
        return result
    }

    // MARK: - The article

    /// The element holding the article: among the article markers (`<main>`, `<article>`,
    /// `role=main`, `itemprop=articleBody`, an article-body class) with at least 40% of the
    /// page's prose, the narrowest `<article>`, else the narrowest marker; otherwise, from the body down, the child that keeps at least 85% of its
    /// parent's prose, as long as there is one.
    private func chooseRoot() -> Int? {
        guard
            let body = elements(named: "body").first
                ?? tree.roots.first(where: { tree.nodes[$0].kind == .element })
        else { return nil }
        let total = stats[body].prose
        guard total > 0 else { return body }
        let markers = tree.nodes.indices.filter {
            !removed[$0] && traits[$0].contains(.contentMarker) && stats[$0].prose * 10 >= total * 4
        }
        if let widest = markers.max(by: { stats[$0].prose < stats[$1].prose }) {
            // Narrower markers inside the widest that keep nearly all of its prose; an
            // `<article>` among them wins, as it holds the headline, standfirst and captions
            // that an article-body element leaves out.
            let inside = markers.filter { marker in
                marker == widest
                    || (isAncestor(widest, of: marker) && stats[marker].prose * 100 >= stats[widest].prose * 85)
            }
            let articles = inside.filter { traits[$0].contains(.article) }
            return (articles.isEmpty ? inside : articles).max()!
        }
        var current = body
        while true {
            let children = tree.nodes[current].children.filter { tree.nodes[$0].kind == .element && !removed[$0] }
            guard let best = children.max(by: { stats[$0].prose < stats[$1].prose }),
                stats[best].prose * 100 >= stats[current].prose * 85
            else { break }
            current = best
        }
        return current
    }

    /// The elements with a name, in document order; only for `namesLookedUp`.
    func elements(named name: String) -> [Int] {
        precondition(Self.namesLookedUp.contains(name), "\(name) is not indexed")
        return named[name] ?? []
    }

    /// The level of a heading element (1–6), 0 for any other node.
    func headingLevel(_ index: Int) -> Int {
        traits[index].contains(.heading) ? HTMLRules.headingLevels[tree.nodes[index].name] ?? 0 : 0
    }

    func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        ancestor < node && node < subtreeEnd[ancestor]
    }

    /// Whether an element inside the article is a box of links (navigation, tags, teasers)
    /// rather than text.
    func isLinkDense(_ index: Int) -> Bool {
        let counts = stats[index]
        guard counts.linkText > 0 else { return false }
        let density = Double(counts.linkText) / Double(counts.text)
        let own = traits[index]
        if own.contains(.list) { return density > 0.5 }
        if own.contains(.item) { return density > 0.8 && counts.text < 300 }
        if own.contains(.container) { return density > 0.5 || (density > 0.3 && counts.paragraphs == 0) }
        return false
    }
}
