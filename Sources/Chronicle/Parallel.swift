import Foundation

/// Runs independent work (one document each) on several threads and keeps results in order, so
/// `--jobs` never changes what Chronicle writes.
public enum Parallel {
    /// The number of threads to use when the user names none: the cores available.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(0) … body(count - 1)` on up to `jobs` threads, returned in index order.
    ///
    /// With one job (or one item) everything runs on the calling thread.
    public static func map<T: Sendable>(_ count: Int, jobs: Int = defaultJobs, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs, count))
        if workers == 1 { return (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() { slots.store(body(index), at: index) }
        }
        return slots.collect()
    }

    /// Result slots written by several threads, each index by exactly one of them.
    private final class Slots<T>: @unchecked Sendable {
        private let storage: UnsafeMutablePointer<T?>
        private let count: Int
        private var next = 0
        private let lock = NSLock()

        init(count: Int) {
            self.count = count
            storage = UnsafeMutablePointer<T?>.allocate(capacity: count)
            storage.initialize(repeating: nil, count: count)
        }

        deinit {
            storage.deinitialize(count: count)
            storage.deallocate()
        }

        /// The next index nobody has claimed, or nil when all are taken.
        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ value: T, at index: Int) { storage[index] = value }

        /// Every result, in order; call once all workers have finished.
        func collect() -> [T] { (0..<count).map { storage[$0]! } }
    }
}
