import ChronicleTimeline

/// Writes a ``ChartLayout`` as SVG markup: presentation attributes only (no CSS, no script), so
/// the file looks the same in browsers, librsvg, Inkscape and Illustrator.
///
/// Reading order follows the document: title, subtitle and counts, legend, the events in date
/// order (each a list item named by its `<title>`), the key, the sources. The axis, gridlines and
/// lane bands are `aria-hidden`.
struct ChartDrawing {
    let layout: ChartLayout
    let timeline: Timeline
    /// Inside an HTML page: no XML declaration, and the chart is one image whose content the
    /// page's event list repeats in full.
    let isInline: Bool

    private var palette: ChartPalette { layout.palette }
    private static let stemColor = "#8C8C8C"

    func svg() -> String {
        var w = MarkupWriter(capacity: 512 + layout.marks.count * 420)
        if !isInline { w.trusted("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
        w.trusted("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
        if !isInline { w.trusted(" version=\"1.1\"") }
        if let physical = layout.physicalSize, !isInline {
            w.attribute("width", physical.width)
            w.attribute("height", physical.height)
        } else if !isInline {
            w.attribute("width", layout.width)
            w.attribute("height", layout.height)
        }
        w.trusted(" viewBox=\"0 0 \(Decimal.format(layout.width)) \(Decimal.format(layout.height))\"")
        if isInline {
            w.trusted(" class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" aria-describedby=\"chart-desc\"")
        } else {
            w.trusted(" role=\"document\" aria-labelledby=\"chart-title\" aria-describedby=\"chart-desc\"")
        }
        w.trusted(" font-family=\"sans-serif\">\n")
        w.trusted("<title id=\"chart-title\">")
        w.text(timeline.title)
        w.trusted("</title>\n<desc id=\"chart-desc\">")
        var summary = layout.summary
        if let subtitle = timeline.subtitle { summary = "\(subtitle). \(summary)" }
        if isInline { summary += " The list below gives every event with its sources." }
        w.text(summary)
        w.trusted("</desc>\n")
        definitions(&w)
        w.trusted("<rect width=\"100%\" height=\"100%\" fill=\"\(palette.background)\" aria-hidden=\"true\"/>\n")
        texts(layout.header, into: &w, group: "header")
        legend(&w)
        lanes(&w)
        grid(&w)
        stems(&w)
        events(&w)
        axis(&w)
        key(&w)
        texts(layout.footer, into: &w, group: "footer")
        w.trusted("</svg>\n")
        return w.output
    }

    // MARK: - Definitions

    private func definitions(_ w: inout MarkupWriter) {
        w.trusted("<defs>\n")
        for (index, category) in layout.categories.enumerated() {
            let style = category.style
            let shape = style.shape.path
            w.trusted(
                "<path id=\"m\(index)\" d=\"\(shape)\" fill=\"\(style.color)\" stroke=\"\(palette.ink)\" stroke-width=\"0.9\"/>\n"
            )
            w.trusted(
                "<path id=\"a\(index)\" d=\"\(shape)\" fill=\"\(palette.background)\" stroke=\"\(style.color)\" stroke-width=\"1.6\" stroke-dasharray=\"2.2 1.6\"/>\n"
            )
            w.trusted("<pattern id=\"p\(index)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
            if style.pattern == .solid {
                w.trusted("<rect width=\"6\" height=\"6\" fill=\"\(style.color)\" fill-opacity=\"0.8\"/>")
            } else {
                w.trusted("<rect width=\"6\" height=\"6\" fill=\"\(style.color)\" fill-opacity=\"0.3\"/>")
                w.trusted(
                    "<path d=\"\(style.pattern.tile)\" stroke=\"\(style.color)\" stroke-width=\"1.3\" fill=\"\(style.color)\"/>"
                )
            }
            w.trusted("</pattern>\n")
        }
        // Fades for approximate ends, along the time axis.
        let direction =
            layout.isVertical ? "x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"" : "x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\""
        let fades: [(String, [(String, String)])] = [
            ("both", [("0", "0"), ("0.35", "1"), ("0.65", "1"), ("1", "0")]),
            ("start", [("0", "0"), ("0.3", "1"), ("1", "1")]),
            ("end", [("0", "1"), ("0.7", "1"), ("1", "0")]),
        ]
        for (name, stops) in fades {
            w.trusted("<linearGradient id=\"g-\(name)\" \(direction)>")
            for (offset, opacity) in stops {
                w.trusted("<stop offset=\"\(offset)\" stop-color=\"#FFFFFF\" stop-opacity=\"\(opacity)\"/>")
            }
            w.trusted("</linearGradient>\n")
            w.trusted(
                "<mask id=\"fade-\(name)\" maskContentUnits=\"objectBoundingBox\"><rect width=\"1\" height=\"1\" fill=\"url(#g-\(name))\"/></mask>\n"
            )
        }
        w.trusted("</defs>\n")
    }

    // MARK: - Blocks

    private func texts(_ lines: [ChartLayout.TextLine], into w: inout MarkupWriter, group: String) {
        guard !lines.isEmpty else { return }
        w.trusted("<g class=\"\(group)\">\n")
        for line in lines { text(line, into: &w) }
        w.trusted("</g>\n")
    }

    private func text(_ line: ChartLayout.TextLine, into w: inout MarkupWriter, hidden: Bool = false) {
        w.trusted("<text")
        w.attribute("x", line.x)
        w.attribute("y", line.y)
        w.attribute("font-size", line.size)
        if line.isBold { w.trusted(" font-weight=\"bold\"") }
        if line.anchor != .start { w.trusted(" text-anchor=\"\(line.anchor.rawValue)\"") }
        w.trusted(" fill=\"\(line.tone == .ink ? palette.ink : palette.muted)\"")
        if hidden { w.trusted(" aria-hidden=\"true\"") }
        w.trusted(">")
        w.text(line.text)
        w.trusted("</text>\n")
    }

    private func legend(_ w: inout MarkupWriter) {
        guard !layout.legend.isEmpty else { return }
        w.trusted("<g class=\"legend\" role=\"list\" aria-label=\"Legend\">\n")
        for item in layout.legend {
            w.trusted("<g role=\"listitem\">")
            let center = item.symbol
            switch item.kind {
            case .category(let index):
                use("m\(index)", at: center, into: &w)
            case .period:
                rect(
                    .init(x: center.x - 11, y: center.y - 3, width: 22, height: ChartMetrics.bar), into: &w,
                    fill: palette.muted, extra: " fill-opacity=\"0.55\" aria-hidden=\"true\"")
            case .approximate:
                rect(
                    .init(x: center.x - 11, y: center.y - 4, width: 22, height: 8), into: &w, fill: palette.muted,
                    extra:
                        " fill-opacity=\"0.45\" stroke=\"\(palette.muted)\" stroke-dasharray=\"3 2\" mask=\"url(#fade-both)\" aria-hidden=\"true\""
                )
                w.trusted(
                    "<circle cx=\"\(Decimal.format(center.x))\" cy=\"\(Decimal.format(center.y))\" r=\"4\" fill=\"\(palette.background)\" stroke=\"\(palette.ink)\" stroke-width=\"1.4\" stroke-dasharray=\"2.2 1.6\" aria-hidden=\"true\"/>"
                )
            case .numbered:
                break
            }
            text(item.label, into: &w)
            w.trusted("</g>\n")
        }
        w.trusted("</g>\n")
    }

    private func lanes(_ w: inout MarkupWriter) {
        w.trusted("<g class=\"lanes\" aria-hidden=\"true\">\n")
        for lane in layout.lanes {
            if lane.isShaded { rect(lane.rect, into: &w, fill: palette.band) }
            if layout.isVertical, layout.lanes.count > 1 {
                use("m\(lane.category)", at: .init(x: lane.baseline, y: lane.rect.y + 8), into: &w)
            }
            if let name = lane.name { text(name, into: &w) }
        }
        // The marker lines.
        w.trusted("<path stroke=\"\(palette.grid)\" stroke-width=\"1\" fill=\"none\" d=\"")
        for lane in layout.lanes {
            if layout.isVertical {
                w.trusted(
                    "M\(Decimal.format(lane.baseline)) \(Decimal.format(lane.rect.y + 18))V\(Decimal.format(lane.rect.maxY))"
                )
            } else {
                w.trusted(
                    "M\(Decimal.format(lane.rect.x)) \(Decimal.format(lane.baseline))H\(Decimal.format(lane.rect.maxX))"
                )
            }
        }
        w.trusted("\"/>\n</g>\n")
    }

    private func grid(_ w: inout MarkupWriter) {
        guard !layout.axis.gridlines.isEmpty || !layout.axis.breaks.isEmpty else { return }
        w.trusted("<g class=\"grid\" aria-hidden=\"true\">\n")
        if !layout.axis.gridlines.isEmpty {
            w.trusted("<path stroke=\"\(palette.grid)\" stroke-width=\"0.6\" fill=\"none\" d=\"")
            for (from, to) in layout.axis.gridlines { segment(from, to, into: &w) }
            w.trusted("\"/>\n")
        }
        for (center, leftOut) in layout.axis.breaks {
            // A band across the lanes where time is left out.
            let band: ChartLayout.Rect =
                layout.isVertical
                ? .init(x: center.x, y: center.y - 6, width: layout.plot.maxX - center.x, height: 12)
                : .init(x: center.x - 6, y: layout.plot.y, width: 12, height: center.y - layout.plot.y)
            w.trusted("<g><title>")
            w.text(leftOut)
            w.trusted("</title>")
            rect(band, into: &w, fill: palette.background)
            w.trusted(
                "<path stroke=\"\(palette.muted)\" stroke-width=\"0.8\" stroke-dasharray=\"3 3\" fill=\"none\" d=\"")
            if layout.isVertical {
                w.trusted(
                    "M\(Decimal.format(band.x)) \(Decimal.format(band.y + 2))H\(Decimal.format(band.maxX))M\(Decimal.format(band.x)) \(Decimal.format(band.maxY - 2))H\(Decimal.format(band.maxX))"
                )
            } else {
                w.trusted(
                    "M\(Decimal.format(band.x + 2)) \(Decimal.format(band.y))V\(Decimal.format(band.maxY))M\(Decimal.format(band.maxX - 2)) \(Decimal.format(band.y))V\(Decimal.format(band.maxY))"
                )
            }
            w.trusted("\"/></g>\n")
        }
        w.trusted("</g>\n")
    }

    /// Every stem and leader, under all markers: a leader that passes another lane's marker
    /// goes behind it.
    private func stems(_ w: inout MarkupWriter) {
        guard layout.marks.contains(where: { !($0.label?.stem.isEmpty ?? true) || !($0.number?.stem.isEmpty ?? true) })
        else { return }
        w.trusted(
            "<path class=\"stems\" stroke=\"\(ChartDrawing.stemColor)\" stroke-width=\"0.8\" fill=\"none\" aria-hidden=\"true\" d=\""
        )
        for mark in layout.marks {
            for points in [mark.label?.stem ?? [], mark.number?.stem ?? []] where !points.isEmpty {
                for (offset, point) in points.enumerated() {
                    w.trusted(offset == 0 ? "M" : "L")
                    w.trusted("\(Decimal.format(point.x)) \(Decimal.format(point.y))")
                }
            }
        }
        w.trusted("\"/>\n")
    }

    private func events(_ w: inout MarkupWriter) {
        w.trusted(
            "<g class=\"events\" role=\"list\" aria-label=\"Events in date order\" font-size=\"\(Decimal.format(ChartMetrics.labelSize))\" fill=\"\(palette.ink)\">\n"
        )
        for mark in layout.marks { event(mark, into: &w) }
        w.trusted("</g>\n")
    }

    private func event(_ mark: ChartLayout.Mark, into w: inout MarkupWriter) {
        let style = layout.categories[mark.category].style
        w.trusted("<g role=\"listitem\"><title>")
        w.text(mark.description)
        w.trusted("</title>")
        if let extent = mark.extent {
            let fade = mark.isApproximate ? " stroke-dasharray=\"3 2\" mask=\"url(#fade-both)\"" : ""
            rect(
                extent, into: &w, fill: style.color,
                extra: " fill-opacity=\"0.3\" stroke=\"\(style.color)\" stroke-width=\"1\"\(fade)")
        }
        if let bar = mark.bar {
            var extra = " stroke=\"\(style.color)\" stroke-width=\"0.8\""
            switch (mark.fadesStart, mark.fadesEnd) {
            case (true, true): extra += " stroke-dasharray=\"3 2\" mask=\"url(#fade-both)\""
            case (true, false): extra += " mask=\"url(#fade-start)\""
            case (false, true): extra += " mask=\"url(#fade-end)\""
            case (false, false): break
            }
            rect(bar, into: &w, fill: "url(#p\(mark.category))", extra: extra)
        }
        use(mark.isApproximate ? "a\(mark.category)" : "m\(mark.category)", at: mark.marker, into: &w)
        if let label = mark.label {
            rect(label.box, into: &w, fill: palette.halo, extra: " fill-opacity=\"0.9\" aria-hidden=\"true\"")
            for (origin, line) in label.lines {
                w.trusted(
                    "<text x=\"\(Decimal.format(origin.x))\" y=\"\(Decimal.format(origin.y))\" aria-hidden=\"true\">")
                if !line.bold.isEmpty {
                    w.trusted("<tspan font-weight=\"bold\">")
                    w.text(line.bold)
                    w.trusted("</tspan>")
                }
                w.text(line.regular)
                w.trusted("</text>")
            }
        }
        if let number = mark.number, number.box.width > 0 {
            pill(number.value, in: number.box, into: &w)
        }
        w.trusted("</g>\n")
    }

    private func axis(_ w: inout MarkupWriter) {
        let axis = layout.axis
        w.trusted("<g class=\"axis\" aria-hidden=\"true\">\n")
        w.trusted("<path stroke=\"\(palette.rule)\" stroke-width=\"1\" fill=\"none\" d=\"")
        for (from, to) in axis.lines { segment(from, to, into: &w) }
        for tick in axis.ticks {
            let p = tick.position
            if layout.isVertical {
                w.trusted("M\(Decimal.format(p.x - 5)) \(Decimal.format(p.y))H\(Decimal.format(p.x))")
            } else {
                w.trusted("M\(Decimal.format(p.x)) \(Decimal.format(p.y))V\(Decimal.format(p.y + 5))")
            }
        }
        w.trusted("\"/>\n")
        for (center, _) in axis.breaks {
            // Two slanted strokes across a gap in the axis line.
            let c = center
            if layout.isVertical {
                rect(.init(x: c.x - 7, y: c.y - 5, width: 14, height: 10), into: &w, fill: palette.background)
                w.trusted(
                    "<path stroke=\"\(palette.rule)\" stroke-width=\"1.2\" fill=\"none\" d=\"M\(Decimal.format(c.x - 7)) \(Decimal.format(c.y - 1))L\(Decimal.format(c.x + 7)) \(Decimal.format(c.y - 5))M\(Decimal.format(c.x - 7)) \(Decimal.format(c.y + 5))L\(Decimal.format(c.x + 7)) \(Decimal.format(c.y + 1))\"/>\n"
                )
            } else {
                rect(.init(x: c.x - 5, y: c.y - 7, width: 10, height: 14), into: &w, fill: palette.background)
                w.trusted(
                    "<path stroke=\"\(palette.rule)\" stroke-width=\"1.2\" fill=\"none\" d=\"M\(Decimal.format(c.x - 5)) \(Decimal.format(c.y + 7))L\(Decimal.format(c.x - 1)) \(Decimal.format(c.y - 7))M\(Decimal.format(c.x + 1)) \(Decimal.format(c.y + 7))L\(Decimal.format(c.x + 5)) \(Decimal.format(c.y - 7))\"/>\n"
                )
            }
        }
        for tick in axis.ticks {
            if let label = tick.label { text(label, into: &w) }
            if let context = tick.context { text(context, into: &w) }
        }
        w.trusted("</g>\n")
    }

    private func key(_ w: inout MarkupWriter) {
        guard let heading = layout.keyHeading, !layout.key.isEmpty else { return }
        w.trusted("<g class=\"key\">\n")
        text(heading, into: &w)
        w.trusted(
            "<g role=\"list\" aria-label=\"Numbered events\" font-size=\"\(Decimal.format(ChartMetrics.keySize))\" fill=\"\(palette.ink)\">\n"
        )
        for entry in layout.key {
            w.trusted("<g role=\"listitem\">")
            pill(entry.number, in: entry.pill, into: &w)
            w.trusted("<text x=\"\(Decimal.format(entry.origin.x))\" y=\"\(Decimal.format(entry.origin.y))\">")
            if !entry.line.bold.isEmpty {
                w.trusted("<tspan font-weight=\"bold\">")
                w.text(entry.line.bold)
                w.trusted("</tspan>")
            }
            w.text(entry.line.regular)
            w.trusted("</text></g>\n")
        }
        w.trusted("</g>\n</g>\n")
    }

    // MARK: - Pieces

    private func use(_ id: String, at point: ChartLayout.Point, into w: inout MarkupWriter) {
        w.trusted(
            "<use xlink:href=\"#\(id)\" x=\"\(Decimal.format(point.x))\" y=\"\(Decimal.format(point.y))\" aria-hidden=\"true\"/>"
        )
    }

    private func rect(_ rect: ChartLayout.Rect, into w: inout MarkupWriter, fill: String, extra: String = "") {
        w.trusted(
            "<rect x=\"\(Decimal.format(rect.x))\" y=\"\(Decimal.format(rect.y))\" width=\"\(Decimal.format(rect.width))\" height=\"\(Decimal.format(rect.height))\" fill=\"\(fill)\"\(extra)/>"
        )
    }

    private func segment(_ from: ChartLayout.Point, _ to: ChartLayout.Point, into w: inout MarkupWriter) {
        w.trusted(
            "M\(Decimal.format(from.x)) \(Decimal.format(from.y))L\(Decimal.format(to.x)) \(Decimal.format(to.y))")
    }

    private func pill(_ number: Int, in box: ChartLayout.Rect, into w: inout MarkupWriter) {
        w.trusted(
            "<rect x=\"\(Decimal.format(box.x))\" y=\"\(Decimal.format(box.y))\" width=\"\(Decimal.format(box.width))\" height=\"\(Decimal.format(box.height))\" rx=\"6.5\" fill=\"\(palette.ink)\"/>"
        )
        w.trusted(
            "<text x=\"\(Decimal.format(box.x + box.width / 2))\" y=\"\(Decimal.format(box.y + 9.8))\" font-size=\"\(Decimal.format(ChartMetrics.numberSize))\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"\(palette.background)\">\(number)</text>"
        )
    }
}
