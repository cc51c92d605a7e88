/// The compiled lexicon: open addressing on the `WordHash` of a word itself, so a reader
/// that hashed the word while finding its end asks with one probe, and a miss (most
/// words) costs one or two compares of a machine word. Keys are the hashes alone: two
/// words of the lexicon sharing a 64-bit hash is as unlikely as in `WordSet`.
struct LexiconTable: Sendable {
    private let keys: [UInt64]
    private let values: [LexiconEntry]
    private let mask: Int

    init(_ entries: [UInt64: LexiconEntry]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [LexiconEntry](repeating: .unknown, count: size)
        for (k, v) in entries {
            var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = k
            values[slot] = v
        }
        self.keys = keys
        self.values = values
        mask = size - 1
    }

    @inline(__always)
    func find(_ hash: UInt64) -> LexiconEntry? {
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let key = keys[slot]
            if key == hash { return values[slot] }
            if key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
