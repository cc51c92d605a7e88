/// A set of lower-case words, asked about a `Token` by the hash the scanner gave it (see
/// `WordHash`), or about a String.
struct LowerWordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: WordTable<Bool>

    init(minimumCapacity: Int = 8) { table = WordTable(minimumCapacity: minimumCapacity) }

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.init()
        for w in words { insert(w) }
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// Whether the token's lower-case form is in the set.
    func contains(_ token: Token, in utf8: [UInt8]) -> Bool {
        table.find(hash: token.lowerHash) { token.lowerEquals($0, in: utf8) } != nil
    }

    /// Adds the token's lower-case form; most words inserted are there already, and a
    /// look-up makes no String.
    mutating func insert(_ token: Token, in utf8: [UInt8]) {
        if !contains(token, in: utf8) { table.set(token.lower(utf8), hash: token.lowerHash, true) }
    }

    func contains(_ lower: String) -> Bool { table.find(lower, hash: WordHash.of(lower)) != nil }

    /// Whether the word spelled by these lower-case bytes (whose hash is `hash`) is in the set.
    func contains<Bytes: Collection<UInt8>>(bytes: Bytes, hash: UInt64) -> Bool { table.find(bytes: bytes, hash: hash) != nil }

    mutating func insert(_ lower: String) { table.set(lower, true) }
}
