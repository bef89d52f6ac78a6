// Cutting a sentence into clause segments: first at commas, semicolons, colons and dashes
// outside parentheses and quotes, then inside each piece at "that" after a reporting verb,
// "compared to", "while" and "and" + a new subject.

extension SentenceParse {
    /// Words that open an appendix after a comma: ", including …", ", subject to …".
    /// Words that, before "of", open an aside about part of what was named: "many of them".
    static let quantifiers: Set<String> = ["many", "most", "some", "all", "both", "none", "each", "several", "half"]

    static let appendixOpeners: Set<String> = [
        "including", "such", "like", "especially", "particularly", "notably", "namely", "excluding", "except",
        "subject", "mainly", "mostly", "primarily", "largely", "chiefly", "e.g.", "i.e.", "for", "with", "without",
        "along", "as",
    ]

    mutating func cut() -> [Segment] {
        let chunks = topLevelChunks()
        var segments: [Segment] = []
        var mainStarted = false
        var resumed: Set<Int> = []
        for (number, chunk) in chunks.enumerated() {
            guard !chunk.words.isEmpty else { continue }
            let first = firstWordIndex(chunk.words)
            let opener = lower(first)
            let second = lower(first + 1)
            let hasVerb = hasFiniteCandidate(in: chunk.words)
            let isLast = number == chunks.count - 1
            var kind: SegmentKind?
            if segments.isEmpty {
                kind = openingKind(chunk.words, first: first, hasVerb: hasVerb, isLast: isLast)
            } else if chunk.separator == ";" {
                kind = .coordinate
            } else if chunk.separator == ":" || chunk.separator == "dash" {
                kind = .appendix
            } else if !mainStarted {
                let previous = segments[segments.count - 1]
                let next =
                    number + 1 < chunks.count
                    ? chunks[number + 1].words : chunk.words.upperBound..<chunk.words.upperBound
                if previous.kind == .subordinate, !hasFiniteCandidate(in: previous.words) {
                    kind = nil
                } else if hasVerb, !isLast, Lexicon.subordinators.contains(opener) || opener == "when" {
                    // "In 1977, when Norway declared a zone, the fleet left": the clause is still to come.
                    kind = .subordinate
                } else if opener == "according" && second == "to" {
                    kind = .attribution
                } else if !hasVerb, !isLast, isListItem(chunk.words),
                    isListItem(next) || startsCoordinator(next) || endsList(next)
                {
                    // "the US, Japan, and South Korea announced …": a list as the subject.
                    kind = .main
                } else if !hasVerb, !isLast,
                    startsAdverbial(chunk.words, first: first) || !startsWithVerb(next.lowerBound)
                {
                    // A leading phrase or an appositive before the clause: "the 10th anniversary of …,".
                    kind = .intro
                } else {
                    kind = .main
                }
            } else if Lexicon.coordinators.contains(opener), number > 0,
                chunks[number - 1].words.filter({ words[$0].kind == .word }).count <= 2,
                !hasFiniteCandidate(in: chunks[number - 1].words), chunks[number - 1].separator == ","
            {
                // "excessive, abusive, and unnecessary restrictions": the end of a list.
                kind = nil
            } else if Lexicon.coordinators.contains(opener) {
                let rest = (first + 1)..<chunk.words.upperBound
                if let form = form(first + 1), form != .auxiliary, form != .gerund {
                    kind = .coordinateVerb
                } else if second == "to" {
                    kind = .coordinateVerb
                } else if startsSubject(first + 1), hasFiniteCandidate(in: rest),
                    let last = segments.last, hasFiniteCandidate(in: last.words)
                {
                    kind = .coordinate
                }
            } else if opener == "compared", second == "to" || second == "with" {
                kind = .comparison
            } else if Lexicon.relativePronouns.contains(opener) {
                kind = .relative
            } else if Lexicon.subordinators.contains(opener) {
                kind = .subordinate
            } else if opener == "according" && second == "to" {
                kind = .attribution
            } else if isTrailingAttribution(chunk.words, first: first, isLast: isLast)
                || (forms[first] == .past && verbBase(at: first).map(Lexicon.reportingVerbs.contains) == true
                    && words[safe: first + 1]?.isCapitalized == true && first > 0 && words[first - 1].isQuote
                    && !nameIsSubject(after: first))
            {
                // ", the agency said." — or after a quotation, "said Maria Santos, a farmer, …" (but
                // "said Syria had indicated …" reports what Syria did).
                kind = .attribution
            } else if let last = segments.last, last.kind.isInterruption, startsWithVerb(first) {
                // The clause the aside interrupted goes on.
                kind = segments.last { !$0.kind.isInterruption }?.kind ?? .main
                resumed.insert(segments.count)
            } else if Self.appendixOpeners.contains(opener) && !(opener == "as" && second == "of")
                || (Self.quantifiers.contains(opener) && second == "of")
            {
                // ", including …", ", many of them on tourist visas".
                kind = .appendix
            } else if isParticipialOpener(first) {
                kind = .participial
            } else if !hasVerb, !isLast, startsAdverbial(chunk.words, first: first), containsDate(chunk.words) {
                kind = .intro
            }
            if let kind {
                segments.append(Segment(words: chunk.words, kind: kind))
                if kind == .main { mainStarted = true }
            } else {
                segments[segments.count - 1].words =
                    segments[segments.count - 1].words.lowerBound..<chunk.words.upperBound
            }
        }
        segments = splitInside(segments, resumed: &resumed)
        markFiniteVerbs(segments, resumed: resumed)
        return segments
    }

