import Chronicle
import ChronicleXML
import Foundation

/// `chronicle-bench reader`: how fast Chronicle reads HTML pages next to libxml2's own parse of
/// the same pages (the bar: at least half its speed), and plain text. `chronicle-bench hostile`:
/// time and peak memory on inputs built to hurt.
enum ReaderBench {
    static let reader = Benchmark(name: "reader") {
        print("reader: CPU time of this thread, the least of nine interleaved runs")
        compare("news pages as sites serve them", (0..<60).map { SyntheticPage.typical(seed: $0) })
        compare("pages of nearly bare article text", (0..<120).map { SyntheticPage.news(seed: $0) })
        let text = (0..<120).map { SyntheticPage.savedText(seed: $0) }
        let textMegabytes = Double(text.reduce(0) { $0 + $1.count }) / 1_000_000
        var readText = Double.infinity
        for _ in 0..<9 {
            readText = min(
                readText,
                cpuSeconds {
                    for file in text { _ = try? DocumentReader().read(bytes: file, id: "text", format: .text) }
                })
        }
        print(
            String(
                format: "  saved-page text (%.1f MB): Chronicle reads %.1f MB/s", textMegabytes,
                textMegabytes / readText))
        print("  (swift run -c release chronicle-bench reader)")
    }

    /// Reads the pages with libxml2 alone and with Chronicle, and prints both speeds.
    static func compare(_ name: String, _ pages: [[UInt8]]) {
        let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1_000_000
        var nodes = 0
        var characters = 0
        var parse = Double.infinity
        var read = Double.infinity
        // Interleaved, so that other work on a shared machine changes the ratio little.
        for _ in 0..<9 {
            parse = min(
                parse, cpuSeconds { nodes = pages.reduce(0) { $0 + LibXML.countHTMLNodes($1, encoding: "UTF-8") } })
            read = min(
                read,
                cpuSeconds {
                    characters = pages.reduce(0) { total, page in
                        total
                            + ((try? DocumentReader().read(bytes: page, id: "page", format: .html))?.text.utf8.count
                                ?? 0)
                    }
                })
        }
        print(
            String(
                format: "  %@: %d pages, %.1f MB, %d nodes, %.0f%% of it article text", name as NSString, pages.count,
                megabytes, nodes, 100 * Double(characters) / (megabytes * 1_000_000)))
        print(String(format: "    libxml2 parse alone  %6.1f MB/s", megabytes / parse))
        print(
            String(
                format: "    Chronicle HTML read  %6.1f MB/s  (%.0f%% of libxml2's speed)", megabytes / read,
                100 * parse / read))
    }

    static let hostile = Benchmark(name: "hostile") {
        let cases: [(String, () -> [UInt8], DocumentFormat)] = [
            ("100,000-deep <div> page", { deep(100_000) }, .html),
            ("100,000 unclosed <b><i>", { unclosed("<b><i>", 100_000) }, .html),
            ("100,000 nested <table><tr><td>", { unclosed("<table><tr><td>", 100_000) }, .html),
            ("100,000 nested <article><h1>", { unclosed("<article><h1>x", 100_000) }, .html),
            (
                "10 MB single-line text",
                { Array(String(repeating: "The envoy met Mr. Kim on 3 March 2021. ", count: 256_410).utf8) }, .text
            ),
            (
                "10 MB single-line HTML <p>",
                { Array(("<p>" + String(repeating: "harbour workers strike ", count: 434_783)).utf8) }, .html
            ),
            ("10 MB of \"a. \"", { Array(String(repeating: "a. ", count: 3_333_333).utf8) }, .text),
            ("10 MB Markdown of \"[\"", { [UInt8](repeating: UInt8(ascii: "["), count: 10_000_000) }, .markdown),
        ]
        print("hostile inputs: CPU seconds to read each, and the peak memory of a process that reads only it")
        fflush(nil)
        for (name, makeBytes, format) in cases {
            // Each case in a child process of its own, so that its peak memory is its own.
            let child = fork()
            if child == 0 {
                let bytes = makeBytes()
                var paragraphs = 0
                let seconds = cpuSeconds {
                    paragraphs =
                        (try? DocumentReader().read(bytes: bytes, id: "hostile", format: format))?.paragraphs.count
                        ?? -1
                }
                let label = name.padding(toLength: 32, withPad: " ", startingAt: 0)
                print(
                    String(
                        format: "  %@ %6.2f s  %5d MB peak  (%d paragraphs)", label, seconds, peakMegabytes(),
                        paragraphs))
                fflush(nil)
                _exit(0)
            }
            var status: Int32 = 0
            waitpid(child, &status, 0)
        }
        print("  (swift run -c release chronicle-bench hostile)")
    }

