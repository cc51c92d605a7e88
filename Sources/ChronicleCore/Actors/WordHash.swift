/// FNV-1a over the UTF-8 bytes of a word's lower-case form. The scanner computes it once
/// per word while it reads the bytes, so each lexicon or vocabulary look-up afterwards is
/// a probe and one compare instead of hashing a String again with SipHash.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func adding(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of the lower-case word these bytes spell.
    @inline(__always) static func of<Bytes: Sequence<UInt8>>(bytes lower: Bytes) -> UInt64 {
        var h = seed
        for b in lower { h = adding(h, b) }
        return h
    }

    /// The hash of a word already in lower case.
    static func of(_ lower: String) -> UInt64 {
        var text = lower  // withUTF8 reads the bytes in place; iterating `utf8` is slower
        return text.withUTF8 { bytes in
            var h = seed
            for b in bytes { h = adding(h, b) }
            return h
        }
    }
}
