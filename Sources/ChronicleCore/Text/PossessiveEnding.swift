/// The "'s" of a possessive, with a straight or a curly apostrophe, as bytes: read where
/// the words' tokens do not say where it ends.
enum PossessiveEnding {
    /// The byte past "'s" or "’s" starting at `i`, nil when none starts there.
    static func end(_ utf8: [UInt8], at i: Int) -> Int? {
        if i + 1 < utf8.count, utf8[i] == UInt8(ascii: "'"), utf8[i + 1] == UInt8(ascii: "s") { return i + 2 }
        if i + 3 < utf8.count, utf8[i] == 0xE2, utf8[i + 1] == 0x80, utf8[i + 2] == 0x99,
           utf8[i + 3] == UInt8(ascii: "s") { return i + 4 }
        return nil
    }
}
