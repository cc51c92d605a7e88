import Dispatch

/// Maps over an array on all cores, keeping the order. Each slot is written by exactly
/// one iteration, so the unsafe buffer needs no lock.
public enum ParallelMap {
    public static func map<T: Sendable, R>(_ items: [T], parallel: Bool = true, _ transform: (T) -> R) -> [R] {
        if items.count <= 1 || !parallel { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let f = transform
                DispatchQueue.concurrentPerform(iterations: items.count) { i in
                    out[i] = f(items[i])
                }
            }
        }
        return results.map { $0! }
    }
}
