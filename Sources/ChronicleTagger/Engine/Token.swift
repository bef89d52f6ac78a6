/// A word, number or punctuation mark, as a byte range of the text. Tokens hold no strings:
/// a word carries its vocabulary id, a number its value.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// The token's yes-or-no facts, in one byte so that a token stays 32 bytes: the tagger walks
    /// arrays of them.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let spaceBefore = Flags(rawValue: 1)
        static let capitalized = Flags(rawValue: 2)
        static let endsCapitalized = Flags(rawValue: 4)
        static let paragraphBreakBefore = Flags(rawValue: 8)
    }

    var start: Int
    var end: Int
    var kind: Kind
    var flags: Flags
    /// For a word, its vocabulary id (-1 when it is in no list); for a punctuation mark, its code
    /// (`Punctuation`); for a number, its count of digits.
    var code: Int32
    /// For a number, its value (wrapping for long digit runs); for a word, its last two bytes,
    /// lowercased (`value & 0xFF` is the last), which tell plurals and past tenses.
    var value: Int

    init(
        start: Int, end: Int, kind: Kind, spaceBefore: Bool, isCapitalized: Bool, endsCapitalized: Bool = false,
        paragraphBreakBefore: Bool, code: Int32, value: Int
    ) {
        self.start = start
        self.end = end
        self.kind = kind
        var flags: Flags = []
        if spaceBefore { flags.insert(.spaceBefore) }
        if isCapitalized { flags.insert(.capitalized) }
        if endsCapitalized { flags.insert(.endsCapitalized) }
        if paragraphBreakBefore { flags.insert(.paragraphBreakBefore) }
        self.flags = flags
        self.code = code
        self.value = value
    }

    /// Whether whitespace (or the start of the text) comes before the token.
    var spaceBefore: Bool { flags.contains(.spaceBefore) }
    /// Whether a word starts with an uppercase letter.
    var isCapitalized: Bool { flags.contains(.capitalized) }
    /// Whether a word ends with one too, as acronyms do ("NATO", "FY").
    var endsCapitalized: Bool { flags.contains(.endsCapitalized) }
    /// Whether a line break (a blank line) separates the token from the previous one.
    var paragraphBreakBefore: Bool { flags.contains(.paragraphBreakBefore) }

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
    /// The vulgar fraction `½`, which after a number adds a half ("6½ years").
    static let half: UInt8 = 0xBD
    /// Any other mark outside ASCII.
    static let other: UInt8 = 0xBF
}
