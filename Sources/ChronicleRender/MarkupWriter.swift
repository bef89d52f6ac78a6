/// The one writer of SVG and HTML markup: every piece of text and every attribute value goes
/// through ``text(_:)`` or ``attribute(_:_:)``, which escape `& < > " '` always.
///
/// ``trusted(_:)`` writes Chronicle's own constants (CSS, the filter script, element names)
/// unchanged; document text never goes there. Text from documents is also cleaned by
/// ``DocumentText/clean(_:)`` (controls and bidi overrides removed) before it is escaped.
struct MarkupWriter {
    private(set) var output: String

    init(capacity: Int = 4096) {
        output = ""
        output.reserveCapacity(capacity)
    }

    /// Writes our own markup or constants unchanged.
    mutating func trusted(_ constant: String) {
        output += constant
    }

    /// Writes text content, escaped and cleaned.
    mutating func text(_ text: String) {
        MarkupWriter.escape(DocumentText.clean(text), into: &output)
    }

    /// Writes ` name="value"`, the value escaped and cleaned. `name` is one of our own constants.
    mutating func attribute(_ name: String, _ value: String) {
        output += " "
        output += name
        output += "=\""
        MarkupWriter.escape(DocumentText.clean(value), into: &output)
        output += "\""
    }

    /// Writes ` name="number"` with the number formatted by ``Decimal/format(_:)``.
    mutating func attribute(_ name: String, _ value: Double) {
        output += " "
        output += name
        output += "=\""
        output += Decimal.format(value)
        output += "\""
    }

    /// Opens an element: `<name attributes…>`; `name` is one of our own constants.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<"
        output += name
        for (key, value) in attributes { attribute(key, value) }
        output += ">"
    }

    /// Writes `</name>`.
    mutating func close(_ name: String) {
        output += "</"
        output += name
        output += ">"
    }

    /// Writes `<name attributes…>text</name>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        open(name, attributes)
        text(content)
        close(name)
    }

    /// Escapes `& < > " '` as character references, always, whatever the context.
    static func escape(_ text: String, into output: inout String) {
        var start = text.utf8.startIndex
        var index = start
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let replacement: String?
            switch utf8[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: replacement = nil
            }
            if let replacement {
                output += text[start..<index]
                output += replacement
                index = utf8.index(after: index)
                start = index
            } else {
                index = utf8.index(after: index)
            }
        }
        output += text[start..<utf8.endIndex]
    }

    /// The escaped form of a string.
    static func escaped(_ text: String) -> String {
        var result = ""
        escape(DocumentText.clean(text), into: &result)
        return result
    }
}

/// Text as XML character data or an attribute value, `& < > " '` escaped and nothing else
/// changed (line breaks stay): what `chronicle tag --format timeml` writes around its tags.
public func xmlEscaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    MarkupWriter.escape(text, into: &result)
    return result
}