    /// CPU seconds this thread spends in `body`.
    static func cpuSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    static func deep(_ depth: Int) -> [UInt8] {
        Array(
            ("<html><body>" + String(repeating: "<div>", count: depth) + "Deep."
                + String(repeating: "</div>", count: depth) + "<p>After.</p>").utf8)
    }

    static func unclosed(_ unit: String, _ count: Int) -> [UInt8] {
        Array(("<html><body>" + String(repeating: unit, count: count) + "<p>After.</p>").utf8)
    }

    static func peakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}

/// Pages shaped like real ones, made from a seed so every run reads the same bytes.
enum SyntheticPage {
    static let sentences = [
        "Dock workers in the northern port walked off the job on Tuesday, saying they had not been paid since March.",
        "The ministry said on 3 May 2021 that repairs to the reservoir wall would cost 6.5 million dollars.",
        "Officials from the U.N. agency visited three districts and met Mr. Ortiz, the regional governor.",
        "“We have families to feed,” said a crane operator who has worked at the port for nineteen years.",
        "Between 2019 and 2022, researchers interviewed 112 fishers, five brokers and two former captains.",
        "The council voted to extend the bus route to the hospital, a decision that takes effect next month.",
        "Farmers queued at water trucks as the valley entered its third summer with almost no rain.",
        "A court ordered the employer to return the worker’s passport, which had been held for two years.",
    ]

    static func paragraph(_ seed: Int, _ index: Int) -> String {
        (0..<(3 + (seed + index) % 4)).map { sentences[(seed * 7 + index * 3 + $0) % sentences.count] }
            .joined(separator: " ")
    }

