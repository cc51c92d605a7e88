/// ASCII lower-casing of bytes and the lower-case words of a passage, without building
/// Strings on the hot path (substring search is `CuePhraseSet`'s).
enum LowercaseBytes {
    static func lowered(_ u: ArraySlice<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: u.count) { out, count in
            u.withUnsafeBufferPointer { source in
                for i in 0..<source.count { out[i] = source[i].asciiLowercased }
            }
            count = u.count
        }
    }

    /// Words of ASCII letters (and letters beyond ASCII), lower-cased, for cue-word look-up.
    /// Typographic punctuation (’ “ ” – — …) separates words like ASCII punctuation.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        eachWord(text) { bytes, _ in out.append(String(decoding: bytes, as: UTF8.self)) }
        return out
    }

    /// The words of `words(_:)`, as lower-case bytes with their `WordHash`, without a
    /// String or an array per word: classifying and comparing passages reads every word,
    /// and needs no more than its bytes. The bytes are valid only during the call of `body`.
    static func eachWord(_ text: String, _ body: (_ lower: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Void) {
        var text = text
        text.withUTF8 { u in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count + 1) { current in
                var length = 0
                var hash = WordHash.seed
                var i = 0
                let n = u.count
                while i < n {
                    var b = u[i]
                    b = b.asciiLowercased
                    // Letters, digits and bytes of other scripts; ’ “ ” – — … and the
                    // Latin-1 signs (C2 lead byte) separate words like ASCII punctuation.
                    if b.isASCIILower || b.isASCIIDigit || (b >= 0x80 && b != 0xE2 && b != 0xC2) {
                        current[length] = b
                        length += 1
                        hash = WordHash.adding(hash, b)
                        i += 1
                        continue
                    }
                    if length > 0 {
                        body(UnsafeBufferPointer(rebasing: current[0..<length]), hash)
                        length = 0
                        hash = WordHash.seed
                    }
                    i += b == 0xE2 ? 3 : b == 0xC2 ? 2 : 1
                }
                if length > 0 { body(UnsafeBufferPointer(rebasing: current[0..<length]), hash) }
            }
        }
    }
}
