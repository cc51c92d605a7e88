/// Text searched for case-insensitively, as `String.lowercased()` then `contains` find it.
/// An ASCII needle without line breaks is found in ASCII text byte for byte, which is
/// what makes a search of a large chronology quick; a line break may sit inside a "\r\n"
/// character, and other text lowers by Unicode's rules, so these take the slow way, unless
/// the bytes show the needle cannot be there (see `asciiContains`).
struct SearchNeedle: Sendable {
    let lowered: String
    private let plain: [UInt8]?

    init(_ text: String) {
        lowered = text.lowercased()
        let bytes = Array(lowered.utf8)
        plain = bytes.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D } ? bytes : nil
    }

    func found(in text: String) -> Bool {
        if let plain, let ascii = Self.asciiContains(text, plain) { return ascii }
        return text.lowercased().contains(lowered)
    }

    /// Whether `text`, lowered, holds `needle` (lower-case ASCII), read from its bytes; nil
    /// when only the slow way can tell. Lowering text that is not all ASCII gives ASCII
    /// letters only for its ASCII letters and for two characters, "İ" and the Kelvin sign "K"
    /// (every other character lowers to bytes of 0x80 and up), so without those two a needle
    /// absent from the bytes, ASCII letters lowered, is absent from the lowered text; one
    /// present there may still fall across a character's parts, which `contains` tells.
    private static func asciiContains(_ text: String, _ needle: [UInt8]) -> Bool? {
        var text = text
        return text.withUTF8 { hay -> Bool? in
            var found = needle.isEmpty
            var ascii = true
            var lowersToASCII = false
            for i in hay.indices {
                let b = hay[i]
                if b >= 0x80 {
                    ascii = false
                    // "İ" is C4 B0, the Kelvin sign E2 84 AA.
                    if b == 0xC4, i + 1 < hay.count, hay[i + 1] == 0xB0 { lowersToASCII = true }
                    if b == 0xE2, i + 2 < hay.count, hay[i + 1] == 0x84, hay[i + 2] == 0xAA { lowersToASCII = true }
                    continue
                }
                if !found && i + needle.count <= hay.count {
                    var k = 0
                    while k < needle.count, lower(hay[i + k]) == needle[k] { k += 1 }
                    found = k == needle.count
                }
            }
            if ascii { return found }
            return found || lowersToASCII ? nil : false
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
}
