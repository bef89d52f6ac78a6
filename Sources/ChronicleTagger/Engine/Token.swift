/// A word, number or punctuation mark, as a byte range of the text. Tokens hold no strings:
/// a word carries its vocabulary id, a number its value.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    var start: Int
    var end: Int
    var kind: Kind
    /// Whether whitespace (or the start of the text) comes before the token.
    var spaceBefore: Bool
    /// Whether a word starts with an uppercase letter.
    var isCapitalized: Bool
    /// Whether a word ends with one too, as acronyms do ("NATO", "FY").
    var endsCapitalized = false
    /// Whether a line break (a blank line) separates the token from the previous one.
    var paragraphBreakBefore: Bool
    /// For a word, its vocabulary id (-1 when it is in no list); for a punctuation mark, its code
    /// (`Punctuation`); for a number, its count of digits.
    var code: Int32
    /// For a number, its value (wrapping for long digit runs); for a word, its last two bytes,
    /// lowercased (`value & 0xFF` is the last), which tell plurals and past tenses.
    var value: Int

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// Whether the token is the punctuation mark `mark`.
    @inline(__always) func isMark(_ mark: UInt8) -> Bool { kind == .punctuation && code == Int32(mark) }

    var digits: Int { kind == .number ? Int(code) : 0 }
}

/// Codes for punctuation outside ASCII, folded onto the marks rules test for.
enum Punctuation {
    /// En dash, em dash, minus sign and friends all read as a range dash.
    static let dash: UInt8 = 0x96
    /// A currency sign other than `$` (`£`, `€`, `¥`, `₩`).
    static let currency: UInt8 = 0xA4
    /// Any other mark outside ASCII.
    static let other: UInt8 = 0xBF
}
