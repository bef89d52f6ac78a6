import ChronicleText
import Foundation
import Testing

@testable import ChronicleTagger

/// Runs the example sentences of `Corpus/*.corpus` through the tagger.
@Suite struct CorpusFileTests {
    static func tag(_ text: String, date: TimePoint?, kind: Document.Kind = .news) -> (Document, Tagger.Result) {
        let document = Document(
            id: "example", text: text, date: date.map { DocumentDate($0, origin: .given) }, kind: kind)
        return (document, Tagger().tag(document))
    }

    static func describe(_ document: Document, _ result: Tagger.Result) -> [String] {
        result.expressions.map {
            "[\(document.text(in: $0.range))]{\($0.kind.rawValue) \($0.value)\($0.modifier.map { " " + $0 } ?? "")}"
        }
    }

    @Test(arguments: try CorpusFile.all().map(\.name))
    func corpusFileHoldsForEveryLine(_ name: String) throws {
        let file = try #require(try CorpusFile.all().first { $0.name == name })
        #expect(!file.cases.isEmpty)
        for example in file.cases {
            let (document, result) = Self.tag(example.text, date: example.date, kind: example.kind)
            let found = Self.describe(document, result)
            switch example.expectation {
            case .whole(let type, let value):
                let expected = "[\(example.text)]{\(type) \(value)"
                #expect(
                    found.count == 1 && found[0].hasPrefix(expected),
                    "\(name):\(example.line): \(example.text) → \(found)")
            case .marked(let marks):
                let matches =
                    result.expressions.count == marks.count
                    && zip(result.expressions, marks).allSatisfy { expression, mark in
                        document.text(in: expression.range) == mark.text && expression.kind.rawValue == mark.type
                            && expression.value == mark.value
                            && (mark.modifier == nil || expression.modifier == mark.modifier)
                    }
                let expected = marks.map { "[\($0.text)]{\($0.type) \($0.value)\($0.modifier.map { " " + $0 } ?? "")}" }
                #expect(matches, "\(name):\(example.line): \(example.text) → \(found), expected \(expected)")
            case .nothing:
                #expect(found.isEmpty, "\(name):\(example.line): \(example.text) → \(found)")
            }
        }
    }
}
