import Foundation

/// Replaces typographic characters with ASCII look-alikes and drops accents, for `--ascii`.
enum ASCIIFolding {
    static let replacements: [Character: String] = [
        "\u{2013}": "-", "\u{2014}": "--", "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"",
        "\u{2026}": "...", "\u{00B7}": "-", "\u{00A0}": " ", "\u{00A7}": "S", "\u{2022}": "*", "\u{00A9}": "(c)",
        "\u{00AB}": "<<", "\u{00BB}": ">>", "\u{2032}": "'", "\u{2033}": "\"", "\u{00D7}": "x",
    ]

    static func fold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                result.append(character)
            } else if let replacement = replacements[character] {
                result += replacement
            } else {
                // Keep the base letter of an accented character ("é" is e + U+0301).
                let base =
                    character.unicodeScalars.first.map { scalar -> String in
                        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
                        return String(decomposed.unicodeScalars.filter(\.isASCII).map(Character.init))
                    } ?? ""
                result += base.isEmpty ? "?" : base
            }
        }
        return result
    }
}
