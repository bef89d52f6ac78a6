extension Evaluation {
    /// Running totals, as score.py keeps them.
    struct Counts {
        var gold = 0, system = 0, strict = 0, relaxed = 0, type = 0, value = 0

        mutating func add(_ other: Counts) {
            gold += other.gold
            system += other.system
            strict += other.strict
            relaxed += other.relaxed
            type += other.type
            value += other.value
        }

        static func prf(_ matched: Int, _ system: Int, _ gold: Int) -> (Double, Double, Double) {
            if system == 0 && gold == 0 { return (1, 1, 1) }
            let p = system > 0 ? Double(matched) / Double(system) : 0
            let r = gold > 0 ? Double(matched) / Double(gold) : 0
            return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
        }

        var scores: Scores {
            func measure(_ matched: Int) -> Measure {
                let (p, r, f) = Self.prf(matched, system, gold)
                return Measure(precision: p, recall: r, f1: f, count: matched, accuracy: 1)
            }
            let strictMeasure = measure(strict)
            let relaxedMeasure = measure(relaxed)
            func attribute(_ correct: Int) -> Measure {
                let accuracy = relaxed > 0 ? Double(correct) / Double(relaxed) : (gold == 0 && system == 0 ? 1 : 0)
                let (p, r, _) = Self.prf(correct, system, gold)
                return Measure(
                    precision: p, recall: r, f1: relaxedMeasure.f1 * accuracy, count: correct, accuracy: accuracy)
            }
            return Scores(
                gold: gold, system: system, strict: strictMeasure, relaxed: relaxedMeasure, type: attribute(type),
                value: attribute(value))
        }
    }

    struct TypeCounts {
        var gold = 0, strict = 0, relaxed = 0, value = 0

        mutating func add(_ other: TypeCounts) {
            gold += other.gold
            strict += other.strict
            relaxed += other.relaxed
            value += other.value
        }
    }

    /// One document scored: the pairs, the counts and the findings.
    struct DocumentScore {
        var counts = Counts()
        var types: [String: TypeCounts] = [:]
        var findings: [Finding] = []

        init(gold document: GoldDocument, system: [SystemTimex]) {
            let gold = document.timexes
            counts.gold = gold.count
            counts.system = system.count
            let strict = Self.strictPairs(gold, system)
            let relaxed = Self.relaxedPairs(gold, system)
            counts.strict = strict.count
            counts.relaxed = relaxed.count
            var events: [(start: Int, kind: Finding.Kind, finding: Finding)] = []
            func add(_ kind: Finding.Kind, _ g: GoldDocument.Timex?, _ s: SystemTimex?) {
                events.append(
                    ((g?.start ?? s?.start) ?? 0, kind, Finding(kind: kind, document: document.id, gold: g, system: s)))
            }
            for (i, j) in relaxed {
                let g = gold[i]
                let s = system[j]
                let typeOK = Self.same(g.type, s.type)
                let valueOK = Self.same(g.value, s.value)
                counts.type += typeOK ? 1 : 0
                counts.value += valueOK ? 1 : 0
                if (g.start, g.end) != (s.start, s.end) { add(.span, g, s) }
                if !typeOK { add(.type, g, s) }
                if !valueOK { add(.value, g, s) }
            }
            let strictGold = Set(strict.map(\.0))
            let matchedGold = Set(relaxed.map(\.0))
            let matchedSystem = Set(relaxed.map(\.1))
            for (i, g) in gold.enumerated() {
                types[g.type, default: TypeCounts()].gold += 1
                if strictGold.contains(i) { types[g.type]!.strict += 1 }
                if matchedGold.contains(i) { types[g.type]!.relaxed += 1 } else { add(.miss, g, nil) }
            }
            for (i, j) in relaxed where Self.same(gold[i].value, system[j].value) { types[gold[i].type]!.value += 1 }
            for (j, s) in system.enumerated() where !matchedSystem.contains(j) { add(.spurious, nil, s) }
            // score.py sorts by start, then by the kind's name.
            findings = events.enumerated().sorted {
                ($0.element.start, $0.element.kind.rawValue, $0.offset) < (
                    $1.element.start, $1.element.kind.rawValue, $1.offset
                )
            }.map(\.element.finding)
        }

        static func same(_ gold: String, _ system: String) -> Bool {
            gold.trimmingWhitespace() == system.trimmingWhitespace()
        }

        /// Pairs with identical spans, one-to-one, each gold taking the first free system expression.
        static func strictPairs(_ gold: [GoldDocument.Timex], _ system: [SystemTimex]) -> [(Int, Int)] {
            var free: [[Int]: [Int]] = [:]
            for (j, s) in system.enumerated() { free[[s.start, s.end], default: []].append(j) }
            var pairs: [(Int, Int)] = []
            for (i, g) in gold.enumerated() {
                if var candidates = free[[g.start, g.end]], !candidates.isEmpty {
                    pairs.append((i, candidates.removeFirst()))
                    free[[g.start, g.end]] = candidates
                }
            }
            return pairs
        }

        /// A maximum one-to-one matching of overlapping spans: greedy first (exact spans, then larger
        /// overlaps, then nearer starts), then augmenting paths until no gold expression can be added.
        static func relaxedPairs(_ gold: [GoldDocument.Timex], _ system: [SystemTimex]) -> [(Int, Int)] {
            var adjacency = Array(repeating: [Int](), count: gold.count)
            var candidates: [(notExact: Int, overlap: Int, distance: Int, i: Int, j: Int)] = []
            for (i, g) in gold.enumerated() {
                for (j, s) in system.enumerated() {
                    let overlap = min(g.end, s.end) - max(g.start, s.start)
                    guard overlap > 0 else { continue }
                    adjacency[i].append(j)
                    let exact = g.start == s.start && g.end == s.end
                    candidates.append((exact ? 0 : 1, -overlap, abs(g.start - s.start), i, j))
                }
            }
            candidates.sort {
                ($0.notExact, $0.overlap, $0.distance, $0.i, $0.j) < ($1.notExact, $1.overlap, $1.distance, $1.i, $1.j)
            }
            var goldToSystem = [Int?](repeating: nil, count: gold.count)
            var systemToGold = [Int?](repeating: nil, count: system.count)
            for candidate in candidates where goldToSystem[candidate.i] == nil && systemToGold[candidate.j] == nil {
                goldToSystem[candidate.i] = candidate.j
                systemToGold[candidate.j] = candidate.i
            }
            func augment(_ i: Int, _ seen: inout Set<Int>) -> Bool {
                for j in adjacency[i] where !seen.contains(j) {
                    seen.insert(j)
                    if systemToGold[j] == nil || augment(systemToGold[j]!, &seen) {
                        goldToSystem[i] = j
                        systemToGold[j] = i
                        return true
                    }
                }
                return false
            }
            for i in gold.indices where goldToSystem[i] == nil && !adjacency[i].isEmpty {
                var seen = Set<Int>()
                _ = augment(i, &seen)
            }
            return goldToSystem.enumerated().compactMap { i, j in j.map { (i, $0) } }
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace, as Python's `str.strip()` leaves it.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
