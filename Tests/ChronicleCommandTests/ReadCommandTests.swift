import Foundation
import Testing

/// `chronicle read` shows what Chronicle reads: front matter and text, or JSON with offsets.
@Suite struct ReadCommandTests {
    static let page = """
        <html><head><title>Bridge reopens | Town Paper</title>
        <meta property="article:published_time" content="2022-04-09T08:00:00Z"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Bridge reopens</h1>
        <p>The café by the bridge — closed since 2020 — reopened on Friday. Mr. Ortiz cut the ribbon.</p>
        </article><footer>Town Paper</footer></body></html>
        """

    @Test func printsFrontMatterThenTheText() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write(Self.page, to: "bridge.html")
        let outcome = try CommandRunner.run(["read", "bridge.html"], in: folder)
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout == """
                ---
                file: "bridge.html"
                title: "Bridge reopens"
                date: "2022-04-09"
                date-origin: metadata
                date-evidence: "<meta property=\\"article:published_time\\" content=\\"2022-04-09T08:00:00Z\\">"
                ---

                Bridge reopens

                The café by the bridge — closed since 2020 — reopened on Friday. Mr. Ortiz cut the ribbon.

                """)
    }

    @Test func givesSentencesAsScalarOffsetsIntoTheText() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try folder.write(Self.page, to: "bridge.html")
        let outcome = try CommandRunner.run(["read", "--format", "json", "bridge.html"], in: folder)
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        let cut = sentences.map { sentence -> String in
            let start = sentence["start"] as? Int ?? 0
            let end = sentence["end"] as? Int ?? 0
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        #expect(
            cut == [
                "Bridge reopens", "The café by the bridge — closed since 2020 — reopened on Friday.",
                "Mr. Ortiz cut the ribbon.",
            ])
        let date = try #require(object["date"] as? [String: Any])
        #expect(date["value"] as? String == "2022-04-09")
        #expect(date["origin"] as? String == "metadata")
        #expect(object["title"] as? String == "Bridge reopens")
    }

    @Test func showsTheSectionsOfAFileOfSeveralArticles() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = """
            Night Schools Open
            Adult classes began in 2012 in three rooms of the old library on the square.

            – Ana Lind
            Photo: Archive

            Orchard Bees Return
            Growers counted twice as many hives in April 2019 as the spring before.

            – Sam Holt
            Photo: Archive
            """
        try folder.write(articles, to: "digest.txt")
        let outcome = try CommandRunner.run(["read", "digest.txt"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("sections:\n  - title: \"Night Schools Open\"\n    start: 0\n"))
        #expect(outcome.stdout.contains("  - title: \"Orchard Bees Return\"\n"))
        #expect(outcome.stdout.contains("    date: \"2019-04\"\n    date-origin: inferred\n"))
        #expect(!outcome.stdout.contains("Ana Lind"))
    }

    @Test func reportsABadInputByNameAndReadsTheOthers() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: folder.appendingPathComponent("photo.txt"))
        try folder.write("The fair opened on 3 May 2019.\n", to: "fair.txt")
        let outcome = try CommandRunner.run(
            ["read", "--format", "json", "photo.txt", "missing.txt", "fair.txt"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stderr.split(separator: "\n") == [
                "chronicle: error: missing.txt: no such file or folder",
                "chronicle: error: photo.txt: looks like a binary file (NUL byte at offset 4)",
            ])
        #expect(outcome.stdout.split(separator: "\n").count == 1)
        #expect(outcome.stdout.contains("\"text\": \"The fair opened on 3 May 2019.\""))
    }

    @Test func readsStandardInputWithAGivenDate() throws {
        let outcome = try CommandRunner.run(
            ["read", "--date", "2024", "-"], input: Data("In April, the port reopened.\n".utf8))
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout.hasPrefix(
                "---\nfile: \"-\"\ndate: \"2024\"\ndate-origin: given\ndate-evidence: \"--date 2024\"\n---\n"))
    }
}
