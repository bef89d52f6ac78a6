/// Moving the body of a chart (legend, lanes, axis, marks, key) up or down the page; the header
/// and the footer stay where they are.
extension ChartLayout {
    /// The chart with everything between the header and the footer `dy` px lower.
    func withBodyMovedDown(by dy: Double) -> ChartLayout {
        guard dy != 0 else { return self }
        func point(_ p: Point) -> Point { Point(x: p.x, y: p.y + dy) }
        func rect(_ r: Rect) -> Rect { Rect(x: r.x, y: r.y + dy, width: r.width, height: r.height) }
        func text(_ line: TextLine) -> TextLine {
            var moved = line
            moved.y += dy
            return moved
        }
        var moved = self
        moved.legend = legend.map { LegendItem(kind: $0.kind, symbol: point($0.symbol), label: text($0.label)) }
        moved.plot = rect(plot)
        moved.lanes = lanes.map { lane in
            var copy = lane
            copy.rect = rect(lane.rect)
            if !isVertical { copy.baseline += dy }
            copy.name = lane.name.map(text)
            return copy
        }
        moved.axis = Axis(
            lines: axis.lines.map { (point($0.0), point($0.1)) },
            ticks: axis.ticks.map {
                Axis.Tick(position: point($0.position), label: $0.label.map(text), context: $0.context.map(text))
            },
            gridlines: axis.gridlines.map { (point($0.0), point($0.1)) },
            breaks: axis.breaks.map { (center: point($0.center), leftOut: $0.leftOut) })
        moved.marks = marks.map { mark in
            var copy = mark
            copy.marker = point(mark.marker)
            copy.extent = mark.extent.map(rect)
            copy.bar = mark.bar.map(rect)
            copy.label = mark.label.map { label in
                Label(
                    box: rect(label.box), lines: label.lines.map { (origin: point($0.origin), line: $0.line) },
                    stem: label.stem.map(point))
            }
            copy.number = mark.number.map { Number(value: $0.value, box: rect($0.box), stem: $0.stem.map(point)) }
            return copy
        }
        moved.keyHeading = keyHeading.map(text)
        moved.key = key.map { entry in
            var copy = entry
            copy.pill = rect(entry.pill)
            copy.origin = point(entry.origin)
            return copy
        }
        return moved
    }
}
