/// Words no person's name is made of: a model's code of letters and digits ("A321neo",
/// "X200") and a coined brand word with a capital inside ("SpendingPulse", "AppleInsider").
/// A name holding one, with nothing else to say what it is, is a product's.
extension DocumentScan {
    /// "Airbus A321neo", "Velo X200 Max": a word of letters and digits in a name. An
    /// ordinal ("28th") is no code.
    func isModelCode(_ w: Token) -> Bool {
        guard w.hasDigit, !isOrdinal(w) else { return false }
        return utf8[w.range.start..<w.range.end].contains { $0.isASCIILetter }
    }

    /// "SpendingPulse", "AppleInsider", "PowerPoint": a capital after two or more lower-case
    /// letters inside a word, unless they are a surname's prefix (lexicon class
    /// `surnamePrefix`: "McDonald", "DeSantis", "LaGuardia").
    func isCoinedWord(_ w: Token) -> Bool {
        guard w.isASCII, w.isCapitalized, !w.isAllCaps else { return false }
        var k = w.range.start + 1
        while k < w.range.end, WordScanner.isLowerASCII(utf8[k]) { k += 1 }
        guard k < w.range.end, k - w.range.start >= 3, WordScanner.isUpperASCII(utf8[k]) else { return false }
        let prefix = utf8[w.range.start..<k].lazy.map { $0.asciiLowercased }
        return !lexicon.classes(lowerBytes: prefix).contains(.surnamePrefix)
    }

    /// Whether the name `start..<stop` holds a model's code or a coined word.
    func namesAThing(_ start: Int, _ stop: Int) -> Bool {
        (start..<stop).contains { isModelCode(words[$0]) || isCoinedWord(words[$0]) }
    }
}
