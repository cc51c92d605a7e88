/// Wire datelines: the place in capitals, the day, the agency or a dash, then the story
/// ("UNITED NATIONS, Sept 22 (Reuters) - Iran's foreign minister ..."). The day is the
/// day of filing, the creation date's own.
extension DateMentions {
    /// The date opens its line, after at most a place led by a word in capitals ("ST. LOUIS, ",
    /// "KABUL, Afghanistan, "), and an agency in brackets or a dash follows it.
    static func isDateline(_ bytes: [UInt8], line: ByteRange, range: ByteRange) -> Bool {
        guard range.start - line.start <= 40 else { return false }
        var wordStart = true
        var firstWord = true  // "On March 3 - " opens a sentence, not a dateline
        for b in bytes[line.start..<range.start] {
            switch b {
            case 65...90: wordStart = false
            case 97...122: if wordStart || firstWord { return false }  // a lower-case word: a sentence
            case 32, 44, 46, 39, 45, 9:
                if !wordStart { firstWord = false }
                wordStart = true
            default: return false
            }
        }
        var k = range.end
        while k < line.end, bytes[k] == 32 { k += 1 }
        guard k < line.end else { return false }
        if bytes[k] == 40 {  // "(Reuters)", "(AP)"
            return k + 1 < line.end && bytes[k + 1] >= 65 && bytes[k + 1] <= 90
        }
        if bytes[k] == 45 { return true }  // "-", "--"
        // An en or em dash.
        return k + 2 < line.end && bytes[k] == 0xE2 && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94)
    }
}
