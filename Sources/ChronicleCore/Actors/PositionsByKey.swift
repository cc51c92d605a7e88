/// A multimap from 64-bit keys (hashes) to positions in a list, filled and read in any
/// order: one flat table with a chain per slot. A `[UInt64: [Int]]` allocated an array for every
/// key, and a corpus's names make hundreds of thousands of keys.
struct PositionsByKey {
    private var heads: [Int32]
    private var mask: Int
    private var keys: [UInt64] = []
    private var positions: [Int32] = []
    private var next: [Int32] = []

    init(expectedCount: Int) {
        var size = 16
        while size < 2 * expectedCount { size *= 2 }
        heads = [Int32](repeating: -1, count: size)
        mask = size - 1
        keys.reserveCapacity(expectedCount)
        positions.reserveCapacity(expectedCount)
        next.reserveCapacity(expectedCount)
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Files `position` under `key`; the table grows as it fills.
    mutating func add(_ key: UInt64, _ position: Int) {
        if 2 * (keys.count + 1) > heads.count { regrow() }
        let s = slot(key)
        keys.append(key)
        positions.append(Int32(position))
        next.append(heads[s])
        heads[s] = Int32(keys.count - 1)
    }

    /// Appends to `out` the positions filed under `key` that are greater than `after`, in
    /// no particular order.
    func append(_ key: UInt64, after: Int, to out: inout [Int]) {
        var e = Int(heads[slot(key)])
        while e >= 0 {
            if keys[e] == key, Int(positions[e]) > after { out.append(Int(positions[e])) }
            e = Int(next[e])
        }
    }

    private mutating func regrow() {
        heads = [Int32](repeating: -1, count: 2 * heads.count)
        mask = heads.count - 1
        for e in keys.indices {
            let s = slot(keys[e])
            next[e] = heads[s]
            heads[s] = Int32(e)
        }
    }
}
