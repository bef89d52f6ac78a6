import Testing

@testable import ChronicleRender

@Suite struct LabelColumnTests {
    let column = LabelColumn(bounds: 0...100)

    func item(_ top: Double, _ height: Double = 10) -> LabelColumn.Item {
        LabelColumn.Item(desiredTop: top, height: height)
    }

    @Test func leavesLabelsThatDoNotCollideWhereTheyWantToBe() {
        #expect(column.place([item(5), item(40), item(80)]) == [5, 40, 80])
    }

    @Test func spreadsACrowdAroundItsMiddleKeepingTheOrder() {
        // Three labels that all want 40: the middle one stays, the others move out evenly.
        #expect(column.place([item(40), item(40), item(40)]) == [30, 40, 50])
        // A crowd at the foot of the column is pushed up, not out.
        let tops = column.place([item(20), item(95), item(95), item(95)])
        #expect(tops == [20, 70, 80, 90])
    }

    @Test func neverOverlapsAndStaysInside() {
        let items = (0..<9).map { item(Double($0 * 3), Double(5 + $0 % 4)) }
        let tops = column.place(items)!
        for (index, top) in tops.enumerated() {
            #expect(top >= 0 && top + items[index].height <= 100.000_001)
            if index > 0 { #expect(top >= tops[index - 1] + items[index - 1].height - 1e-9) }
        }
    }

    @Test func refusesLabelsTallerThanTheColumn() {
        #expect(column.place(Array(repeating: item(0, 30), count: 4)) == nil)
        #expect(column.place([]) == [])
    }
}
