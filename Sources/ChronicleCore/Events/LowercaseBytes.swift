/// Byte-level helpers for cue-phrase search: ASCII lower-casing and substring search,
/// without building Strings on the hot path.
enum LowercaseBytes {
    static func lowered(_ u: ArraySlice<UInt8>) -> [UInt8] {
        u.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
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
    /// String per word (building them was most of the cost of classifying and comparing
    /// passages).
    static func eachWord(_ text: String, _ body: (_ lower: [UInt8], _ hash: UInt64) -> Void) {
        // One flat loop with no local function: a nested `flush` capturing the buffer made
        // every append an exclusivity-checked access.
        let u = Array(text.utf8)
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var hash = WordHash.seed
        var i = 0
        while i <= u.count {
            let b: UInt8 = i < u.count ? u[i] : 0x20  // a space after the end ends the last word
            var step = 1
            var separator = false
            if b == 0xE2 || b == 0xC2 {
                separator = true
                step = b == 0xE2 ? 3 : 2
            } else if (b >= 97 && b <= 122) || b >= 0x80 || (b >= 48 && b <= 57) {
                current.append(b)
                hash = WordHash.adding(hash, b)
            } else if b >= 65 && b <= 90 {
                current.append(b + 32)
                hash = WordHash.adding(hash, b + 32)
            } else {
                separator = true
            }
            if separator && !current.isEmpty {
                body(current, hash)
                current.removeAll(keepingCapacity: true)
                hash = WordHash.seed
            }
            i += step
        }
    }
}
