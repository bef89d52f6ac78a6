import ChronicleText
import Testing

@testable import ChronicleReader

@Suite struct TextDecodingTests {
    func text(_ bytes: [UInt8], format: DocumentFormat = .text) throws -> String {
        try DocumentReader().read(bytes: bytes, id: "e", format: format).text
    }

    @Test func readsUTF8WithAndWithoutAByteOrderMark() throws {
        #expect(try text(Array("café".utf8)) == "café")
        #expect(try text([0xEF, 0xBB, 0xBF] + Array("café".utf8)) == "café")
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let little: [UInt8] = [0xFF, 0xFE] + "café €".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "café €".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try text(little) == "café €")
        #expect(try text(big) == "café €")
    }

    @Test func readsWindows1252AndKeepsTheUTF8AmongStrayBytes() throws {
        #expect(try text([0x93, 0x51, 0x94, 0x20, 0x80, 0x35]) == "“Q” €5")
        #expect(try text(Array("naïve ".utf8) + [0xE9]) == "naïve é")
    }

    @Test func rejectsNULAndControlBytesAsBinary() {
        #expect(throws: ReadError.binary(path: "b.bin", offset: 2)) {
            try DocumentReader().read(bytes: [0x41, 0x42, 0x00], id: "b", path: "b.bin")
        }
        let controls: [UInt8] = Array(repeating: 0x01, count: 20) + Array("text".utf8)
        #expect(throws: ReadError.controlBytes(path: "c.dat", offset: 0)) {
            try DocumentReader().read(bytes: controls, id: "c", path: "c.dat")
        }
        #expect(
            ReadError.controlBytes(path: "c.dat", offset: 0).description
                == "c.dat: looks like a binary file (control bytes from offset 0)")
    }

    @Test func readsTheCharsetAnHTMLPageDeclares() throws {
        let head = "<html><head><meta charset=\"windows-1252\"></head><body><p>"
        let page =
            Array(head.utf8) + [0x93, 0x51, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9] + Array("</p></body></html>".utf8)
        #expect(try text(page, format: .html) == "“Q” café")
        let equiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>"
        #expect(try text(Array(equiv.utf8) + [0x63, 0x61, 0x66, 0xE9], format: .html) == "café")
    }

    @Test func letsLibXMLDecodeOtherDeclaredCharsets() throws {
        // "서울" (Seoul) in EUC-KR.
        let page = Array("<meta charset=\"euc-kr\"><p>".utf8) + [0xBC, 0xAD, 0xBF, 0xEF] + Array("</p>".utf8)
        #expect(try text(page, format: .html) == "서울")
    }

    @Test func findsTheDeclaredCharsetInThePagesFirstBytes() {
        #expect(HTMLCharset.declared(in: Array("<META CHARSET='UTF-8'>".utf8)) == "utf-8")
        #expect(
            HTMLCharset.declared(in: Array("<meta http-equiv=Content-Type content=\"text/html;charset=koi8-r\">".utf8))
                == "koi8-r")
        #expect(HTMLCharset.declared(in: Array("<p>charset=utf-8</p>".utf8)) == nil)
    }
}
