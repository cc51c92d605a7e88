import Dispatch

/// Maps over an array on all cores, keeping the order. Each slot is written by exactly
/// one iteration, so the unsafe buffers need no lock.
public enum ParallelMap {
    public static func map<T: Sendable, R>(_ items: [T], parallel: Bool = true, _ transform: (T) -> R) -> [R] {
        if items.count <= 1 || !parallel { return items.map(transform) }
        // Results are written in place: no array of optionals to copy out of, which held
        // every result twice at the end of the map.
        return [R](unsafeUninitializedCapacity: items.count) { buffer, count in
            nonisolated(unsafe) let out = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let f = transform
                DispatchQueue.concurrentPerform(iterations: items.count) { i in
                    (out.baseAddress! + i).initialize(to: f(items[i]))
                }
            }
            count = items.count
        }
    }

    /// Maps over `items`, emptying it: each item is released as soon as its result is made,
    /// so the inputs (a document's text and analysis, say) and the results (its events)
    /// are not all held at once.
    public static func consume<T: Sendable, R>(_ items: inout [T], parallel: Bool = true,
                                               _ transform: (T) -> R) -> [R] {
        let n = items.count
        guard n > 0 else { return [] }
        // The array gives its items to a buffer of its own, each slot emptied by its iteration.
        let inputs = UnsafeMutablePointer<T>.allocate(capacity: n)
        defer { inputs.deallocate() }
        items.withUnsafeBufferPointer { inputs.initialize(from: $0.baseAddress!, count: n) }
        items = []
        nonisolated(unsafe) let source = inputs
        return [R](unsafeUninitializedCapacity: n) { buffer, count in
            nonisolated(unsafe) let out = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let f = transform
                nonisolated(unsafe) let one = { (i: Int) in
                    let item = (source + i).move()
                    (out.baseAddress! + i).initialize(to: f(item))
                }
                if n == 1 || !parallel {
                    for i in 0..<n { one(i) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: n) { i in one(i) }
                }
            }
            count = n
        }
    }
}
