import Foundation

/// Links Chronicle writes: `http` and `https` only; anything else (`javascript:`, `data:`,
/// relative paths) is shown as text, never linked.
enum SafeURL {
    static func web(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        // No spaces or controls: a URL is one token.
        guard !trimmed.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else { return nil }
        return trimmed
    }
}
