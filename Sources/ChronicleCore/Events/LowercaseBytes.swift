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
        var current: [UInt8] = []
        let u = Array(text.utf8)
        var i = 0
        func flush() {
            if !current.isEmpty {
                out.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        while i < u.count {
            let b = u[i]
            if b == 0xE2 || b == 0xC2 {
                flush()
                i += b == 0xE2 ? 3 : 2
                continue
            }
            if (b >= 97 && b <= 122) || b >= 0x80 || (b >= 48 && b <= 57) {
                current.append(b)
            } else if b >= 65 && b <= 90 {
                current.append(b + 32)
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
    }
}
