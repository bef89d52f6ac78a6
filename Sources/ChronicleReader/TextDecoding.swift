/// Turns file bytes into text: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.
enum TextDecoding {
    /// The decoded text, or the offset of a NUL byte that marks the input as binary.
    static func decode(_ bytes: [UInt8]) -> Result<String, BinaryInput> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return checked(utf8: bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .success(utf16(bytes.dropFirst(2), bigEndian: false)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .success(utf16(bytes.dropFirst(2), bigEndian: true)) }
        return checked(utf8: bytes[...])
    }

    struct BinaryInput: Error {
        var offset: Int
    }

    private static func checked(utf8 bytes: ArraySlice<UInt8>) -> Result<String, BinaryInput> {
        if let nul = bytes.firstIndex(of: 0) { return .failure(BinaryInput(offset: nul)) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .success(windows1252(bytes))
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

    /// Windows-1252, which is Latin-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
            0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