    /// The pieces between top-level separators, each with the separator before it.
    private func topLevelChunks() -> [(words: Range<Int>, separator: String?)] {
        var chunks: [(words: Range<Int>, separator: String?)] = []
        var start = 0
        var separator: String?
        for index in words.indices where depth[index] == 0 {
            let word = words[index]
            var found: String?
            if word.is(","), dateWords.contains(index - 1), dateWords.contains(index + 1),
                words[index + 1].text.first.map({ $0.isNumber || $0.isUppercase }) == true
            {
                // "June 25, 1950", "Tuesday, March 3": a comma inside a date ("in 2022, now …" ends one).
                continue
            } else if word.is(",") || word.is(";") || word.is(":") {
                found = word.text
            } else if word.is("\u{2014}") || (word.is("\u{2013}") || word.is("-")) && isSpaced(index) {
                found = "dash"
            } else if word.isQuote, index > 0, depth[index - 1] > 0, index + 1 < words.count,
                forms[index + 1] == .auxiliary || forms[index + 1] == .past
                    || isTrailingAttribution((index + 1)..<words.count, first: index + 1, isLast: true)
            {
                // "“We will never give up,” the minister said on 3 May": who said it.
                // "The report, titled “…,” was presented …": the clause goes on after the title.
                chunks.append((start..<(index + 1), separator))
                start = index + 1
                separator = ","
                continue
            }
            guard let found else { continue }
            // "condemned North Korea for, “diverting …”": a comma that opens a quotation.
            if found == ",", index + 1 < words.count, words[index + 1].isQuote, index > 0,
                Lexicon.prepositions.contains(words[index - 1].lower) || forms[index - 1] != nil
            {
                continue
            }
            chunks.append((start..<index, separator))
            start = index + 1
            separator = found
        }
        chunks.append((start..<words.count, separator))
        return chunks
    }

    private func isSpaced(_ index: Int) -> Bool {
        guard index > 0, index + 1 < words.count else { return false }
        return words[index - 1].range.upperBound < words[index].range.lowerBound
            && words[index].range.upperBound < words[index + 1].range.lowerBound
    }

    /// Whether the capitalized name after the word at `index` is followed by a verb: the subject of
    /// a reported clause ("said Syria had indicated"), not a speaker ("said Maria Santos, a farmer").
    private func nameIsSubject(after index: Int) -> Bool {
        var end = index + 1
        while end < words.count, words[end].kind == .word, words[end].isCapitalized { end += 1 }
        return end < words.count && words[end].kind == .word && forms[end] != nil
    }

    private func firstWordIndex(_ range: Range<Int>) -> Int {
        range.first { !words[$0].isQuote } ?? range.lowerBound
    }

    private func openingKind(_ range: Range<Int>, first: Int, hasVerb: Bool, isLast: Bool) -> SegmentKind {
        let opener = lower(first)
        if isLast { return Lexicon.subordinators.contains(opener) ? .subordinate : .main }
        if opener == "according" && lower(first + 1) == "to" { return .attribution }
        // "In its 2022 report, the rapporteur said …": where the clause's words were said.
        if opener == "in", !hasVerb, range.count <= 8, range.contains(where: { Lexicon.reportNouns.contains(lower($0)) }),
            range.contains(where: dateWords.contains)
        {
            return .attribution
        }
        if Lexicon.subordinators.contains(opener) { return .subordinate }
        // A quotation is what someone said: the clause itself.
        if let start = range.first, words[start].isQuote, range.dropFirst().contains(where: { depth[$0] > 0 }) {
            return .main
        }
        if !hasVerb {
            let text = range.map { words[$0].lower }
            if Lexicon.discourseMarkers.contains(text) { return .intro }
            if startsAdverbial(range, first: first) || containsDate(range) { return .intro }
        }
        return .main
    }

