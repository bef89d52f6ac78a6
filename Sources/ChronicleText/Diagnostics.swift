/// Warnings a stage collects for the user instead of printing them.
public struct Diagnostics: Sendable, Hashable {
    /// One message, about a place in a document when it has one.
    public struct Message: Sendable, Hashable {
        /// The document or file the message is about.
        public var subject: String
        /// The byte offset in the document's text the message points at.
        public var offset: Int?
        /// The message, one line.
        public var text: String

        public init(subject: String, offset: Int? = nil, text: String) {
            self.subject = subject
            self.offset = offset
            self.text = text
        }
    }

    /// The messages, in the order they were found.
    public private(set) var warnings: [Message] = []

    public init() {}

    /// Records a warning.
    public mutating func warn(_ text: String, about subject: String, at offset: Int? = nil) {
        warnings.append(Message(subject: subject, offset: offset, text: text))
    }

    /// Adds another collection's messages after these.
    public mutating func append(contentsOf other: Diagnostics) {
        warnings += other.warnings
    }

    /// Whether nothing was reported.
    public var isEmpty: Bool { warnings.isEmpty }
}
