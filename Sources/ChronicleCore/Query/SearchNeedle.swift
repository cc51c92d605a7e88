/// Text searched for case-insensitively, as `String.lowercased()` then `contains` find it.
/// An ASCII needle without line breaks is found in ASCII text byte for byte, which is
/// what makes a search of a large chronology quick; a line break may sit inside a "\r\n"
/// character, and other text lowers by Unicode's rules, so these take the slow way.
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

    /// Whether ASCII `text`, lowered, holds `needle` (lower-case ASCII); nil when `text` is
    /// not all ASCII.
    private static func asciiContains(_ text: String, _ needle: [UInt8]) -> Bool? {
        var text = text
        return text.withUTF8 { hay -> Bool? in
            var found = needle.isEmpty
            for i in hay.indices {
                if hay[i] >= 0x80 { return nil }
                if !found && i + needle.count <= hay.count {
                    var k = 0
                    while k < needle.count, lower(hay[i + k]) == needle[k] { k += 1 }
                    found = k == needle.count
                }
            }
            return found
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
}
