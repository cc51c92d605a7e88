/// A set of lower-case phrases found in one pass over a text: phrases are grouped by
/// their first byte, so each position of the text is compared only with the phrases
/// that could start there.
struct CuePhraseSet: Sendable {
    private var byFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)

    init(_ phrases: [String]) {
        for p in phrases {
            let bytes = Array(p.utf8)
            if let first = bytes.first { byFirstByte[Int(first)].append(bytes) }
        }
    }

    /// True when any phrase occurs in `text` (already lower-cased).
    func occurs(in text: [UInt8]) -> Bool {
        var i = 0
        while i < text.count {
            for phrase in byFirstByte[Int(text[i])] where i + phrase.count <= text.count {
                var k = 1
                while k < phrase.count && text[i + k] == phrase[k] { k += 1 }
                if k == phrase.count { return true }
            }
            i += 1
        }
        return false
    }
}