    /// A prepositional phrase or a date: "In 2017", "With EU leadership", "The same month".
    private func startsAdverbial(_ range: Range<Int>, first: Int) -> Bool {
        let opener = lower(first)
        if Lexicon.prepositions.contains(opener) || opener == "as" { return true }
        return range.allSatisfy { dateWords.contains($0) || Lexicon.determiners.contains(lower($0)) }
    }

    private func containsDate(_ range: Range<Int>) -> Bool {
        range.contains { dateWords.contains($0) && depth[$0] == 0 }
    }

    /// A short name in a list: "the US", "Japan".
    private func isListItem(_ range: Range<Int>) -> Bool {
        let content = range.filter { words[$0].kind == .word && !Lexicon.determiners.contains(lower($0)) }
        guard !content.isEmpty, content.count <= 4, !range.isEmpty else { return false }
        if Lexicon.coordinators.contains(lower(range.lowerBound)) {
            return false
        }
        return content.allSatisfy { words[$0].isCapitalized } && !range.contains { forms[$0] != nil }
    }

    /// "Japan and South Korea set up …": the last names of a list, then its verb.
    private func endsList(_ range: Range<Int>) -> Bool {
        guard let first = range.first, words[first].isCapitalized, forms[first] == nil else { return false }
        for index in range {
            if forms[index] != nil { return false }
            if Lexicon.coordinators.contains(lower(index)), index + 1 < range.upperBound,
                words[index + 1].isCapitalized
            {
                return true
            }
        }
        return false
    }

    private func startsCoordinator(_ range: Range<Int>) -> Bool {
        !range.isEmpty && Lexicon.coordinators.contains(lower(range.lowerBound))
    }

    /// "China", "a German delegation", "they", "13 workers": what a new clause starts with.
    func startsSubject(_ index: Int) -> Bool {
        guard index < words.count else { return false }
        let word = words[index]
        if word.kind == .number || word.isQuote { return true }
        guard word.kind == .word else { return false }
        if Lexicon.determiners.contains(word.lower) || Lexicon.personalPronouns.contains(word.lower) { return true }
        if word.lower == "there" { return true }
        return forms[index] == nil && !Lexicon.prepositions.contains(word.lower) && word.lower != "to"
            && !Lexicon.auxiliaries.contains(word.lower)
    }

    private func startsWithVerb(_ index: Int) -> Bool {
        var cursor = index
        while cursor < words.count, words[cursor].lower.hasSuffix("ly") || Lexicon.droppableAdverbs.contains(lower(cursor)) {
            cursor += 1
        }
        guard let form = form(cursor) else { return false }
        return form == .auxiliary || form == .past || form == .present
    }

    /// ", constituting …", ", adopted in 2017", ", purportedly to protect …", ", strongly suggesting …".
    private func isParticipialOpener(_ index: Int) -> Bool {
        var cursor = index
        if lower(cursor).hasSuffix("ly") { cursor += 1 }
        if lower(cursor) == "to" { return cursor > index }
        guard let form = form(cursor) else { return false }
        if form == .gerund { return true }
        if form == .past {
            // "drawn up after …": a particle may come first.
            let step = Phrases.particles.contains(lower(cursor + 1)) ? 2 : 1
            let next = lower(cursor + step)
            return Lexicon.prepositions.contains(next) || next == "by" || next == "," || cursor + step >= words.count
                || words[cursor + step].isQuote
        }
        return false
    }

    /// ", the Korea Times reported." / ", Reuters reported in 2016." / ", he said."
    private func isTrailingAttribution(_ range: Range<Int>, first: Int, isLast: Bool) -> Bool {
        guard isLast, range.count <= 9 else { return false }
        var end = range.upperBound
        while end > first, words[end - 1].kind == .punctuation { end -= 1 }
        // A date may close it: "reported in 2016", "said Friday".
        while end > first, dateWords.contains(end - 1) { end -= 1 }
        if end > first, Lexicon.prepositions.contains(lower(end - 1)) { end -= 1 }
        // A speaker, then a verb of saying in the past or present: not "is due to report".
        guard end - 1 > first, let base = verbBase(at: end - 1), forms[end - 1] == .past || forms[end - 1] == .present,
            forms[first] == nil
        else { return false }
        return Lexicon.reportingVerbs.contains(base)
    }

    /// The base form of the verb at `index`, if the word is one.
    func verbBase(at index: Int) -> String? {
        guard let form = form(index) else { return nil }
        let word = lower(index)
        switch form {
        case .past: return VerbForms.base(ofPast: word)
        case .present: return VerbForms.base(ofPresent: word) ?? word
        case .base: return word
        case .gerund: return nil
        case .auxiliary: return nil
        }
    }

