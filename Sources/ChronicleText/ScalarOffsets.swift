/// Converts UTF-8 byte offsets of one text into Unicode-scalar offsets, the offsets that
/// Chronicle's JSON outputs carry (as Python counts characters: `\r\n` is two).
///
/// Built once per text in one pass; each conversion is a binary search over the positions of
/// non-ASCII scalars, so ASCII text converts in constant time.
public struct ScalarOffsets: Sendable {
    /// Byte offsets at which a multi-byte scalar starts, and the bytes it adds beyond one.
    private var byteStarts: [Int] = []
    private var extraBytesBefore: [Int] = []

    /// Indexes `text`.
    public init(_ text: String) {
        var offset = 0
        var extra = 0
        for byte in text.utf8 {
            if byte >= 0xC0 {
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                byteStarts.append(offset)
                extraBytesBefore.append(extra)
                extra += width - 1
            }
            offset += 1
        }
        byteStarts.append(Int.max)
        extraBytesBefore.append(extra)
    }

    /// The scalar offset of the scalar that starts at byte `offset` (or of the end of the text).
    public func scalarOffset(ofByte offset: Int) -> Int {
        // The first multi-byte scalar at or after `offset`: everything before it counts fully.
        var low = 0
        var high = byteStarts.count - 1
        while low < high {
            let mid = (low + high) / 2
            if byteStarts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return offset - extraBytesBefore[low]
    }

    /// A byte range as a scalar range.
    public func scalarRange(of range: TextRange) -> Range<Int> {
        scalarOffset(ofByte: range.lowerBound)..<scalarOffset(ofByte: range.upperBound)
    }
}
