import Foundation

/// Estimates how wide text is drawn in the generic `sans-serif` family, erring wide, and wraps
/// it to a width.
///
/// Widths come from ``CharacterWidths`` times ``margin``: a label box computed here holds the
/// text whichever common sans-serif face the reader's system picks.
enum TextMeasure {
    /// Headroom over the measured widths, for faces wider than DejaVu Sans and for hinting.
    static let margin = 1.06

    private static let table: (regular: [Double], bold: [Double]) = {
        var regular = [Double](repeating: CharacterWidths.otherRegular, count: 128)
        var bold = [Double](repeating: CharacterWidths.otherBold, count: 128)
        for entry in CharacterWidths.ascii {
            guard let value = entry.character.asciiValue else { continue }
            regular[Int(value)] = entry.regular * margin
            bold[Int(value)] = entry.bold * margin
        }
        return (regular, bold)
    }()

    private static let punctuation: [UInt32: (regular: Double, bold: Double)] = {
        var result: [UInt32: (regular: Double, bold: Double)] = [:]
        for entry in CharacterWidths.punctuation {
            guard let scalar = entry.character.unicodeScalars.first else { continue }
            result[scalar.value] = (entry.regular * margin, entry.bold * margin)
        }
        return result
    }()

    /// The drawn width of `text` at `size` px, in px.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        let ascii = bold ? table.bold : table.regular
        var total = 0.0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                total += ascii[Int(value)]
            } else {
                total += width(of: scalar, bold: bold)
            }
        }
        return total * size
    }

    /// The width of one scalar outside ASCII, in em.
    private static func width(of scalar: Unicode.Scalar, bold: Bool) -> Double {
        if let known = punctuation[scalar.value] { return bold ? known.bold : known.regular }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(scalar) { return (bold ? CharacterWidths.wideBold : CharacterWidths.wide) * margin }
        // An accented Latin letter is as wide as its base letter ("é" as "e").
        if (0xC0...0x24F).contains(scalar.value),
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.value < 128
        {
            return (bold ? table.bold : table.regular)[Int(base.value)]
        }
        return (bold ? CharacterWidths.otherBold : CharacterWidths.otherRegular) * margin
    }

    /// East Asian wide and fullwidth ranges, and emoji: drawn about one em wide.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
