import Chronicle
import Testing

@Suite struct ParallelTests {
    @Test func keepsResultsInIndexOrder() {
        let squares = Parallel.map(1_000, jobs: 4) { $0 * $0 }
        #expect(squares == (0..<1_000).map { $0 * $0 })
    }

    @Test func runsEveryIndexOnceWithMoreJobsThanItems() {
        #expect(Parallel.map(3, jobs: 16) { $0 + 1 } == [1, 2, 3])
        #expect(Parallel.map(0, jobs: 4) { $0 }.isEmpty)
    }
}
