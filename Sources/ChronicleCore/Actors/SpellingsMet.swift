/// The lower-case spellings of some of one document's words, each kept as the place of a
/// word that spells it: asking whether a word's spelling was met makes no String, and two
/// words are compared in the text (open addressing on the hash a `Token` carries).
/// It answers as a `LowerWordSet` of the same words would.
struct SpellingsMet {
    private let words: [Token]
    /// A word's index, or -1 for an empty slot.
    private var slots: [Int32]
    private var mask: Int
    private var count = 0

    init(_ words: [Token], expectedCount: Int) {
        self.words = words
        var size = 16
        while size < 2 * expectedCount { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// Whether the spelling of `token`, a word of `utf8`, was met.
    func contains(_ token: Token, in utf8: [UInt8]) -> Bool {
        var s = slot(token.lowerHash)
        while true {
            let e = Int(slots[s])
            if e < 0 { return false }
            if words[e].lowerHash == token.lowerHash && Self.sameLower(words[e], token, utf8) { return true }
            s = (s + 1) & mask
        }
    }

    /// Notes the spelling of `words[k]`.
    mutating func insert(_ k: Int, in utf8: [UInt8]) {
        if contains(words[k], in: utf8) { return }
        if 2 * (count + 1) > slots.count { regrow() }
        var s = slot(words[k].lowerHash)
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(k)
        count += 1
    }

    private mutating func regrow() {
        let old = slots
        slots = [Int32](repeating: -1, count: old.count * 2)
        mask = slots.count - 1
        for e in old where e >= 0 {
            var s = slot(words[Int(e)].lowerHash)
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = e
        }
    }

    /// Whether the two words are one spelling in lower case: byte by byte when both are
    /// ASCII, as Strings otherwise (as `Token.lowerEquals` compares).
    private static func sameLower(_ a: Token, _ b: Token, _ utf8: [UInt8]) -> Bool {
        guard a.isASCII && b.isASCII else { return a.lower(utf8) == b.lower(utf8) }
        let length = a.range.length
        guard b.range.length == length else { return false }
        let (x, y) = (a.range.start, b.range.start)
        for i in 0..<length where utf8[x + i].asciiLowercased != utf8[y + i].asciiLowercased { return false }
        return true
    }
}
