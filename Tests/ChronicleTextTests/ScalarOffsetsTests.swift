import Testing

@testable import ChronicleText

@Suite struct ScalarOffsetsTests {
    @Test func countsMultiByteScalarsOnce() {
        let text = "North Korea’s “forced labor” in 2019"
        let offsets = ScalarOffsets(text)
        let byteOffset = Array(text.utf8).count - 4
        #expect(offsets.scalarOffset(ofByte: byteOffset) == text.unicodeScalars.count - 4)
        #expect(offsets.scalarOffset(ofByte: 0) == 0)
        #expect(offsets.scalarOffset(ofByte: 11) == 11)
        // "’" is 3 bytes: the "s" after it is scalar 12 but byte 14.
        #expect(offsets.scalarOffset(ofByte: 14) == 12)
    }

    @Test func countsCarriageReturnLineFeedAsTwo() {
        let offsets = ScalarOffsets("a\r\nb")
        #expect(offsets.scalarOffset(ofByte: 3) == 3)
    }

    @Test func slicesByByteRange() {
        let text = "Seoul’s report of 12 March"
        let start = Array(text.utf8).count - 8
        #expect(text[bytes: TextRange(start, start + 8)] == "12 March")
    }
}
