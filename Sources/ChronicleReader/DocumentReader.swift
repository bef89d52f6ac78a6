import ChronicleText
import ChronicleXML
import Foundation

/// Reads files into `Document`s: decodes the bytes, keeps the visible text with its paragraphs
/// and sentences, and finds the title and the document date.
///
/// ```swift
/// let reader = DocumentReader(date: DocumentDate(.year(2024), origin: .given))
/// let document = try reader.read(path: "sources/report.html")
/// ```
public struct DocumentReader: Sendable {
    /// The date to use for every document that states none of its own with higher priority;
    /// a given date always wins (PRODUCT.md: given, metadata, dateline, inferred).
    public var date: DocumentDate?
    /// How relative expressions are anchored; nil means news.
    public var kind: Document.Kind?

    /// A reader that gives every document `date` (when set, nothing is looked for in the text,
    /// and it applies to every section of a multi-article file) and `kind`.
    public init(date: DocumentDate? = nil, kind: Document.Kind? = nil) {
        self.date = date
        self.kind = kind
    }

    /// Reads one file. Its id is the file stem.
    public func read(path: String) throws(ReadError) -> Document {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(path: path, reason: Self.reason(for: error))
        }
        let url = URL(fileURLWithPath: path)
        return try read(
            bytes: bytes, id: url.deletingPathExtension().lastPathComponent, path: path,
            format: DocumentFormat(pathExtension: url.pathExtension))
    }

    /// Reads bytes already in memory (standard input, tests). A nil format is sniffed.
    ///
    /// Text is UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, the
    /// charset an HTML page declares, or else Windows-1252; input with NUL bytes or mostly control
    /// bytes is rejected as binary.
    public func read(bytes: [UInt8], id: String, path: String? = nil, format: DocumentFormat? = nil)
        throws(ReadError) -> Document
    {
        let name = path ?? id
        // A page in plain UTF-8 goes to libxml2 as it is, never decoded twice.
        if format == .html, TextDecoding.isPlainUTF8(bytes),
            HTMLCharset.declared(in: bytes).map({
                TextDecoding.utf8Labels.contains(TextDecoding.normalizedLabel($0))
            }) ?? true
        {
            return finish(HTMLReader(findsDates: date == nil).read(bytes: bytes, id: id), path: path)
        }
        let decoded = try Self.decode(bytes, declared: nil, name: name)
        let resolvedFormat = format ?? DocumentFormat(sniffing: decoded.text)
        var document: Document
        var warning = decoded.warning
        switch resolvedFormat {
        case .text, .markdown:
            document = PlainTextReader(markdown: resolvedFormat == .markdown, findsDates: date == nil)
                .read(decoded.text, id: id)
        case .html:
            let source = try Self.htmlSource(bytes, decoded: decoded, name: name)
            warning = source.warning
            document = HTMLReader(findsDates: date == nil).read(bytes: source.bytes, encoding: source.encoding, id: id)
        case .timeml:
            document = try TimeMLReader().read(bytes: bytes, id: id, path: name)
        }
        if let warning { document.diagnostics.warn(warning, about: name) }
        return finish(document, path: path)
    }

    /// Sets what the caller gives: the path, the date and the kind.
    private func finish(_ document: Document, path: String?) -> Document {
        var document = document
        document.path = path
        if let date { document.date = date }
        if let kind { document.kind = kind }
        return document
    }

    private static func decode(_ bytes: [UInt8], declared: String?, name: String) throws(ReadError)
        -> TextDecoding.Decoded
    {
        switch TextDecoding.decode(bytes, declared: declared) {
        case .success(let decoded): return decoded
        case .failure(.nul(let offset)): throw .binary(path: name, offset: offset)
        case .failure(.controlBytes(let offset)): throw .controlBytes(path: name, offset: offset)
        }
    }

    /// The bytes to give libxml2 and their encoding: UTF-8 that Chronicle decoded (byte-order
    /// mark, `<meta charset>` naming UTF-8 or Windows-1252 and its aliases, or no declaration),
    /// or the page's own bytes with a charset that libxml2 decodes (EUC-KR, Shift_JIS …).
    private static func htmlSource(_ bytes: [UInt8], decoded: TextDecoding.Decoded, name: String) throws(ReadError)
        -> (bytes: [UInt8], encoding: String, warning: String?)
    {
        let hasByteOrderMark = decoded.encoding.hasPrefix("UTF-16") || bytes.starts(with: [0xEF, 0xBB, 0xBF])
        // Valid UTF-8 goes to libxml2 as it came.
        let decodedBytes = decoded.encoding == "UTF-8" && !hasByteOrderMark ? bytes : Array(decoded.text.utf8)
        guard !hasByteOrderMark, let declared = HTMLCharset.declared(in: bytes).map(TextDecoding.normalizedLabel)
        else { return (decodedBytes, "UTF-8", decoded.warning) }
        if TextDecoding.windows1252Labels.contains(declared) {
            let redecoded = try decode(bytes, declared: declared, name: name)
            return (Array(redecoded.text.utf8), "UTF-8", nil)
        }
        if TextDecoding.utf8Labels.contains(declared) { return (decodedBytes, "UTF-8", decoded.warning) }
        if LibXML.supportsEncoding(declared) { return (bytes, declared, nil) }
        return (
            Array(decoded.text.utf8), "UTF-8",
            "unknown charset \"\(declared)\" declared; read as \(decoded.encoding)"
        )
    }

    private static func reason(for error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return "no such file"
        }
        return "cannot read (\(nsError.localizedDescription))"
    }
}
