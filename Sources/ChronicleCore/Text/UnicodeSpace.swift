/// White space beyond ASCII that news text carries (no-break spaces from web pages,
/// thin and ideographic spaces, line and paragraph separators), measured in bytes so
/// scanners can skip it without decoding.
enum UnicodeSpace {
    /// Byte length of the white-space character at `i` (LF included), or 0.
    @inline(__always)
    static func length(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = u[i]
        if b < 0x80 { return b.isASCIIWhitespace ? 1 : 0 }
        let n = u.count
        if b == 0xC2, i + 1 < n, u[i + 1] == 0xA0 { return 2 }            // U+00A0
        if b == 0xE2, i + 2 < n, u[i + 1] == 0x80 {
            let c = u[i + 2]
            // U+2000...U+200B spaces, U+2028/2029 separators, U+202F narrow no-break.
            if c <= 0x8B || c == 0xA8 || c == 0xA9 || c == 0xAF { return 3 }
        }
        if b == 0xE3, i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0x80 { return 3 }  // U+3000
        if b == 0xEF, i + 2 < n, u[i + 1] == 0xBB, u[i + 2] == 0xBF { return 3 }  // stray BOM
        return 0
    }

    /// Byte length of the white-space character ending just before `end`, or 0.
    @inline(__always)
    static func lengthBefore(_ u: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        guard end > 0 else { return 0 }
        let b = u[end - 1]
        if b < 0x80 { return b.isASCIIWhitespace ? 1 : 0 }
        if end >= 2, length(u, end - 2) == 2 { return 2 }
        if end >= 3, length(u, end - 3) == 3 { return 3 }
        return 0
    }
}
