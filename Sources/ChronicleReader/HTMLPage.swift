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
