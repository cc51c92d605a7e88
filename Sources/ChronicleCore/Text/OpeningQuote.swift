/// The marks that open a quotation, in a text's bytes: `"` and `“`, and with `singles` `'`
/// and `‘` too. A straight mark opens or closes; the caller's place in the text tells which.
enum OpeningQuote {
    /// Whether such a mark starts at byte `start`.
    static func starts(_ utf8: [UInt8], at start: Int, singles: Bool = false) -> Bool {
        guard start < utf8.count else { return false }
        let b = utf8[start]
        if b == UInt8(ascii: "\"") || (singles && b == UInt8(ascii: "'")) { return true }
        return start + 2 < utf8.count && b == 0xE2 && utf8[start + 1] == 0x80
            && (utf8[start + 2] == 0x9C || (singles && utf8[start + 2] == 0x98))
    }

    /// Whether such a mark ends just before byte `end`.
    static func ends(_ utf8: [UInt8], before end: Int, singles: Bool = false) -> Bool {
        guard end >= 1, end <= utf8.count else { return false }
        let b = utf8[end - 1]
        if b == UInt8(ascii: "\"") || (singles && b == UInt8(ascii: "'")) { return true }
        return end >= 3 && starts(utf8, at: end - 3, singles: singles)
    }
}
