import ChronicleText

/// TempEval-3 scores of a tagger against hand-annotated documents, computed exactly as
/// `shared/eval/score.py` computes them.
///
/// - strict: a system expression with exactly a gold expression's span;
/// - relaxed: overlapping by at least one character, matched one-to-one, as many pairs as possible
///   (a maximum matching that prefers exact spans, then larger overlaps, then nearer starts);
/// - type and value: accuracy over the relaxed pairs; F1 is relaxed F1 × accuracy.
///
/// ```swift
/// let report = Evaluation.run([try GoldDocument(timeML: bytes, id: "wsj_0006")])
/// report.totals.value.f1
/// ```
public struct Evaluation: Sendable {
    /// Precision, recall and F1 of one measure.
    public struct Measure: Hashable, Sendable {
        /// Matched (or correct) over system expressions; 0 with none.
        public var precision: Double
        /// Matched (or correct) over gold expressions; 0 with none.
        public var recall: Double
        /// Strict and relaxed: the harmonic mean; type and value: relaxed F1 × accuracy.
        public var f1: Double
        /// Matched pairs (strict, relaxed) or correct attributes (type, value).
        public var count: Int
        /// For type and value: correct attributes over relaxed pairs; 1 otherwise.
        public var accuracy: Double
    }

    /// The four measures over a set of documents.
    public struct Scores: Hashable, Sendable {
        /// Gold expressions.
        public var gold: Int
        /// Expressions the tagger found.
        public var system: Int
        /// Exactly the same span.
        public var strict: Measure
        /// Overlapping spans, matched one-to-one.
        public var relaxed: Measure
        /// The TIMEX3 type, over relaxed pairs.
        public var type: Measure
        /// The TIMEX3 value, over relaxed pairs.
        public var value: Measure
    }

    /// How the tagger did on the gold expressions of one type.
    public struct TypeScores: Hashable, Sendable {
        /// The gold type: `DATE`, `TIME`, `DURATION`, `SET`.
        public var type: String
        /// Gold expressions of the type.
        public var gold: Int
        /// Gold expressions of the type found with exactly their span, over all of them.
        public var strictRecall: Double
        /// Gold expressions of the type overlapped by a match, over all of them.
        public var relaxedRecall: Double
        /// Correct values over the relaxed matches of this type.
        public var valueAccuracy: Double
        /// Correct values over all gold expressions of this type.
        public var valueRecall: Double
    }

    /// What went wrong with the expressions one rule made.
    public struct RuleErrors: Hashable, Sendable {
        /// The rule's id.
        public var rule: String
        /// Expressions the rule made.
        public var system: Int
        /// Made but matching no gold expression.
        public var spurious: Int
        /// Matched with another span.
        public var span: Int
        /// Matched with another type.
        public var type: Int
        /// Matched with another value.
        public var value: Int
    }

    /// One difference between system and gold, as score.py's `--errors` lists it.
    public struct Finding: Hashable, Sendable {
        /// The kinds of difference, named as score.py names them.
        public enum Kind: String, Sendable, CaseIterable {
            /// A gold expression nothing matched.
            case miss = "MISS"
            /// A system expression that matched no gold expression.
            case spurious = "FALSE"
            /// An overlap with another extent.
            case span = "SPAN"
            /// A match with another type.
            case type = "TYPE"
            /// A match with another value.
            case value = "VALUE"
        }

        /// What went wrong.
        public var kind: Kind
        /// The document's id.
        public var document: String
        /// The gold expression; nil for a spurious one.
        public var gold: GoldDocument.Timex?
        /// The system expression; nil for a miss.
        public var system: SystemTimex?
    }

    /// A system expression in scalar offsets, with the rule that made it.
    public struct SystemTimex: Hashable, Sendable {
        /// Where it starts, in Unicode scalars.
        public var start: Int
        /// Where it ends, exclusive.
        public var end: Int
        /// The text it covers.
        public var text: String
        /// The TIMEX3 type.
        public var type: String
        /// The TIMEX3 value.
        public var value: String
        /// The id of the rule that made it.
        public var rule: String

        /// A system expression; `end` must not be below `start`.
        public init(start: Int, end: Int, text: String, type: String, value: String, rule: String) {
            self.start = start
            self.end = end
            self.text = text
            self.type = type
            self.value = value
            self.rule = rule
        }
    }

    /// The whole report.
    public var totals: Scores
    /// Recall and value accuracy by gold type, types in alphabetical order.
    public var byGoldType: [TypeScores]
    /// Errors by rule, the rule with most errors first.
    public var byRule: [RuleErrors]
    /// Every difference, by document then position.
    public var findings: [Finding]
    /// How many documents were scored.
    public var documents: Int

    /// Tags every gold document's text (dated by its creation time, anchored as news) and scores it.
    public static func run(_ gold: [GoldDocument], tagger: Tagger = Tagger()) -> Evaluation {
        score(gold.map { ($0, systemTimexes(of: $0.document, tagger: tagger)) })
    }

    /// A tagger's expressions in the scalar offsets gold uses.
    public static func systemTimexes(of document: Document, tagger: Tagger = Tagger()) -> [SystemTimex] {
        let offsets = ScalarOffsets(document.text)
        return tagger.tag(document).expressions.map { expression in
            let range = offsets.scalarRange(of: expression.range)
            return SystemTimex(
                start: range.lowerBound, end: range.upperBound, text: document.text(in: expression.range),
                type: expression.kind.rawValue, value: expression.value, rule: expression.rule)
        }
    }

    /// Scores system expressions against gold, document by document, micro-averaged.
    public static func score(_ documents: [(gold: GoldDocument, system: [SystemTimex])]) -> Evaluation {
        var counts = Counts()
        var types: [String: TypeCounts] = [:]
        var rules: [String: RuleErrors] = [:]
        var findings: [Finding] = []
        for (gold, unsorted) in documents.sorted(by: { $0.gold.id < $1.gold.id }) {
            let system = unsorted.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            let result = DocumentScore(gold: gold, system: system)
            counts.add(result.counts)
            for (type, typeCounts) in result.types { types[type, default: TypeCounts()].add(typeCounts) }
            for timex in system {
                rules[
                    timex.rule,
                    default: RuleErrors(rule: timex.rule, system: 0, spurious: 0, span: 0, type: 0, value: 0)
                ]
                .system += 1
            }
            for finding in result.findings {
                guard let rule = finding.system?.rule else { continue }
                switch finding.kind {
                case .spurious: rules[rule]?.spurious += 1
                case .span: rules[rule]?.span += 1
                case .type: rules[rule]?.type += 1
                case .value: rules[rule]?.value += 1
                case .miss: break
                }
            }
            findings += result.findings
        }
        let byType = types.keys.sorted().map { name -> TypeScores in
            let t = types[name]!
            return TypeScores(
                type: name, gold: t.gold, strictRecall: ratio(t.strict, t.gold),
                relaxedRecall: ratio(t.relaxed, t.gold),
                valueAccuracy: ratio(t.value, t.relaxed), valueRecall: ratio(t.value, t.gold))
        }
        let byRule = rules.values.sorted {
            let a = $0.spurious + $0.span + $0.type + $0.value
            let b = $1.spurious + $1.span + $1.type + $1.value
            return a != b ? a > b : $0.rule < $1.rule
        }
        return Evaluation(
            totals: counts.scores, byGoldType: byType, byRule: byRule, findings: findings, documents: documents.count)
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}
