/// A map from lower-case words (or any Strings) to values, probed with the hash a `Token`
/// carries or the `WordHash` of the key (open addressing, linear probing). Keys are
/// compared as Strings, so a look-up answers as a `[String: Value]` would for the same
/// spelling; only the hash is cheaper.
struct WordTable<Value: Sendable>: Sendable {
    private var slots: [Int32]
    private var mask: Int
    private(set) var keys: [String] = []
    private var hashes: [UInt64] = []
    private(set) var values: [Value] = []

    init(minimumCapacity: Int = 8) {
        var size = 16
        while size < 2 * minimumCapacity { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        // A size asked for is a size expected: the entry arrays then never regrow on the
        // way (the default, for tables that may stay empty, allocates nothing more).
        if minimumCapacity > 8 {
            keys.reserveCapacity(minimumCapacity)
            hashes.reserveCapacity(minimumCapacity)
            values.reserveCapacity(minimumCapacity)
        }
    }

    var count: Int { keys.count }

    @inline(__always) private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// The entry number of `key` (whose hash is `hash`), if present.
    func find(_ key: String, hash: UInt64) -> Int? {
        var s = slot(hash)
        while true {
            let e = Int(slots[s])
            if e < 0 { return nil }
            if hashes[e] == hash && keys[e] == key { return e }
            s = (s + 1) & mask
        }
    }

    /// The entry number of the word spelled by `bytes` (lower case), if present.
    func find<Bytes: Collection<UInt8>>(bytes: Bytes, hash: UInt64) -> Int? {
        var s = slot(hash)
        while true {
            let e = Int(slots[s])
            if e < 0 { return nil }
            if hashes[e] == hash && keys[e].utf8.elementsEqual(bytes) { return e }
            s = (s + 1) & mask
        }
    }

    /// The entry number of a word whose hash is `hash`, if present and `same` accepts its key.
    func find(hash: UInt64, where same: (String) -> Bool) -> Int? {
        var s = slot(hash)
        while true {
            let e = Int(slots[s])
            if e < 0 { return nil }
            if hashes[e] == hash && same(keys[e]) { return e }
            s = (s + 1) & mask
        }
    }

    subscript(lower: String) -> Value? { find(lower, hash: WordHash.of(lower)).map { values[$0] } }

    /// Sets the value of `key`; returns its entry number.
    @discardableResult
    mutating func set(_ key: String, hash: UInt64, _ value: Value) -> Int {
        if let e = find(key, hash: hash) {
            values[e] = value
            return e
        }
        keys.append(key)
        hashes.append(hash)
        values.append(value)
        if 2 * keys.count > slots.count { rehash(size: 2 * slots.count) } else { place(keys.count - 1) }
        return keys.count - 1
    }

    mutating func set(_ lower: String, _ value: Value) { set(lower, hash: WordHash.of(lower), value) }

    /// Changes the value of entry `e` in place (an array value grows without a copy).
    mutating func update(entry e: Int, _ body: (inout Value) -> Void) { body(&values[e]) }

    private mutating func place(_ entry: Int) {
        var s = slot(hashes[entry])
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(entry)
    }

    private mutating func rehash(size: Int) {
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for e in keys.indices { place(e) }
    }
}
