import ChronicleText
import ChronicleTimeline
import Foundation

/// Writes the page around the chart.
struct HTMLPage {
    let timeline: Timeline
    let layout: ChartLayout
    let largePrint: Bool
    var options = ChartOptions()

    func write(chart: String) -> String {
        var w = MarkupWriter(capacity: chart.utf8.count + timeline.events.count * 900 + 16_384)
        w.trusted("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        w.trusted("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        w.trusted("<meta name=\"color-scheme\" content=\"light dark\">\n")
        w.trusted(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src \(HTMLPageAssets.scriptHash); base-uri 'none'; form-action 'none'\">\n"
        )
        w.trusted("<meta name=\"generator\" content=\"Chronicle\">\n<title>")
        w.text(timeline.title)
        w.trusted("</title>\n<style>\n")
        w.trusted(HTMLPageAssets.style)
        w.trusted(
            HTMLPageAssets.pageRules(page: options.page ?? timeline.presentation.page, vertical: layout.isVertical))
        w.trusted(HTMLPageAssets.categoryRules(layout.categories))
        w.trusted("figure.chart{max-width:\(Decimal.format(layout.width + 2))px}\n")
        w.trusted("</style>\n</head>\n<body>\n")
        w.trusted("<a class=\"skip\" href=\"#events\">Skip to the list of events</a>\n")
        // The switch comes first: checked, it sets everything after it in large print.
        w.trusted("<input type=\"checkbox\" id=\"large-print\"")
        if largePrint { w.trusted(" checked") }
        w.trusted(">\n")
        header(&w)
        w.trusted("<main>\n<figure class=\"chart\">\n")
        w.trusted(chart)
        caption(&w)
        w.trusted("</figure>\n")
        events(&w)
        notes(&w)
        sources(&w)
        w.trusted("</main>\n<footer><p>Made with Chronicle.")
        if !timeline.warnings.isEmpty {
            w.trusted(
                " The build noted \(timeline.warnings.count) \(timeline.warnings.count == 1 ? "warning" : "warnings") for the writer."
            )
        }
        w.trusted("</p></footer>\n<script>")
        w.trusted(HTMLPageAssets.script)
        w.trusted("</script>\n</body>\n</html>\n")
        return w.output
    }

    private func header(_ w: inout MarkupWriter) {
        // The switch's label sits at the top right of the header; the box itself is hidden
        // visually but keeps the keyboard focus, which the label shows.
        w.trusted("<header>\n<label class=\"large-print\" for=\"large-print\">Large print</label>\n<h1 dir=\"auto\">")
        w.text(timeline.title)
        w.trusted("</h1>\n")
        if let subtitle = timeline.subtitle, !subtitle.isEmpty {
            w.trusted("<p class=\"subtitle\" dir=\"auto\">")
            w.text(subtitle)
            w.trusted("</p>\n")
        }
        w.trusted("<p class=\"meta\">")
        w.text(TimelineCounts.text(timeline))
        w.trusted("</p>\n</header>\n")
    }

    private func caption(_ w: inout MarkupWriter) {
        var parts = ["Chart of the events listed below."]
        let report = layout.report
        if report.numbered > 0 {
            parts.append("Numbered markers match the numbers of the list.")
        }
        if !report.markerOnly.isEmpty {
            let count = report.markerOnly.count
            parts.append(
                "\(count == 1 ? "1 event has" : "\(count) events have") no room for a label on the chart; the list has them all."
            )
        }
        w.trusted("<figcaption>")
        w.text(parts.joined(separator: " "))
        w.trusted("</figcaption>\n")
    }

    private func events(_ w: inout MarkupWriter) {
        w.trusted("<section id=\"events\" aria-labelledby=\"events-heading\">\n")
        // On paper the header is left out (the chart page carries the title): repeat it here.
        w.trusted("<p class=\"print-only print-title\">")
        w.text(timeline.title)
        w.trusted("</p>\n<h2 id=\"events-heading\">Events</h2>\n")
        // Filters, shown by the script; hidden (and harmless) without it.
        w.trusted("<div class=\"tools\" id=\"tools\" hidden>\n")
        w.trusted(
            "<label>Search <input type=\"search\" id=\"search\" autocomplete=\"off\" aria-describedby=\"shown\"></label>\n"
        )
        if layout.categories.count > 1 {
            w.trusted("<fieldset><legend>Categories</legend>\n")
            for (index, category) in layout.categories.enumerated() {
                w.trusted("<label><input type=\"checkbox\" checked")
                w.attribute("data-category", category.id)
                w.trusted("> <span class=\"cat c\(index)\">")
                w.text(category.name)
                w.trusted("</span></label>\n")
            }
            w.trusted("</fieldset>\n")
        } else if let only = layout.categories.first {
            w.trusted("<input type=\"checkbox\" checked hidden")
            w.attribute("data-category", only.id)
            w.trusted(">\n")
        }
        w.trusted("<p class=\"count\" id=\"shown\" role=\"status\"></p>\n</div>\n")

        let categoryIndex = Dictionary(
            layout.categories.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var note = 0
        for period in Periods(timeline.events).periods {
            let headingID = "p-\(period.events.lowerBound + 1)"
            w.trusted("<section class=\"period\" aria-labelledby=\"\(headingID)\">\n<h3 id=\"\(headingID)\">")
            w.text(period.heading)
            w.trusted("</h3>\n<ol class=\"events\" start=\"\(period.events.lowerBound + 1)\">\n")
            for index in period.events {
                event(index, category: categoryIndex[timeline.events[index].category] ?? 0, note: &note, into: &w)
            }
            w.trusted("</ol>\n</section>\n")
        }
        w.trusted("</section>\n")
    }

    private func event(_ index: Int, category: Int, note: inout Int, into w: inout MarkupWriter) {
        let event = timeline.events[index]
        w.trusted("<li class=\"event\" id=\"e-\(index + 1)\"")
        w.attribute("data-category", event.category)
        w.trusted(">\n<p class=\"when\">")
        HTMLDates.write(event.date, into: &w)
        if layout.categories.count > 1 {
            w.trusted("<span class=\"cat c\(category)\">")
            w.text(layout.categories[category].name)
            w.trusted("</span>")
        }
        w.trusted("</p>\n<p class=\"what\" dir=\"auto\">")
        w.text(event.title)
        if let link = event.link {
            if let safe = SafeURL.web(link) {
                w.trusted(" <a")
                w.attribute("href", safe)
                w.trusted(" rel=\"noopener noreferrer\">(source)</a>")
            }
        }
        if !event.citations.isEmpty {
            w.trusted("<sup>")
            for (offset, _) in event.citations.enumerated() {
                note += 1
                if offset > 0 { w.trusted(",") }
                w.trusted("<a href=\"#n-\(note)\" id=\"r-\(note)\" aria-label=\"note \(note)\">\(note)</a>")
            }
            w.trusted("</sup>")
        }
        w.trusted("</p>\n")
        let summary = event.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if !summary.isEmpty, summary != event.title, !event.citations.contains(where: { $0.quote == event.summary }) {
            w.trusted("<p class=\"about\" dir=\"auto\">")
            w.text(summary)
            w.trusted("</p>\n")
        }
        w.trusted("</li>\n")
    }

    private func notes(_ w: inout MarkupWriter) {
        guard timeline.events.contains(where: { !$0.citations.isEmpty }) else { return }
        let sourceNumbers = Dictionary(
            timeline.sources.enumerated().map { ($0.element.id, $0.offset + 1) },
            uniquingKeysWith: { first, _ in first })
        w.trusted("<section id=\"notes\" aria-labelledby=\"notes-heading\">\n<h2 id=\"notes-heading\">Notes</h2>\n")
        w.trusted("<ol class=\"notes\">\n")
        var note = 0
        for (index, event) in timeline.events.enumerated() {
            for citation in event.citations {
                note += 1
                w.trusted(
                    "<li id=\"n-\(note)\"><a class=\"back\" href=\"#r-\(note)\" aria-label=\"back to event \(index + 1)\">\u{21A9}</a>"
                )
                if let number = sourceNumbers[citation.sourceID], let source = timeline.source(citation.sourceID) {
                    w.trusted("<cite><a href=\"#s-\(number)\">")
                    w.text(source.displayName)
                    w.trusted("</a></cite>")
                    if let date = SourceDates.short(source) {
                        w.trusted(", ")
                        w.text(date)
                    }
                } else {
                    w.trusted("<cite>")
                    w.text(citation.sourceID)
                    w.trusted("</cite>")
                }
                if !citation.quote.isEmpty {
                    w.trusted(": <q dir=\"auto\">")
                    w.text(citation.quote)
                    w.trusted("</q>")
                }
                w.trusted("</li>\n")
            }
        }
        w.trusted("</ol>\n</section>\n")
    }

    private func sources(_ w: inout MarkupWriter) {
        guard !timeline.sources.isEmpty else { return }
        w.trusted(
            "<section id=\"sources\" aria-labelledby=\"sources-heading\">\n<h2 id=\"sources-heading\">Sources</h2>\n")
        w.trusted("<ol class=\"sources\">\n")
        for (offset, source) in timeline.sources.enumerated() {
            w.trusted("<li id=\"s-\(offset + 1)\" dir=\"auto\">")
            w.trusted("<cite>")
            w.text(source.displayName)
            w.trusted("</cite>")
            if let title = source.title, title != source.displayName {
                w.trusted(", \u{201C}")
                w.text(title)
                w.trusted("\u{201D}")
            }
            if let date = SourceDates.full(source) {
                w.trusted(", ")
                w.text(date)
            }
            if let url = source.url {
                w.trusted(" \u{2014} ")
                if let safe = SafeURL.web(url) {
                    w.trusted("<a")
                    w.attribute("href", safe)
                    w.trusted(" rel=\"noopener noreferrer\">")
                    w.text(url)
                    w.trusted("</a>")
                } else {
                    w.text(url)
                }
            } else if let path = source.path {
                w.trusted(" \u{2014} ")
                w.text(path)
            }
            w.trusted("</li>\n")
        }
        w.trusted("</ol>\n</section>\n")
    }
}
