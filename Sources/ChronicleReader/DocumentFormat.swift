/// The kinds of input Chronicle reads.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, markdown, html, timeml

    /// The format a file name's extension names, if any.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "tml", "timeml": self = .timeml
        default: return nil
        }
    }

    /// Guesses the format from the first bytes: markup if the text starts like HTML or TimeML.
    public init(sniffing text: String) {
        let head = text.prefix(2048).lowercased().drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if head.contains("<timeml") {
            self = .timeml
        } else if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<body")
            || head.contains("<head") || (head.hasPrefix("<") && head.contains("<p"))
        {
            self = .html
        } else {
            self = .text
        }
    }
}