    /// A page that is nearly all article: the hardest case for Chronicle next to libxml2.
    static func news(seed: Int) -> [UInt8] {
        var html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story \(seed) | The Ledger</title>
            <meta property="og:title" content="Story \(seed)"><meta property="article:published_time" content="2023-05-\(10 + seed % 18)T06:30:00Z">
            <script>window.data = {"id": \(seed), "items": [1, 2, 3]};</script><style>body { margin: 0 }</style></head><body>
            <a class="skip-link" href="#main">Skip to main content</a>
            <div id="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
            <header class="site-header"><nav><ul>
            """
        for item in 0..<25 { html += "<li><a href=\"/section/\(item)\">Section \(item)</a></li>" }
        html +=
            "</ul></nav></header><div class=\"layout\"><main id=\"main\"><article class=\"story\"><header><h1>Story \(seed)</h1>"
        html +=
            "<p class=\"byline\">By A. Writer · <time datetime=\"2023-05-17\">17 May 2023</time></p></header><div class=\"story-body\">"
        for index in 0..<(30 + seed % 20) {
            if index % 9 == 8 { html += "<h2>Part \(index / 9)</h2>" }
            if index % 11 == 10 {
                html +=
                    "<ul><li>\(sentences[index % sentences.count])</li><li>\(sentences[(index + 1) % sentences.count])</li></ul>"
            }
            html +=
                "<p>\(paragraph(seed, index).replacingOccurrences(of: "ministry", with: "<a href=\"/m\">ministry</a>"))</p>\n"
            if index % 13 == 5 { html += "<div class=\"ad-slot\"><p>Advertisement</p></div>" }
        }
        html += "</div><footer><ul class=\"tags\"><li><a href=\"/t/1\">Labour</a></li></ul></footer></article></main>"
        html += "<aside class=\"sidebar\"><h2>Most read</h2><ol>"
        for item in 0..<10 {
            html +=
                "<li><a href=\"/s/\(item)\">\(sentences[item % sentences.count])</a> <time datetime=\"2023-04-0\(item % 9 + 1)\">April</time></li>"
        }
        html +=
            "</ol></aside></div><footer class=\"site-footer\"><p>© 2023 The Ledger. All rights reserved.</p></footer></body></html>"
        return Array(html.utf8)
    }

    /// A page as news sites serve it: inline scripts and styles, icon sprites, long menus,
    /// nested wrappers with many classes, share bars, teaser cards and a big footer around an
    /// article of 15 to 25 paragraphs.
    static func typical(seed: Int) -> [UInt8] {
        var html = "<!DOCTYPE html><html lang=\"en\" class=\"no-js theme-light\"><head><meta charset=\"utf-8\">"
        html += "<title>Story \(seed) | The Ledger</title><meta property=\"og:title\" content=\"Story \(seed)\">"
        html += "<meta property=\"article:published_time\" content=\"2023-05-17T06:30:00Z\">"
        html +=
            "<script>window.__CONFIG__ = {"
            + (0..<400).map { "\"flag\($0)\": \($0 % 3 == 0), \"key\($0)\": \"value-\($0)-\(seed)\"" }.joined(
                separator: ", ") + "};</script>"
        html +=
            "<style>"
            + (0..<300).map { ".c-\($0) { margin: \($0 % 7)px; color: #\(100 + $0 % 800); }" }.joined(separator: " ")
            + "</style></head>"
        html += "<body class=\"page page--article has-sidebar\"><svg style=\"display:none\">"
        for icon in 0..<30 {
            html +=
                "<symbol id=\"i\(icon)\" viewBox=\"0 0 24 24\"><path d=\"M\(icon) 2L\(icon + 3) 9 L2 \(icon)Z M4 4h16v16H4z\"/></symbol>"
        }
        html +=
            "</svg><div class=\"l-page\"><header class=\"c-header js-sticky\"><div class=\"c-header__inner\"><nav class=\"c-nav\"><ul class=\"c-nav__list\">"
        for item in 0..<60 {
            html +=
                "<li class=\"c-nav__item c-nav__item--\(item)\"><a class=\"c-nav__link\" href=\"/s/\(item)\"><svg class=\"icon\"><use href=\"#i\(item % 30)\"/></svg><span>Section \(item)</span></a></li>"
        }
        html +=
            "</ul></nav></div></header><main class=\"l-main\"><div class=\"l-container\"><div class=\"l-row\"><div class=\"l-col l-col--8\">"
        html +=
            "<article class=\"c-article\"><header class=\"c-article__header\"><h1 class=\"c-article__title\">Story \(seed)</h1>"
        html +=
            "<div class=\"c-byline\"><span class=\"c-byline__author\">A. Writer</span><time datetime=\"2023-05-17\">17 May 2023</time></div>"
        html +=
            "<div class=\"c-share\">"
            + (0..<6).map {
                "<a class=\"c-share__link\" href=\"#\"><svg><use href=\"#i\($0)\"/></svg><span class=\"u-sr-only\">Share \($0)</span></a>"
            }.joined() + "</div></header>"
        html += "<div class=\"c-article__body u-rich-text\">"
        for index in 0..<(15 + seed % 11) {
            html += "<div class=\"c-block c-block--text\"><p class=\"c-paragraph\">\(paragraph(seed, index))</p></div>"
            if index % 6 == 5 {
                html +=
                    "<div class=\"c-ad c-ad--inline\" data-slot=\"\(index)\"><div class=\"c-ad__label\">Advertisement</div><div id=\"ad-\(index)\"></div></div>"
            }
        }
        html += "</div></article></div><aside class=\"l-col l-col--4 c-rail\">"
        for card in 0..<10 {
            html +=
                "<div class=\"c-card\"><a href=\"/story/\(card)\" class=\"c-card__link\"><img src=\"/img/\(card).jpg\" alt=\"\" loading=\"lazy\"><h3 class=\"c-card__title\">\(sentences[card % sentences.count])</h3></a><time datetime=\"2023-04-0\(card % 9 + 1)\">April</time></div>"
        }
        html += "</aside></div></div></main><footer class=\"c-footer\"><div class=\"c-footer__links\">"
        for item in 0..<80 { html += "<a class=\"c-footer__link\" href=\"/f/\(item)\">Footer link \(item)</a> " }
        html += "</div><p>© 2023 The Ledger. All rights reserved.</p></footer></div>"
        html +=
            "<script>" + String(repeating: "(function(){var a=1;for(var i=0;i<10;i++){a+=i}})();", count: 150)
            + "</script></body></html>"
        return Array(html.utf8)
    }

    static func savedText(seed: Int) -> [UInt8] {
        var text = "Skip to main content\nMenu\nStory \(seed)\n\nBy A. Writer\nPublished: 17 May 2023\n\n"
        for index in 0..<(30 + seed % 20) { text += paragraph(seed, index) + "\n\n" }
        text += "Share this article\nLabour, Ports, Wages\n"
        return Array(text.utf8)
    }
}
