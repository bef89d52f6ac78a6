import Chronicle
import Foundation

/// `swift run -c release chronicle-bench extract`: the events stage (extract, merge, ids) on
/// about 1 MB of news-like English, tagged beforehand so that only the events stage is timed.
enum ExtractBench {
    static let benchmark = Benchmark(name: "extract") {
        // Dated statements in varied words, each in a paragraph of undated sentences, as in news.
        let dated = [
            "In {year}, the regional council of {place} passed a law that banned night fishing.",
            "On {day} {month} {year}, floods destroyed {n} bridges in {place}, and the army sent engineers.",
            "The charter of {place}, adopted in {year}, required cities to close coal plants by {day} {month} {year2}.",
            "In {month} {year}, inspectors reported that closures between {year} and {year2} shut most markets in {place}.",
            "While there were {n} arrests in {place} in {year}, this number rose to {m} in {year2}.",
            "Guards in {place} were told to fire on anyone approaching the fence. This order is based on a decree from {month} {year}.",
            "In {month} {year}, the ministry announced plans to reopen the port of {place} in {month2}, officials said.",
        ]
        let filler = [
            "Residents of {place} say the harbour has changed a great deal.",
            "Miners work long hours, and most of them live far from their families.",
            "The council's members could not agree on what the new rules should require of fishermen.",
        ]
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        var text = ""
        var number = 0
        while text.utf8.count < 1_000_000 {
            let year = 1950 + (number * 7) % 70
            let fill = { (template: String) in
                template.replacingOccurrences(of: "{year2}", with: String(year + 1 + number % 4))
                    .replacingOccurrences(of: "{year}", with: String(year))
                    .replacingOccurrences(of: "{month2}", with: months[(number + 5) % 12])
                    .replacingOccurrences(of: "{month}", with: months[number % 12])
                    .replacingOccurrences(of: "{day}", with: String(1 + number % 28))
                    .replacingOccurrences(of: "{place}", with: "Harbour \(number % 211)")
                    .replacingOccurrences(of: "{n}", with: String(10 + number % 900))
                    .replacingOccurrences(of: "{m}", with: String(1_000 + number % 5_000))
            }
            text += "Notes from harbour \(number)\n\n"
            text +=
                [fill(filler[number % 3]), fill(dated[number % dated.count]), fill(filler[(number + 1) % 3])]
                .joined(separator: " ") + "\n\n"
            number += 1
        }
        let reader = DocumentReader(date: DocumentDate(.year(2021), origin: .given))
        guard let document = try? reader.read(bytes: Array(text.utf8), id: "bench", format: .text) else {
            print("extract: could not read the benchmark text")
            return
        }
        let tagged = Tagger().tag(document)
        var mentions: [Mention] = []
        let extracting = fastest(of: 3) {
            mentions = EventExtractor().extraction(of: document, tagged: tagged).mentions
        }
        var events = 0
        let merging = fastest(of: 3) {
            let merge = EventMerger().merge(mentions)
            events = EventIdentity().assign(merge).events.count
        }
        let megabytes = Double(text.utf8.count) / 1_000_000
        print(
            String(
                format:
                    "extract: %.2f MB of text, %d mentions → %d events; extraction %.3f s (%.2f MB/s), merge and ids %.3f s (tagging excluded)",
                megabytes, mentions.count, events, extracting, megabytes / extracting, merging))
    }
}
