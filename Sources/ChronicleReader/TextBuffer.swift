/// Collects the UTF-8 bytes of one block of text the way a browser shows it: runs of white
/// space (ASCII, no-break and the other Unicode spaces) become one space, invisible characters
/// (soft hyphens, zero-width spaces and joiners, direction marks, word joiners, stray byte-order
/// marks) disappear, and no space is kept at either end or before a line break.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends text, collapsing its white space into the block's.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends UTF-8 bytes, collapsing their white space into the block's.
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard !utf8.isEmpty else { return }
        // Room for every byte and one space, written through a pointer, then cut to length.
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: utf8.count + 1))
        let (length, pending) = bytes.withUnsafeMutableBufferPointer { output in
            Self.collapse(utf8, into: output, at: start, pendingSpace: pendingSpace)
        }
        pendingSpace = pending
        bytes.removeLast(bytes.count - length)
    }

    /// Writes `input` into `output` from `start` the way `append` describes; returns the new
    /// length and whether a space is pending.
    private static func collapse(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, at start: Int,
        pendingSpace: Bool
    ) -> (Int, Bool) {
        var length = start
        var pending = pendingSpace
        var index = 0
        let count = input.count
        while index < count {
            // Eight bytes at a time while they are printable ASCII with no two spaces together.
            while index + 8 <= count {
                let word = UnsafeRawPointer(input.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let spaces = spaceMask(word)
                guard isPrintableASCII(word), spaces & (spaces >> 8) == 0 else { break }
                if spaces & 0x80 != 0 {
                    // A space first joins the pending one.
                    pending = true
                    index += 1
                    continue
                }
                if pending && length > 0 && output[length - 1] != 0x0A {
                    output[length] = 0x20
                    length += 1
                }
                // A space last waits, in case more white space follows.
                let kept = spaces & 0x8000_0000_0000_0000 != 0 ? 7 : 8
                UnsafeMutableRawPointer(output.baseAddress! + length).storeBytes(of: word, as: UInt64.self)
                length += kept
                pending = kept == 7
                index += 8
            }
            guard index < count else { break }
            let byte = input[index]
            if byte < 0x80 {
                if byte > 0x20 && byte != 0x7F {
                    if pending {
                        if length > 0 && output[length - 1] != 0x0A {
                            output[length] = 0x20
                            length += 1
                        }
                        pending = false
                    }
                    output[length] = byte
                    length += 1
                } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    pending = true
                }
                index += 1
                continue
            }
            let width = width(of: byte)
            guard index + width <= count else { break }
            switch classify(input, index, width) {
            case .space: pending = true
            case .invisible: break
            case .visible:
                if pending && length > 0 && output[length - 1] != 0x0A {
                    output[length] = 0x20
                    length += 1
                }
                pending = false
                for offset in 0..<width { output[length + offset] = input[index + offset] }
                length += width
            }
            index += width
        }
        return (length, pending)
    }

    /// Starts a new line inside the block (table cells, preformatted lines); no blank lines.
    mutating func lineBreak() {
        pendingSpace = false
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    }

    /// The collected text, trimmed, and the buffer emptied.
    mutating func take() -> String {
        trimEnd()
        let text = String(decoding: bytes, as: UTF8.self)
        clear()
        return text
    }

    /// Drops white space at the end (there is never any at the start).
    mutating func trimEnd() {
        while let last = bytes.last, last == 0x0A || last == 0x20 { bytes.removeLast() }
    }

    /// Empties the buffer, keeping its storage.
    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    /// Whether all eight bytes lie in 0x20…0x7E.
    @inline(__always)
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else { return false }
        // Adding 0x60 sets the high bit of every byte at or above 0x20; adding 0x01 sets it only for 0x7F.
        return (word &+ 0x60 &* ones) & high == high && (word &+ ones) & high == 0
    }

    /// The high bit of each byte that is a space (exact, for ASCII words).
    @inline(__always)
    static func spaceMask(_ word: UInt64) -> UInt64 {
        let x = word ^ 0x2020_2020_2020_2020
        let nonzero = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
        return ~nonzero & 0x8080_8080_8080_8080
    }

    enum Kind { case visible, space, invisible }

    static func width(of lead: UInt8) -> Int { lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// Sorts a multi-byte scalar; only two- and three-byte scalars hold spaces or invisibles.
    static func classify(_ utf8: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> Kind {
        let lead = utf8[index]
        if width == 2 {
            guard lead == 0xC2 else { return .visible }
            switch utf8[index + 1] {
            case 0xA0, 0x85: return .space  // no-break space, next line
            case 0xAD: return .invisible  // soft hyphen
            default: return .visible
            }
        }
        guard width == 3 else { return .visible }
        let second = utf8[index + 1]
        let third = utf8[index + 2]
        switch (lead, second) {
        case (0xE2, 0x80):
            switch third {
            // En quad … hair space, line and paragraph separators, narrow no-break space.
            case 0x80...0x8A, 0xA8, 0xA9, 0xAF: return .space
            // Zero-width space and joiners, direction marks and embeddings.
            case 0x8B...0x8F, 0xAA...0xAE: return .invisible
            default: return .visible
            }
        case (0xE2, 0x81):
            switch third {
            case 0x9F: return .space  // medium mathematical space
            case 0xA0...0xA4, 0xA6...0xAF: return .invisible  // word joiner, invisible operators, isolates
            default: return .visible
            }
        case (0xE3, 0x80): return third == 0x80 ? .space : .visible  // ideographic space
        case (0xE1, 0x9A): return third == 0x80 ? .space : .visible  // ogham space mark
        case (0xEF, 0xBB): return third == 0xBF ? .invisible : .visible  // byte-order mark
        default: return .visible
        }
    }
}

extension String {
    /// The text with white space collapsed and invisible characters removed, as one line.
    var collapsingWhiteSpace: String {
        var buffer = TextBuffer()
        buffer.append(self)
        return buffer.take()
    }
}
