import ChronicleText
import ChronicleXML

/// Walks the article element of a page and lays its visible text out as the document's text,
/// block after block (a blank line between): headings, paragraphs, list items, block quotes,
/// preformatted text, and table rows (one line per cell). Furniture, boxes of links and end
/// matter ("Related articles", "References") are left out; captions lose their credits.
struct HTMLBlocks {
    let page: HTMLPage

    /// The text laid out so far, as UTF-8 bytes, and its blocks.
    private var text: [UInt8] = []
    private var paragraphs: [TextRange] = []
    private var headings: Set<Int> = []
    /// A headline to open the text with, and whether the article's first block repeats it.
    private var headline: [UInt8]?
    private var buffer = TextBuffer()
    private var bufferIsHeading = false
    private var headingDepth = 0
    private var captionDepth = 0
    private var preDepth = 0
    /// While set, end matter is being skipped: until a heading of `level` or higher, or the end
    /// of the `scope` element.
    private var endMatter: (level: Int, scope: Int)?

    init(page: HTMLPage) {
        self.page = page
    }

    /// The text of the article element, opening with `headline` (a heading) when the article
    /// element leaves its headline out.
    mutating func layout(openingWith headline: String? = nil) -> (
        text: String, paragraphs: [TextRange], headings: Set<Int>
    ) {
        if let headline {
            buffer.append(headline)
            bufferIsHeading = true
            flush()
            self.headline = Array(headline.utf8)
        }
        walk()
        return (String(decoding: text, as: UTF8.self), paragraphs, headings)
    }

    private mutating func walk() {
        guard let root = page.root else { return }
        let nodes = page.tree.nodes
        var stack: [(index: Int, entering: Bool)] = [(root, true)]
        while let (index, entering) = stack.popLast() {
            guard !page.removed[index] else { continue }
            if !page.isElement[index] {
                // Text (comments never reach the text: they hold no visible bytes).
                guard endMatter == nil, nodes[index].kind == .text else { continue }
                appendText(nodes[index].text)
            } else if entering {
                guard enter(index, root: root) else { continue }
                stack.append((index, false))
                for child in nodes[index].children.reversed() { stack.append((child, true)) }
            } else {
                exit(index)
            }
        }
        flush()
    }

    /// Opens an element; false when it is skipped with everything below it.
    private mutating func enter(_ index: Int, root: Int) -> Bool {
        let traits = page.traits[index]
        if let skipping = endMatter {
            let level = page.stats[index].leadingHeading
            guard level > 0 && level <= skipping.level else { return false }
            endMatter = nil
        }
        if index != root && page.isLinkDense(index) { return false }
        if traits.contains(.superscript), page.isFootnoteMark(index) { return false }
        if traits.contains(.heading) {
            // End-matter headings are short; a long heading is never read twice.
            if page.stats[index].text <= 60, BoilerplatePhrases.opensEndMatter(page.visibleText(of: index)) {
                flush()
                endMatter = (page.headingLevel(index), endMatterScope(of: index, root: root))
                return false
            }
            flush()
            headingDepth += 1
        } else if traits.contains(.cell) {
            if page.stats[index].hasBlock { flush() } else { buffer.lineBreak() }
        } else if traits.contains(.block) {
            flush()
        }
        if traits.contains(.preformatted) { preDepth += 1 }
        if traits.contains(.caption) { captionDepth += 1 }
        return true
    }

    private mutating func exit(_ index: Int) {
        let traits = page.traits[index]
        if traits.contains(.heading) {
            flush()
            headingDepth -= 1
        } else if traits.contains(.block) || (traits.contains(.cell) && page.stats[index].hasBlock) {
            flush()
        }
        if traits.contains(.preformatted) { preDepth -= 1 }
        if traits.contains(.caption) {
            flush()
            captionDepth -= 1
        }
        if let skipping = endMatter, skipping.scope == index { endMatter = nil }
    }

    /// The element whose end ends the end matter a heading opens: the parent of the heading's
    /// wrapper (the ancestors whose whole text is the heading's).
    private func endMatterScope(of heading: Int, root: Int) -> Int {
        var wrapper = heading
        while wrapper != root, let parent = page.tree.nodes[wrapper].parent, parent != root,
            page.stats[parent].text == page.stats[wrapper].text
        {
            wrapper = parent
        }
        return wrapper == root ? root : page.tree.nodes[wrapper].parent ?? root
    }

    private mutating func appendText(_ text: String) {
        if preDepth > 0 {
            var blankLines = 0
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if number > 0 { buffer.lineBreak() }
                if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                    blankLines += 1
                    if blankLines == 1 && number > 0 { flush() }
                    continue
                }
                blankLines = 0
                buffer.append(String(line))
            }
        } else {
            buffer.append(text)
        }
        if headingDepth > 0 && !buffer.isEmpty { bufferIsHeading = true }
    }

    private mutating func flush() {
        let isHeading = bufferIsHeading
        bufferIsHeading = false
        buffer.trimEnd()
        if captionDepth > 0 {
            let caption = BoilerplatePhrases.strippingCredit(buffer.take(), isCaption: true)
            buffer.append(caption)
        }
        defer { buffer.clear() }
        let keeps = buffer.bytes.withUnsafeBufferPointer { bytes in
            !bytes.isEmpty && !BoilerplatePhrases.isFurniture(bytes: bytes)
        }
        guard keeps else { return }
        if let headline, paragraphs.count == 1 {
            self.headline = nil
            if buffer.bytes == headline { return }
        }
        if !text.isEmpty { text.append(contentsOf: [0x0A, 0x0A]) }
        let start = text.count
        text.append(contentsOf: buffer.bytes)
        if isHeading { headings.insert(paragraphs.count) }
        paragraphs.append(TextRange(start, text.count))
    }
}

extension HTMLPage {
    /// Whether a `<sup>` is a footnote mark, which is not part of the sentence it follows: a
    /// linked number ("<sup><a href=#fn1>1</a></sup>"), a bracketed one ("[12]"), or "*", "†", "‡".
    /// A bare number stays: "km<sup>2</sup>" is an exponent.
    func isFootnoteMark(_ index: Int) -> Bool {
        guard stats[index].text <= 6 else { return false }
        let mark = visibleText(of: index)
        if ["*", "†", "‡"].contains(mark) { return true }
        let isBracketed = mark.hasPrefix("[") && mark.hasSuffix("]")
        let number = mark.trimmingCharacters(in: "[]")
        guard !number.isEmpty, number.allSatisfy(\.isNumber) else { return false }
        let isLinked = (index..<subtreeEnd[index]).contains { tree.nodes[$0].name == "a" }
        return isBracketed || isLinked
    }

    /// The visible text below a node, white space collapsed.
    func visibleText(of index: Int) -> String {
        var buffer = TextBuffer()
        let nodes = tree.nodes
        for node in index..<subtreeEnd[index] where !removed[node] && nodes[node].kind == .text {
            buffer.append(nodes[node].text)
        }
        return buffer.take()
    }
}
