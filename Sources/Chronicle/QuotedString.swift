/// Text as a JSON string, which is also a YAML double-quoted scalar: the one quoting every
/// writer of JSON lines, front matter and drafted timeline files uses.
public enum QuotedString {
    /// `"…"` with quotes, backslashes and control characters escaped (and U+2028/U+2029, which
    /// some readers take for line ends).
    public static func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _
            where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
