import Foundation
import Testing
@testable import ChronicleCore

/// Mapping on all cores keeps the order of the items, and a consuming map lets each item go.
@Suite struct ParallelMapTests {
    /// Counts its live instances, so a test can see when items are released.
    final class Tracked: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var live = 0
        let value: Int

        init(_ value: Int) {
            self.value = value
            Self.lock.lock()
            Self.live += 1
            Self.lock.unlock()
        }

        deinit {
            Self.lock.lock()
            Self.live -= 1
            Self.lock.unlock()
        }
    }

    @Test func mapKeepsTheOrderOnEveryCore() {
        for count in [0, 1, 2, 1000] {
            let items = Array(0..<count)
            #expect(ParallelMap.map(items) { $0 * 3 } == items.map { $0 * 3 })
            #expect(ParallelMap.map(items, parallel: false) { $0 * 3 } == items.map { $0 * 3 })
        }
    }

    @Test func consumeKeepsTheOrderAndEmptiesTheItems() {
        for parallel in [true, false] {
            var items = (0..<500).map { "item \($0)" }
            let lengths = ParallelMap.consume(&items, parallel: parallel) { $0.count }
            #expect(items.isEmpty)
            #expect(lengths == (0..<500).map { "item \($0)".count })
        }
        var none: [Int] = []
        #expect(ParallelMap.consume(&none) { $0 }.isEmpty)
    }

    @Test func consumeReleasesEachItemOnceItsResultIsMade() {
        var items = (0..<200).map { Tracked($0) }
        let values = ParallelMap.consume(&items) { $0.value }
        #expect(values == Array(0..<200))
        #expect(Tracked.live == 0)
        // A plain map leaves its items to the caller.
        let kept = (0..<10).map { Tracked($0) }
        withExtendedLifetime(kept) {
            _ = ParallelMap.map(kept) { $0.value }
            #expect(Tracked.live == 10)
        }
    }
}
