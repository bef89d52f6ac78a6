import ChronicleText

extension GoldDocument {
    /// Reads a TimeML file (TempEval-3 style): the text content of `<TEXT>`, the `value` of the
    /// TIMEX3 in `<DCT>` (cut to the day), and every TIMEX3 inside `<TEXT>` with its type and value.
    ///
    /// TimeML is plain XML without a DTD; this reads just what scoring needs: elements, attributes,
    /// the five predefined entities and character references, comments and CDATA. Line breaks are
    /// normalized to `\n` as an XML parser does, so the text equals what `chronicle read` shows.
    public init(timeML bytes: [UInt8], id: String) throws(ReadError) {
        var scanner = TimeMLScanner(bytes: bytes)
        try scanner.scan()
        guard scanner.sawText else { throw ReadError(reason: "no <TEXT> element", line: nil) }
        let date = scanner.creationTime.flatMap { TimePoint(timex: String($0.prefix(10))) }
        self.init(id: id, text: scanner.text, date: date, timexes: scanner.timexes)
    }
}

/// A forward-only reader of TimeML bytes with an integer cursor.
struct TimeMLScanner {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    /// The decoded text of `<TEXT>`, and its length in Unicode scalars so far.
    var text = ""
    var scalars = 0
    var sawText = false
    var creationTime: String?
    var timexes: [GoldDocument.Timex] = []

