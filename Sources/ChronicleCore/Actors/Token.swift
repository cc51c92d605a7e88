/// One word of a text without its spelling: where it is, its shape, and the `WordHash` of
/// its lower-case form (the key of the lexicon and of word sets). The readers ask about
/// classes and shapes; the few rules that need a word's letters read them from the bytes,
/// so no String is made for every word.
struct Token: Hashable, Sendable {
    var range: ByteRange
    var lowerHash: UInt64
    /// The shape facts below, one bit each: a token stays four machine words long.
    private var flags: UInt16

    private enum Flag: UInt16 {
        case capitalized = 1, allCaps = 2, digit = 4, possessive = 8, breakBefore = 16, lineStart = 32
        case dotOnlyBefore = 64, afterStop = 128, ascii = 256, upper = 512, asciiLetters = 1024
    }

    init(range: ByteRange, lowerHash: UInt64, isCapitalized: Bool, isAllCaps: Bool, hasDigit: Bool,
         isPossessive: Bool, breakBefore: Bool, lineStart: Bool, dotOnlyBefore: Bool, afterStop: Bool,
         isASCII: Bool, hasUpper: Bool, isASCIILetters: Bool) {
        self.range = range
        self.lowerHash = lowerHash
        // One expression, no setter per flag: the scan makes a token for every word.
        let shape = Self.bit(isCapitalized, .capitalized) | Self.bit(isAllCaps, .allCaps) | Self.bit(hasDigit, .digit)
            | Self.bit(isPossessive, .possessive) | Self.bit(breakBefore, .breakBefore) | Self.bit(lineStart, .lineStart)
        flags = shape | Self.bit(dotOnlyBefore, .dotOnlyBefore) | Self.bit(afterStop, .afterStop)
            | Self.bit(isASCII, .ascii) | Self.bit(hasUpper, .upper) | Self.bit(isASCIILetters, .asciiLetters)
    }

    @inline(__always) private static func bit(_ on: Bool, _ flag: Flag) -> UInt16 { on ? flag.rawValue : 0 }

    private func has(_ flag: Flag) -> Bool { flags & flag.rawValue != 0 }

    private mutating func set(_ flag: Flag, _ on: Bool) {
        flags = on ? flags | flag.rawValue : flags & ~flag.rawValue
    }

    /// First letter upper case ("Kyiv", "NATO", "U.S.").
    var isCapitalized: Bool { get { has(.capitalized) } set { set(.capitalized, newValue) } }
    /// Two or more letters, all upper case ("NATO", "U.S."; "MoD" is not).
    var isAllCaps: Bool { get { has(.allCaps) } set { set(.allCaps, newValue) } }
    /// Contains a digit ("28th", "2025").
    var hasDigit: Bool { get { has(.digit) } set { set(.digit, newValue) } }
    /// Followed directly by a possessive `’s` / `'s` (which is not part of the word).
    var isPossessive: Bool { get { has(.possessive) } set { set(.possessive, newValue) } }
    /// Something other than spaces separates this word from the previous one (a comma,
    /// a quote, a bracket, a line break): names never run across it.
    var breakBefore: Bool { get { has(.breakBefore) } set { set(.breakBefore, newValue) } }
    /// The separator is a line break or the text start: a heading or caption may begin here.
    var lineStart: Bool { get { has(.lineStart) } set { set(.lineStart, newValue) } }
    /// The only separator before this word is one full stop ("Gov. Smith", "Lt. Gen."):
    /// after an abbreviated title it does not end the name.
    var dotOnlyBefore: Bool { get { has(.dotOnlyBefore) } set { set(.dotOnlyBefore, newValue) } }
    /// A sentence may start here: text start, a line break, or . ! ? : before the word.
    var afterStop: Bool { get { has(.afterStop) } set { set(.afterStop, newValue) } }
    /// Every byte of the word is ASCII: its lower case is its bytes lowered one by one.
    var isASCII: Bool { get { has(.ascii) } set { set(.ascii, newValue) } }
    /// The word holds an upper-case letter (an ASCII word without one is its own lower case).
    var hasUpper: Bool { get { has(.upper) } set { set(.upper, newValue) } }
    /// The word is ASCII letters and nothing else: no digit, joiner or dot ("Kyiv", not
    /// "U.S." or "O'Brien"), so a reader that splits words at anything but a letter finds
    /// it whole.
    var isASCIILetters: Bool { get { has(.asciiLetters) } set { set(.asciiLetters, newValue) } }

