/// Turns file bytes into text: UTF-8 with or without a byte-order mark, UTF-16 with one, a
/// charset an HTML page declares, else Windows-1252 (Latin-1 with printable characters in
/// 0x80–0x9F). Rejects binary input.
enum TextDecoding {
    /// Decoded text, and how it was decoded.
    struct Decoded {
        var text: String
        /// The encoding used, as a label: `UTF-8`, `UTF-16LE`, `windows-1252` …
        var encoding: String
        /// Set when the bytes were not what they claimed or seemed to be.
        var warning: String?
    }

    /// Why bytes are not text.
    enum BinaryInput: Error, Equatable {
        /// A NUL byte (or a NUL character in UTF-16) at a byte offset.
        case nul(offset: Int)
        /// So many control bytes that the input cannot be text; the offset of the first.
        case controlBytes(offset: Int)
    }

    /// Decodes bytes; `declared` is a charset label the document gives itself (`<meta charset>`).
    static func decode(_ bytes: [UInt8], declared: String? = nil) -> Result<Decoded, BinaryInput> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return checked(utf8: bytes[3...]) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            let text = utf16(bytes[2...], bigEndian: bigEndian)
            if let nul = text.utf16.firstIndex(of: 0) {
                return .failure(.nul(offset: 2 + 2 * text.utf16.distance(from: text.utf16.startIndex, to: nul)))
            }
            return .success(Decoded(text: text, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE"))
        }
        if let declared = declared.map(normalizedLabel), windows1252Labels.contains(declared) {
            if let problem = binaryProblem(bytes[...]) { return .failure(problem) }
            return .success(Decoded(text: windows1252(bytes[...]), encoding: "windows-1252"))
        }
        return checked(utf8: bytes[...])
    }

    /// The labels WHATWG decodes as Windows-1252 (ISO-8859-1 and ASCII among them).
    static let windows1252Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii",
        "ascii", "ansi_x3.4-1968", "iso-ir-100", "csisolatin1", "ibm819", "cp819",
    ]

    /// The labels that mean UTF-8 (or, in a page read as bytes, cannot mean UTF-16).
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"]

    static func normalizedLabel(_ label: String) -> String {
        label.lowercased().trimmingCharacters(in: " \t\"'")
    }

    /// Offsets in errors are offsets into the whole input (a slice keeps its indexes).
    private static func checked(utf8 bytes: ArraySlice<UInt8>) -> Result<Decoded, BinaryInput> {
        if let problem = binaryProblem(bytes) { return .failure(problem) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(Decoded(text: text, encoding: "UTF-8"))
        }
        let text = mixed(bytes)
        return .success(
            Decoded(
                text: text, encoding: "windows-1252",
                warning: "not valid UTF-8: bytes that are not UTF-8 were read as Windows-1252"))
    }

    /// Whether bytes are text in valid UTF-8 with no byte-order mark, checked without building a
    /// string (libxml2 can then read them as they are).
    static func isPlainUTF8(_ bytes: [UInt8]) -> Bool {
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]),
            !bytes.starts(with: [0xFE, 0xFF]), binaryProblem(bytes[...]) == nil
        else { return false }
        return bytes.withUnsafeBufferPointer(isValidUTF8)
    }

    /// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        func continuation(_ offset: Int) -> Bool { index + offset < count && bytes[index + offset] & 0xC0 == 0x80 }
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                // Eight ASCII bytes at a time.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    guard word & 0x8080_8080_8080_8080 == 0 else { break }
                    index += 8
                }
                continue
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let second = bytes[index + 1]
                if lead == 0xE0 && second < 0xA0 { return false }
                if lead == 0xED && second > 0x9F { return false }
                index += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let second = bytes[index + 1]
                if lead == 0xF0 && second < 0x90 { return false }
                if lead == 0xF4 && second > 0x8F { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    /// A NUL byte anywhere, or control bytes (other than tab, line feed, form feed, carriage
    /// return and escape) making up more than 10% of the first 4 KB.
    static func binaryProblem(_ bytes: ArraySlice<UInt8>) -> BinaryInput? {
        if let nul = bytes.firstIndex(of: 0) { return .nul(offset: nul) }
        var controls = 0
        var first: Int?
        let sample = bytes.prefix(4096)
        for (index, byte) in zip(sample.indices, sample)
        where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B {
            controls += 1
            first = first ?? index
        }
        if let first, controls >= 8, controls * 10 > sample.count { return .controlBytes(offset: first) }
        return nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// UTF-8 where the bytes form it, Windows-1252 for every other byte: a page saved in
    /// Windows-1252 reads right, and so does a UTF-8 page with a few stray bytes.
    static func mixed(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0xC2 && byte <= 0xF4 {
                let width = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                if index + width <= bytes.endIndex,
                    let scalar = String(validating: bytes[index..<(index + width)], as: UTF8.self)?.unicodeScalars.first
                {
                    scalars.append(scalar)
                    index += width
                    continue
                }
            }
            scalars.append(windows1252Scalar(byte))
            index += 1
        }
        return String(scalars)
    }

    /// Windows-1252, which is Latin-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(windows1252Scalar(byte)) }
        return String(scalars)
    }

    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        // Every value in the table and every byte value is a valid scalar.
        return Unicode.Scalar(value)!
    }
}
