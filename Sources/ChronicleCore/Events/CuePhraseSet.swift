/// A set of lower-case phrases found in one pass over a text: a bit per pair of opening
/// bytes rejects most positions with one test, and the phrases that open with a byte are
/// compared only where that pair occurs.
struct CuePhraseSet: Sendable {
    private var byFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)
    /// Bit `first << 8 | second` is set when a phrase opens with those two bytes (a
    /// one-byte phrase sets every `second`).
    private var openingPairs = [UInt64](repeating: 0, count: 1024)

    init(_ phrases: [String]) {
        for p in phrases {
            let bytes = Array(p.utf8)
            guard let first = bytes.first else { continue }
            byFirstByte[Int(first)].append(bytes)
            for second in bytes.count > 1 ? Int(bytes[1])...Int(bytes[1]) : 0...255 {
                let pair = Int(first) << 8 | second
                openingPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
    }

    /// True when any phrase occurs in `text` (already lower-cased).
    func occurs(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { t in
            openingPairs.withUnsafeBufferPointer { pairs in
                let n = t.count
                for i in 0..<n {
                    let pair = Int(t[i]) << 8 | (i + 1 < n ? Int(t[i + 1]) : 0)
                    guard i + 1 == n || pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
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
