import Foundation

/// Finds the files a timeline's `sources:` entries name: paths, globs (`*`, `?`, `**`) and
/// folders (read recursively), relative to the timeline file's folder.
public enum SourceFiles {
    /// Extensions Chronicle reads when it walks a folder.
    public static let readableExtensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "tml",
    ]

    /// The files a pattern names, sorted, as paths relative to `folder` when the pattern is
    /// relative (so outputs never carry absolute paths).
    public static func expand(_ pattern: String, relativeTo folder: String) -> [String] {
        let isAbsolute = pattern.hasPrefix("/")
        let base = isAbsolute ? "" : folder
        func full(_ relative: String) -> String {
            isAbsolute ? relative : (folder == "." ? relative : "\(folder)/\(relative)")
        }
        if !pattern.contains(where: { "*?[".contains($0) }) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full(pattern), isDirectory: &isDirectory) else { return [] }
            return isDirectory.boolValue ? walk(pattern, base: base, isAbsolute: isAbsolute) : [pattern]
        }
        // Walk from the longest literal prefix of the pattern.
        let components = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let literal = components.prefix { !$0.contains(where: { "*?[".contains($0) }) }
        let root = literal.joined(separator: "/")
        let candidates = walk(
            root.isEmpty ? "." : (isAbsolute && root.isEmpty ? "/" : root), base: base, isAbsolute: isAbsolute,
            all: true)
        return candidates.filter { Glob.matches(pattern: pattern, path: $0) }.sorted()
    }

    /// Every file below a folder (readable extensions only unless `all`), relative like `root`.
    private static func walk(_ root: String, base: String, isAbsolute: Bool, all: Bool = false) -> [String] {
        let start = isAbsolute ? root : (base == "." || base.isEmpty ? root : "\(base)/\(root)")
        guard let enumerator = FileManager.default.enumerator(atPath: start) else { return [] }
        var result: [String] = []
        while let item = enumerator.nextObject() as? String {
            let path = start + "/" + item
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            if item.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let ext = (item as NSString).pathExtension.lowercased()
            if all || readableExtensions.contains(ext) {
                result.append(root == "." ? item : "\(root)/\(item)")
            }
        }
        return result.sorted()
    }
}

/// Shell-style matching of whole paths: `*` and `?` stay within a path component, `**`
/// crosses components.
enum Glob {
    static func matches(pattern: String, path: String) -> Bool {
        matches(Array(pattern.unicodeScalars), 0, Array(path.unicodeScalars), 0)
    }

    private static func matches(_ p: [Unicode.Scalar], _ pi: Int, _ s: [Unicode.Scalar], _ si: Int) -> Bool {
        var pi = pi
        var si = si
        while pi < p.count {
            let c = p[pi]
            if c == "*" {
                let doubleStar = pi + 1 < p.count && p[pi + 1] == "*"
                var next = pi + (doubleStar ? 2 : 1)
                if doubleStar, next < p.count, p[next] == "/" { next += 1 }
                var k = si
                while true {
                    if matches(p, next, s, k) { return true }
                    guard k < s.count, doubleStar || s[k] != "/" else { return false }
                    k += 1
                }
            }
            guard si < s.count else { return false }
            if c == "?" {
                if s[si] == "/" { return false }
            } else if c != s[si] {
                return false
            }
            pi += 1
            si += 1
        }
        return si == s.count
    }
}
