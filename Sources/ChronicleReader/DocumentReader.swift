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
    public func read(bytes: [UInt8], id: String, path: String? = nil, format: DocumentFormat? = nil)
        throws(ReadError) -> Document
    {
        let name = path ?? id
        let text: String
        switch TextDecoding.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let binary): throw .binary(path: name, offset: binary.offset)
        }
        let resolvedFormat = format ?? DocumentFormat(sniffing: text)
        var document: Document
        switch resolvedFormat {
        case .text, .markdown:
            document = PlainTextReader(markdown: resolvedFormat == .markdown).read(text, id: id)
        case .html:
            document = HTMLReader().read(bytes: bytes, id: id)
        case .timeml:
            document = try TimeMLReader().read(bytes: bytes, id: id, path: name)
        }
        document.path = path
        if let date { document.date = date }
        if let kind { document.kind = kind }
        return document
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
