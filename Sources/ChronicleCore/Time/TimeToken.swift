/// One token of the time tagger's byte-level tokenizer.
struct TimeToken: Sendable, Equatable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// First letter upper case.
        static let capitalized = Flags(rawValue: 1 << 0)
        /// Every letter upper case (headlines, "EST").
        static let allCaps = Flags(rawValue: 1 << 1)
        /// A number written with an ordinal suffix: "17th".
        static let ordinalSuffix = Flags(rawValue: 1 << 2)
        /// A number written with a plural "s": "1990s".
        static let pluralS = Flags(rawValue: 1 << 3)
        /// The token took the abbreviation dot after it: "Dec.", "a.m.".
        static let abbreviationDot = Flags(rawValue: 1 << 4)
        /// Whitespace separates it from the previous token.
        static let spaceBefore = Flags(rawValue: 1 << 5)
        /// A line break lies between it and the previous token.
        static let lineBefore = Flags(rawValue: 1 << 6)
        /// A blank line lies between it and the previous token.
        static let paragraphBefore = Flags(rawValue: 1 << 7)
        /// A number with a thousands separator or decimal part glued to it ("1,400", "3.5").
        static let numberGroup = Flags(rawValue: 1 << 8)
        /// A sentence starts at this token.
        static let sentenceStart = Flags(rawValue: 1 << 9)
        /// A lower-case word outside the lexicon ending in "-ed": most often a past tense.
        static let edForm = Flags(rawValue: 1 << 10)
        /// A number with one decimal point and two decimals ("7.08"), which `v` holds.
        static let twoDecimals = Flags(rawValue: 1 << 11)
        /// A past form that does not end in "-ed" ("said", "met", "fell"): a word of the
        /// lexicon's `pastVerb` class that the time words do not claim and that is no
        /// `ambiguousPast` ("cut", "bid").
        static let pastForm = Flags(rawValue: 1 << 12)
        /// A word of the grammar (the lexicon's `grammarWord` class): "the", "it", "with", "could".
        static let grammarWord = Flags(rawValue: 1 << 13)
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    var cls: LexClass
    /// Lexical value (see `LexClass`), the punctuation byte for punct tokens, the two
    /// decimals of a `twoDecimals` number.
    var v: Int16
    /// Numeric value of a number token (capped), digit count in `digits`.
    var num: Int32
    var digits: UInt8
    var flags: Flags

    @inline(__always) func keyword(_ k: Keyword) -> Bool { cls == .keyword && v == k.rawValue }
    @inline(__always) func punct(_ c: UInt8) -> Bool { kind == .punct && v == Int16(c) }
    @inline(__always) var isCapitalized: Bool { flags.contains(.capitalized) }
    @inline(__always) var spaced: Bool { flags.contains(.spaceBefore) }
    var length: Int { Int(end - start) }
}
