/// The `text` and `lower` Strings of each spelling already met in one scan, found again by
/// the word's bytes. A news text repeats its words (and "the", "said", the names most of
/// all), and making a String from bytes checks them as UTF-8 each time: a look-up here
/// and a byte compare cost a fraction of that.
struct SpellingCache {
    private struct Entry {
        var start: Int
        var length: Int
        var text: String
        var lower: String
        var lowerHash: UInt64
        var probe: UInt64
    }

    private var slots: [Int32]
    private var mask: Int
    private var entries: [Entry] = []

    init(expectedWords: Int) {
        var size = 64
        while size < expectedWords { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        entries.reserveCapacity(size / 2)
    }

    @inline(__always) private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// The Strings of the spelling `u[start..<end]` (whose bytes gave `hash`), if met before.
    @inline(__always) func spelling(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64)
        -> (text: String, lower: String, lowerHash: UInt64)? {
        let length = end - start
        var s = slot(hash &+ UInt64(length))
        while true {
            let e = Int(slots[s])
            if e < 0 { return nil }
            if entries[e].length == length && sameBytes(u, entries[e].start, start, length) {
                return (entries[e].text, entries[e].lower, entries[e].lowerHash)
            }
            s = (s + 1) & mask
        }
    }

    /// Keeps the Strings of a spelling `spelling(...)` did not find.
    @inline(__always) mutating func insert(_ start: Int, _ end: Int, hash: UInt64,
                         _ made: (text: String, lower: String, lowerHash: UInt64)) {
        let length = end - start
        let probe = hash &+ UInt64(length)
        var s = slot(probe)
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(entries.count)
        entries.append(Entry(start: start, length: length, text: made.text, lower: made.lower,
                             lowerHash: made.lowerHash, probe: probe))
        if 2 * entries.count > slots.count { rehash() }
    }

    @inline(__always) private func sameBytes(_ u: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ n: Int) -> Bool {
        var k = 0
        while k < n {
            if u[a + k] != u[b + k] { return false }
            k += 1
        }
        return true
    }

    /// Doubles the slots; entries keep their numbers.
    private mutating func rehash() {
        let size = 2 * slots.count
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for e in entries.indices {
            var s = slot(entries[e].probe)
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(e)
        }
    }
}