    private var inText = false
    private var inDCT = false
    private var open: (start: Int, type: String, value: String)?
    private var textBytes: [UInt8] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    mutating func scan() throws(GoldDocument.ReadError) {
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                try tag()
            } else {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                if inText { try appendText(bytes[start..<index]) }
                countLines(start, index)
            }
        }
        flush()
        if open != nil { throw GoldDocument.ReadError(reason: "unclosed <TIMEX3>", line: line) }
    }

    private mutating func countLines(_ start: Int, _ end: Int) {
        for byte in bytes[start..<end] where byte == 0x0A { line += 1 }
    }

    private mutating func tag() throws(GoldDocument.ReadError) {
        let start = index
        if bytes[index...].starts(with: Array("<!--".utf8)) {
            guard let end = find(Array("-->".utf8), from: index + 4) else { throw error("unclosed comment") }
            index = end + 3
            countLines(start, index)
            return
        }
        if bytes[index...].starts(with: Array("<![CDATA[".utf8)) {
            guard let end = find(Array("]]>".utf8), from: index + 9) else { throw error("unclosed CDATA section") }
            if inText { appendRaw(bytes[(index + 9)..<end]) }
            index = end + 3
            countLines(start, index)
            return
        }
        guard let close = find([UInt8(ascii: ">")], from: index) else { throw error("unclosed tag") }
        let inside = Array(bytes[(index + 1)..<close])
        index = close + 1
        countLines(start, index)
        guard let first = inside.first, first != UInt8(ascii: "?"), first != UInt8(ascii: "!") else { return }
        let isEnd = first == UInt8(ascii: "/")
        let isEmpty = inside.last == UInt8(ascii: "/")
        let body = inside.dropFirst(isEnd ? 1 : 0).dropLast(isEmpty ? 1 : 0)
        let name = String(decoding: body.prefix { !Self.isSpace($0) }, as: UTF8.self)
        switch (name, isEnd) {
        case ("TEXT", false) where !isEmpty:
            inText = true
            sawText = true
        case ("TEXT", true):
            flush()
            inText = false
        case ("DCT", false): inDCT = !isEmpty
        case ("DCT", true): inDCT = false
        case ("TIMEX3", false):
            let attributes = try Self.attributes(body.dropFirst(name.utf8.count), line: line)
            if inDCT, creationTime == nil { creationTime = attributes["value"] }
            guard inText, !isEmpty else { return }
            guard open == nil else { throw error("nested <TIMEX3>") }
            flush()
            open = (scalars, attributes["type"] ?? "", attributes["value"] ?? "")
        case ("TIMEX3", true):
            guard inText, let timex = open else { return }
            flush()
            let covered = String(text.unicodeScalars.suffix(scalars - timex.start))
            timexes.append(
                GoldDocument.Timex(
                    start: timex.start, end: scalars, text: covered, type: timex.type, value: timex.value))
            open = nil
        default:
            break
        }
    }

    private func error(_ reason: String) -> GoldDocument.ReadError {
        GoldDocument.ReadError(reason: reason, line: line)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var position = start
        while position + needle.count <= bytes.count {
            if bytes[position] == needle[0], bytes[position..<(position + needle.count)].elementsEqual(needle) {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Appends character data, decoding entities and normalizing line breaks.
    private mutating func appendText(_ run: ArraySlice<UInt8>) throws(GoldDocument.ReadError) {
        var position = run.startIndex
        while position < run.endIndex {
            let byte = run[position]
            if byte == UInt8(ascii: "&") {
                guard let semicolon = run[position...].firstIndex(of: UInt8(ascii: ";")), semicolon - position < 12
                else { throw error("bad entity reference") }
                let name = String(decoding: run[(position + 1)..<semicolon], as: UTF8.self)
                guard let scalar = Self.entity(name) else { throw error("unknown entity &\(name);") }
                textBytes.append(contentsOf: Array(String(Character(scalar)).utf8))
                position = semicolon + 1
            } else {
                textBytes.append(byte)
                position += 1
            }
        }
    }

    private mutating func appendRaw(_ run: ArraySlice<UInt8>) { textBytes.append(contentsOf: run) }

    /// Moves pending bytes into `text`, normalizing "\r\n" and "\r" to "\n".
    private mutating func flush() {
        guard !textBytes.isEmpty else { return }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(textBytes.count)
        var position = 0
        while position < textBytes.count {
            let byte = textBytes[position]
            if byte == 0x0D {
                normalized.append(0x0A)
                if position + 1 < textBytes.count, textBytes[position + 1] == 0x0A { position += 1 }
            } else {
                normalized.append(byte)
            }
            position += 1
        }
        let piece = String(decoding: normalized, as: UTF8.self)
        text += piece
        scalars += piece.unicodeScalars.count
        textBytes.removeAll(keepingCapacity: true)
    }

    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let number =
                digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return number.flatMap(Unicode.Scalar.init)
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// `name="value"` pairs, entities in values decoded.
    static func attributes(_ body: ArraySlice<UInt8>, line: Int) throws(GoldDocument.ReadError) -> [String: String] {
        var result: [String: String] = [:]
        var position = body.startIndex
        while position < body.endIndex {
            while position < body.endIndex, isSpace(body[position]) { position += 1 }
            guard position < body.endIndex else { break }
            let nameStart = position
            while position < body.endIndex, body[position] != UInt8(ascii: "="), !isSpace(body[position]) {
                position += 1
            }
            let name = String(decoding: body[nameStart..<position], as: UTF8.self)
            while position < body.endIndex, isSpace(body[position]) { position += 1 }
            guard position < body.endIndex, body[position] == UInt8(ascii: "=") else {
                throw GoldDocument.ReadError(reason: "attribute \(name) has no value", line: line)
            }
            position += 1
            while position < body.endIndex, isSpace(body[position]) { position += 1 }
            guard position < body.endIndex, body[position] == UInt8(ascii: "\"") || body[position] == UInt8(ascii: "'")
            else { throw GoldDocument.ReadError(reason: "attribute \(name) is not quoted", line: line) }
            let quote = body[position]
            position += 1
            let valueStart = position
            while position < body.endIndex, body[position] != quote { position += 1 }
            guard position < body.endIndex else {
                throw GoldDocument.ReadError(reason: "attribute \(name) is not closed", line: line)
            }
            var value = ""
            var cursor = valueStart
            while cursor < position {
                if body[cursor] == UInt8(ascii: "&"),
                    let semicolon = body[cursor..<position].firstIndex(of: UInt8(ascii: ";")),
                    let scalar = entity(String(decoding: body[(cursor + 1)..<semicolon], as: UTF8.self))
                {
                    value.unicodeScalars.append(scalar)
                    cursor = semicolon + 1
                } else {
                    let end =
                        body[cursor..<position].firstIndex(of: UInt8(ascii: "&")).map { $0 == cursor ? $0 + 1 : $0 }
                        ?? position
                    value += String(decoding: body[cursor..<end], as: UTF8.self)
                    cursor = end
                }
            }
            result[name] = value
            position += 1
        }
        return result
    }
}
