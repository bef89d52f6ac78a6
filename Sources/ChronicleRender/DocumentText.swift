/// Cleans text that comes from documents before any renderer writes it.
///
/// - Control characters (C0 but tab, C1, DEL) go: they are invalid in XML and can drive a
///   terminal (escape sequences) when text output is printed.
/// - Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) go: they
///   reorder the characters that follow them, so a title could display differently from what it
///   says. Marks that reorder nothing (LRM, RLM, ALM) stay.
/// - Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) go: XML forbids some of them.
/// - Line breaks and tabs become spaces: every piece of document text is shown as one line of
///   running text.
enum DocumentText {
    static func clean(_ text: String) -> String {
        // Most text needs nothing: check before copying.
        if !text.unicodeScalars.contains(where: needsCleaning) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isRemoved(scalar) {
            result.append(isBreak(scalar) ? " " : scalar)
        }
        return String(result)
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        return isRemoved(scalar) || isBreak(scalar)
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        case 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
