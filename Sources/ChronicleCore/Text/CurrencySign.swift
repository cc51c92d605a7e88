/// The signs written before an amount of money, in a text's bytes: `$`, `£`, `€` and `¥`.
enum CurrencySign {
    /// Whether such a sign starts at byte `start`.
    static func starts(_ utf8: [UInt8], at start: Int) -> Bool {
        guard start < utf8.count else { return false }
        let b = utf8[start]
        if b == ASCII.dollar { return true }
        guard start + 1 < utf8.count else { return false }
        // "£" is C2 A3, "¥" C2 A5, "€" E2 82 AC.
        if b == 0xC2 { return utf8[start + 1] == 0xA3 || utf8[start + 1] == 0xA5 }
        return b == 0xE2 && start + 2 < utf8.count && utf8[start + 1] == 0x82 && utf8[start + 2] == 0xAC
    }
}
