/// One word of a text without its spelling: where it is, its shape, and the `WordHash` of
/// its lower-case form (the key of the lexicon and of word sets). The readers after the
/// actors ask about classes and shapes; the few rules that need a word's letters read them
/// from the bytes, so no String is made for every word.
struct Token: Hashable, Sendable {
    var range: ByteRange
    var lowerHash: UInt64
    /// The shape facts of `Word`, with the same meanings.
    var isCapitalized: Bool
    var isAllCaps: Bool
    var hasDigit: Bool
    var isPossessive: Bool
    var breakBefore: Bool
    var lineStart: Bool
    var dotOnlyBefore: Bool
    var afterStop: Bool

    /// The word as written.
    func text(_ utf8: [UInt8]) -> String {
        String(decoding: utf8[range.start..<range.end], as: UTF8.self)
    }

    /// The word in lower case, as `Word.lower` has it.
    func lower(_ utf8: [UInt8]) -> String {
        let bytes = utf8[range.start..<range.end]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text(utf8).lowercased() }
        return String(decoding: bytes.lazy.map(\.asciiLowercased), as: UTF8.self)
    }

    /// Whether the word in lower case is `lower`, read in place for an ASCII word.
    func spells(_ lower: String, in utf8: [UInt8]) -> Bool {
        let bytes = utf8[range.start..<range.end]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return self.lower(utf8) == lower }
        return lower.utf8.elementsEqual(bytes.lazy.map(\.asciiLowercased))
    }

    /// Whether the word in lower case ends with `suffix`, read in place for an ASCII word.
    func lowerEnds(with suffix: String, in utf8: [UInt8]) -> Bool {
        let bytes = utf8[range.start..<range.end]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return lower(utf8).hasSuffix(suffix) }
        return bytes.suffix(suffix.utf8.count).lazy.map(\.asciiLowercased).elementsEqual(suffix.utf8)
    }
}