    /// The word as written.
    func text(_ utf8: [UInt8]) -> String {
        String(decoding: utf8[range.start..<range.end], as: UTF8.self)
    }

    /// The word in lower case, as `Word.lower` has it: an ASCII word is lowered byte by
    /// byte, others through `String.lowercased()`.
    func lower(_ utf8: [UInt8]) -> String {
        guard isASCII else { return text(utf8).lowercased() }
        let (start, length) = (range.start, range.length)
        return String(unsafeUninitializedCapacity: length) { buffer in
            for i in 0..<length { buffer[i] = utf8[start + i].asciiLowercased }
            return length
        }
    }

    /// Whether the word in lower case is `lower`. A different first letter or hash settles
    /// most words without reading their bytes.
    func spells(_ lower: String, in utf8: [UInt8]) -> Bool {
        // Lowering a word leaves an ASCII first letter first, lowered.
        let first = utf8[range.start]
        if first < 0x80, let f = lower.utf8.first, f != first.asciiLowercased { return false }
        return WordHash.of(lower) == lowerHash && lowerEquals(lower, in: utf8)
    }

    /// Whether the word in lower case is `lower`, byte for byte (for a caller that has
    /// compared the hashes already). Read in place up to the first byte that is not ASCII;
    /// such a word is lowered as a String.
    func lowerEquals(_ lower: String, in utf8: [UInt8]) -> Bool {
        guard isASCII else { return self.lower(utf8) == lower }
        let (start, length) = (range.start, range.length)
        guard lower.utf8.count == length else { return false }
        let equal = lower.utf8.withContiguousStorageIfAvailable { key -> Bool in
            for j in 0..<length where key[j] != utf8[start + j].asciiLowercased { return false }
            return true
        }
        return equal ?? (self.lower(utf8) == lower)
    }

    /// Whether the word in lower case ends with `suffix` (ASCII), read in place for an
    /// ASCII word.
    func lowerEnds(with suffix: String, in utf8: [UInt8]) -> Bool {
        guard isASCII else { return self.lower(utf8).hasSuffix(suffix) }
        let (start, end) = (range.start, range.end)
        let ends = suffix.utf8.withContiguousStorageIfAvailable { s -> Bool in
            guard s.count <= end - start else { return false }
            for k in 0..<s.count where utf8[end - s.count + k].asciiLowercased != s[k] { return false }
            return true
        }
        return ends ?? self.lower(utf8).hasSuffix(suffix)
    }

    /// Whether the word is written in lower case throughout: its text is its lower-case form.
    func isLowercase(in utf8: [UInt8]) -> Bool {
        isASCII ? !hasUpper : text(utf8) == lower(utf8)
    }

    /// The number of Characters of the word in lower case (its bytes, for an ASCII word).
    func lowerCount(_ utf8: [UInt8]) -> Int {
        isASCII ? range.length : lower(utf8).count
    }

    /// Whether the word's bytes hold `byte` (a hyphen, a dot).
    func contains(_ byte: UInt8, in utf8: [UInt8]) -> Bool {
        utf8[range.start..<range.end].contains(byte)
    }

    /// Whether the word is written exactly as `text`, case and all.
    func isWritten(_ text: String, in utf8: [UInt8]) -> Bool {
        let (start, length) = (range.start, range.length)
        let same = text.utf8.withContiguousStorageIfAvailable { t -> Bool in
            guard t.count == length else { return false }
            for k in 0..<length where utf8[start + k] != t[k] { return false }
            return true
        }
        return same ?? utf8[start..<start + length].elementsEqual(text.utf8)
    }

    /// The `WordHash` of the word as written (not lowered): the key of tables of exact spellings.
    func textHash(_ utf8: [UInt8]) -> UInt64 {
        var h = WordHash.seed
        for i in range.start..<range.end { h = WordHash.adding(h, utf8[i]) }
        return h
    }
}
