/// What naming an actor asks of a spelling (its words, its case, an apostrophe), read
/// from the bytes of a name in plain ASCII, where no grapheme joins a space or an
/// apostrophe to its neighbours and the byte answers are the Character answers. Nil for
/// any other name: those are read by Character.
struct PlainName {
    /// Words between spaces, as `split(separator: " ").count` counts them.
    var wordCount = 0
    var firstIsUpper = false
    var hasSpace = false
    var hasApostrophe = false
    var hasLower = false

    init?(_ text: String) {
        var inWord = false
        for (i, b) in text.utf8.enumerated() {
            guard b < 0x80 else { return nil }
            if i == 0 { firstIsUpper = WordScanner.isUpperASCII(b) }
            if b == 0x20 {
                hasSpace = true
                inWord = false
                continue
            }
            if !inWord { wordCount += 1 }
            inWord = true
            if b == UInt8(ascii: "'") { hasApostrophe = true }
            if WordScanner.isLowerASCII(b) { hasLower = true }
        }
    }
}
