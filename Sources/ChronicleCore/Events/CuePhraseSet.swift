/// A set of lower-case phrases found in one pass over a text: a bit per pair of opening
/// bytes rejects most positions with one test, and the phrases that open with a byte are
/// compared only where that pair occurs.
struct CuePhraseSet: Sendable {
    private var byFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)
    /// Bit `first << 8 | second` is set when a phrase opens with those two bytes (a
    /// one-byte phrase sets every `second`).
    private var openingPairs = [UInt64](repeating: 0, count: 1024)
    /// Bit `tripleBit` of the three opening bytes of each phrase of three bytes or more:
    /// common pairs ("re" of "were" and "more") pass the pair test, and most of them fail
    /// this one.
    private var openingTriples = [UInt64](repeating: 0, count: 1024)
    /// The first bytes of phrases shorter than three bytes, which have no triple to test.
    private var shortPhraseFirst = [Bool](repeating: false, count: 256)

    init(_ phrases: [String]) {
        for p in phrases {
            let bytes = Array(p.utf8)
            guard let first = bytes.first else { continue }
            byFirstByte[Int(first)].append(bytes)
            for second in bytes.count > 1 ? Int(bytes[1])...Int(bytes[1]) : 0...255 {
                let pair = Int(first) << 8 | second
                openingPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            if bytes.count >= 3 {
                let bit = Self.tripleBit(bytes[0], bytes[1], bytes[2])
                openingTriples[bit >> 6] |= 1 << UInt64(bit & 63)
            } else {
                shortPhraseFirst[Int(first)] = true
            }
        }
    }

    /// A bit of 65,536 for three bytes (a multiplicative hash: the filter only needs every
    /// phrase's own bit set).
    @inline(__always) private static func tripleBit(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let key = UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
        return Int((key &* 2_654_435_761) >> 16)
    }

    /// True when any phrase occurs in `text` (already lower-cased).
    func occurs(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { t in
            openingPairs.withUnsafeBufferPointer { pairs in
                let n = t.count
                for i in 0..<n {
                    let pair = Int(t[i]) << 8 | (i + 1 < n ? Int(t[i + 1]) : 0)
                    guard i + 1 == n || pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                    if i + 2 < n, !shortPhraseFirst[Int(t[i])] {
                        let bit = Self.tripleBit(t[i], t[i + 1], t[i + 2])
                        guard openingTriples[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                    }
                    for phrase in byFirstByte[Int(t[i])] where i + phrase.count <= n {
                        var k = 1
                        while k < phrase.count && t[i + k] == phrase[k] { k += 1 }
                        if k == phrase.count { return true }
                    }
                }
                return false
            }
        }
    }
}
