import Testing

@testable import ChronicleRender

@Suite struct LabelPlacerTests {
    let placer = LabelPlacer(bounds: 0...1000)

    @Test func packsALabelAgainstItsStemInTheNearestFreeSlot() {
        var slots = LabelSlots(count: 3)
        let first = placer.place(anchor: 100, length: 80, span: 1, packed: [-2], leaders: true, in: &slots)
        #expect(first == LabelPlacer.Placement(slot: 0, low: 98, high: 178, isLeader: false))
        // Same spot: the next label goes up a slot, its stem passing the first label's side.
        let second = placer.place(anchor: 140, length: 80, span: 1, packed: [-2], leaders: false, in: &slots)
        #expect(second == nil)  // its stem would cross the first label
        let third = placer.place(anchor: 90, length: 80, span: 1, packed: [-2], leaders: false, in: &slots)
        #expect(third?.slot == 1)
    }

    @Test func movesALabelWithALeaderWhenNoPackedPlaceFits() {
        var slots = LabelSlots(count: 1)
        _ = placer.place(anchor: 100, length: 80, span: 1, packed: [-2], leaders: true, in: &slots)
        let moved = placer.place(anchor: 120, length: 60, span: 1, packed: [-2], leaders: true, in: &slots)
        #expect(moved == nil)  // a leader from 120 runs through the first box
        let beside = placer.place(anchor: 200, length: 60, span: 1, packed: [-60], leaders: true, in: &slots)
        #expect(beside?.isLeader == true)
        #expect((beside?.low ?? 0) >= 200)
    }

    @Test func avoidsCoveringMarkersThatStillWaitForALabel() {
        var slots = LabelSlots(count: 4)
        var pending = PendingAnchors([100, 150])
        pending.remove(0)
        let placer = LabelPlacer(bounds: 0...1000, roomBelow: 2)
        let placement = placer.place(
            anchor: 100, length: 120, span: 1, packed: [-2], leaders: false, pending: pending, in: &slots)
        // Slot 0 or 1 would cover the marker at 150; slot 2 leaves it two slots.
        #expect(placement?.slot == 2)
    }

    @Test func countsWaitingMarkersInAStretch() {
        var pending = PendingAnchors([5, 1, 3, 3, 9])
        #expect(pending.count(0, 10) == 5)
        #expect(pending.count(3, 9) == 1)
        pending.remove(0)
        #expect(pending.count(4, 6) == 0)
        #expect(pending.count(2, 4) == 2)
    }

    @Test func mergesTakenStretches() {
        var stretches = LabelSlots.Stretches()
        stretches.take(10, 20)
        stretches.take(30, 40)
        stretches.take(18, 32)
        #expect(stretches.starts == [10] && stretches.ends == [40])
        #expect(stretches.isFree(40, 50))
        #expect(!stretches.isFree(39, 50))
        #expect(stretches.isFree(0, 10))
    }

    @Test func splitsRowsBetweenLanesInProportionToDemand() {
        #expect(ChartBuilder.allocate(10, demand: [2, 2], minimum: 2) == [2, 2])
        #expect(ChartBuilder.allocate(10, demand: [12, 4], minimum: 2) == [7, 3])
        #expect(ChartBuilder.allocate(3, demand: [5, 5, 5], minimum: 2) == [1, 1, 1])
    }
}