    // MARK: - Inside segments

    private func splitInside(_ segments: [Segment], resumed: inout Set<Int>) -> [Segment] {
        var result: [Segment] = []
        var resumedAfter: Set<Int> = []
        for (number, segment) in segments.enumerated() {
            if resumed.contains(number) { resumedAfter.insert(result.count) }
            var pending = [segment]
            while !pending.isEmpty {
                let current = pending.removeFirst()
                guard current.kind != .intro, current.kind != .attribution,
                    let (split, kind) = innerBoundary(in: current.words)
                else {
                    result.append(current)
                    continue
                }
                result.append(
                    Segment(words: current.words.lowerBound..<split, kind: current.kind, parent: current.parent))
                let parent = kind == .complement ? result.count - 1 : current.parent
                pending.insert(Segment(words: split..<current.words.upperBound, kind: kind, parent: parent), at: 0)
            }
        }
        resumed = resumedAfter
        for index in resumedAfter.sorted() {
            if let before = result[..<index].last(where: { !$0.kind.isInterruption }) {
                result[index].kind = before.kind
                result[index].parent = before.parent
            }
        }
        return result
    }

    /// The first place inside a segment where another clause starts, and its kind.
    private func innerBoundary(in range: Range<Int>) -> (Int, SegmentKind)? {
        var sawVerb = false
        for index in range where depth[index] == 0 {
            let word = lower(index)
            if let form = form(index), form == .auxiliary || form == .past || form == .present,
                form == .auxiliary || followsSubject(index, from: range.lowerBound) || index == range.lowerBound
            {
                sawVerb = true
            }
            guard index > range.lowerBound else { continue }
            if let base = verbBase(at: index), Lexicon.reportingVerbs.contains(base), index + 1 < range.upperBound {
                var next = index + 1
                while next < range.upperBound, Lexicon.droppableAdverbs.contains(lower(next)) { next += 1 }
                // "concluded in 2014 that …", "said on Monday that …", "said in a statement that …":
                // a short phrase may sit between the verb and "that".
                if Lexicon.prepositions.contains(lower(next)) {
                    var after = next + 1
                    while after < min(range.upperBound, next + 6), lower(after) != "that", forms[after] == nil,
                        words[after].kind != .punctuation || dateWords.contains(after)
                    {
                        after += 1
                    }
                    if lower(after) == "that" { next = after }
                }
                if lower(next) == "that", next + 1 < range.upperBound {
                    return (next, .complement)
                }
                let starter = lower(next)
                if Lexicon.personalPronouns.contains(starter) || Lexicon.determiners.contains(starter)
                    || (words[safe: next]?.isCapitalized ?? false),
                    hasFiniteCandidate(in: (next + 1)..<range.upperBound)
                {
                    return (next, .complement)
                }
            }
            if word == "compared", ["to", "with"].contains(lower(index + 1)) { return (index, .comparison) }
            if word == "while" || word == "whereas", sawVerb { return (index, .subordinate) }
            if word == "and" || word == "but", sawVerb, startsSubject(index + 1),
                hasFiniteCandidate(in: (index + 1)..<range.upperBound)
            {
                return (index, .coordinate)
            }
            // "met officials on Monday and travelled to the port on Wednesday": a second verb of the
            // same subject, each with its own date.
            if word == "and", sawVerb, form(index + 1) == .past, range[..<index].contains(where: dateWords.contains),
                ((index + 1)..<range.upperBound).contains(where: dateWords.contains)
            {
                return (index, .coordinateVerb)
            }
        }
        return nil
    }

    private mutating func markFiniteVerbs(_ segments: [Segment], resumed: Set<Int>) {
        for (number, segment) in segments.enumerated() {
            switch segment.kind {
            case .intro, .attribution, .comparison:
                continue
            default:
                break
            }
            for index in segment.words where depth[index] == 0 {
                guard let form = forms[index] else { continue }
                let atStart =
                    index == firstWordIndex(segment.words)
                    || (index > segment.words.lowerBound && Lexicon.coordinators.contains(lower(index - 1))
                        && index - 1 == segment.words.lowerBound)
                var finite = false
                switch form {
                case .auxiliary:
                    finite = !["be", "been", "being", "having"].contains(lower(index))
                case .past, .present:
                    finite =
                        followsSubject(index, from: segment.words.lowerBound) || resumed.contains(number)
                        || ((segment.kind == .coordinateVerb || segment.kind == .participial
                            || segment.kind == .relative)
                            && atStart)
                case .base:
                    finite = segment.kind == .coordinateVerb && atStart
                case .gerund:
                    finite = false
                }
                if finite {
                    isFinite[index] = true
                    break
                }
            }
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
