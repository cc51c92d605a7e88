/// Byte-level helpers for cue-phrase search: ASCII lower-casing and substring search,
/// without building Strings on the hot path.
enum LowercaseBytes {
    static func lowered(_ u: ArraySlice<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: u.count) { out, count in
            u.withUnsafeBufferPointer { source in
                for i in 0..<source.count { out[i] = source[i].asciiLowercased }
            }
            count = u.count
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Words of ASCII letters (and letters beyond ASCII), lower-cased, for cue-word look-up.
    /// Typographic punctuation (’ “ ” – — …) separates words like ASCII punctuation.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        eachWord(text) { bytes, _ in out.append(String(decoding: bytes, as: UTF8.self)) }
        return out
    }

    /// The words of `words(_:)`, as lower-case bytes with their `WordHash`, without a
    /// String or an array per word (building them was most of the cost of classifying and
    /// comparing passages). The bytes are valid only during the call of `body`.
    static func eachWord(_ text: String, _ body: (_ lower: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Void) {
        var text = text
        text.withUTF8 { u in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count + 1) { current in
                var length = 0
                var hash = WordHash.seed
                var i = 0
                let n = u.count
                while i < n {
                    var b = u[i]
                    if b &- 65 < 26 { b |= 0x20 }
                    // Letters, digits and bytes of other scripts; ’ “ ” – — … and the
                    // Latin-1 signs (C2 lead byte) separate words like ASCII punctuation.
                    if b &- 97 < 26 || b &- 48 < 10 || (b >= 0x80 && b != 0xE2 && b != 0xC2) {
                        current[length] = b
                        length += 1
                        hash = WordHash.adding(hash, b)
                        i += 1
                        continue
                    }
                    if length > 0 {
                        body(UnsafeBufferPointer(rebasing: current[0..<length]), hash)
                        length = 0
                        hash = WordHash.seed
                    }
                    i += b == 0xE2 ? 3 : b == 0xC2 ? 2 : 1
                }
                if length > 0 { body(UnsafeBufferPointer(rebasing: current[0..<length]), hash) }
            }
        }
    }
}
