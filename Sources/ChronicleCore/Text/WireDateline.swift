/// The wire-service dateline that opens a story's first paragraph: "KYIV (Reuters) -",
/// "GENEVA, Switzerland —", "LONDON, March 3 (AP) –", and as many sites write it, the place
/// in title case with a date after it: "Kyiv, March 3, 2021 -". It says where the story was filed,
/// not what happened: passages start after it, its date is no event, and that date is
/// the day of filing, which the creation-date inference takes.
enum WireDateline {
    /// Words allowed before the dash: the place in capitals, then after a comma a region or
    /// a date ("KHARKIV, Ukraine", "PARIS, Dec. 2"), then the agency in brackets.
    static let maxWords = 7
    /// A dateline ends within this many bytes of where its sentence starts.
    static let reach = 120

    /// The offset where the sentence goes on after its dateline, or nil when it has none.
    static func end(_ u: [UInt8], _ sentence: ByteRange, lexicon: Lexicon = .bundled) -> Int? {
        // Only a paragraph opens with one.
        var p = sentence.start
        while p > 0, u[p - 1] == 0x20 || u[p - 1] == 0x09 || u[p - 1] == 0x0D { p -= 1 }
        guard p == 0 || u[p - 1] == 0x0A else { return nil }
        var i = sentence.start
        let hi = min(sentence.end, sentence.start + reach)
        var words = 0
        var capitals = 0
        var sawBracket = false
        var sawComma = false
        // A place written in title case ("Kyiv", "New York") makes a dateline only with the
        // day after it: "Kyiv - the talks" may open a sentence, "Kyiv, March 3 -" does not.
        var titleCasePlace = false
        var sawMonth = false
        var sawDay = false
        var first = true
        var inBracket = false
        var bracketWords = 0
        while i < hi {
            let b = u[i]
            if b == 0x20 || b == 0x09 { i += 1; continue }
            if let dash = dashLength(u, i, hi) {
                // "US - China talks" is no dateline: a place name, or an agency, is longer.
                guard words > 0, !inBracket, capitals >= 4 || sawBracket || (sawMonth && sawDay) else { return nil }
                guard !titleCasePlace || (sawMonth && sawDay) else { return nil }
                var k = i + dash
                // "(Reuters) -Acme said": after an agency's bracket the dash may touch the word.
                guard k < hi, u[k] == 0x20 || u[k] == 0x09 || dash > 1 || sawBracket else { return nil }
                while k < hi, u[k] == 0x20 || u[k] == 0x09 { k += 1 }
                return k < sentence.end ? k : nil
            }
            if b == UInt8(ascii: "(") { inBracket = true; sawBracket = true; bracketWords = 0; i += 1; continue }
            if b == UInt8(ascii: ")") {
                guard inBracket else { return nil }
                inBracket = false
                i += 1
                // "NEW DELHI (IANS) Officials said", "Velmar, Dec 23 (IANS) Criticising ...":
                // some agencies write no dash after their one-word bracket.
                var k = i
                while k < hi, u[k] == 0x20 || u[k] == 0x09 { k += 1 }
                if k > i, k < hi, u[k] >= 65, u[k] <= 90, bracketWords == 1, words > 1,
                   capitals >= 4 || (sawMonth && sawDay), !titleCasePlace || (sawMonth && sawDay) {
                    return k < sentence.end ? k : nil
                }
                continue
            }
            if b == UInt8(ascii: ",") { guard !inBracket, words > 0 else { return nil }; sawComma = true; i += 1; continue }
            // A word: letters, digits, dots, apostrophes, inner hyphens ("PORT-AU-PRINCE").
            var j = i
            var upper = 0, lower = 0
            while j < hi, isWordByte(u[j]) {
                if u[j] >= 65 && u[j] <= 90 { upper += 1 }
                if u[j] >= 97 && u[j] <= 122 { lower += 1 }
                j += 1
            }
            guard j > i else { return nil }
            words += 1
            if words > maxWords { return nil }
            let capitalised = u[i] >= 65 && u[i] <= 90
            let number = u[i] >= 48 && u[i] <= 57
            if inBracket {
                // The agency: "(Reuters)", "(AP)".
                guard capitalised else { return nil }
                bracketWords += 1
            } else if first || !sawComma {
                // The place is written in capitals ("KYIV", "NEW YORK", "ST. LOUIS") or in
                // title case ("Kyiv", "Port Moresby"; checked at the dash).
                if upper >= (first ? 2 : 1), lower == 0 {
                    capitals += upper
                } else {
                    guard capitalised, upper == 1 else { return nil }
                    titleCasePlace = true
                }
            } else {
                guard capitalised || number else { return nil }
                if sawComma, !inBracket {
                    if capitalised, isMonth(u, i, j, lexicon) { sawMonth = true }
                    if number, sawMonth, j - i <= 2 { sawDay = true }
                }
            }
            first = false
            i = j
        }
        return nil
    }

    /// The word u[i..<j] names a month ("March", "Sept.", "Dec").
    private static func isMonth(_ u: [UInt8], _ i: Int, _ j: Int, _ lexicon: Lexicon) -> Bool {
        var end = j
        while end > i, u[end - 1] == 0x2E { end -= 1 }
        guard end - i <= 9 else { return false }
        return lexicon.classes(lowerBytes: u[i..<end].lazy.map(\.asciiLowercased)).contains(.month)
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 0x2E || b == 0x27 || b == 0x2D
            || b >= 0x80 && b != 0xE2
    }

    /// "-", "--", "–" or "—"; a hyphen counts only with a space before it (not "PORT-AU-PRINCE").
    private static func dashLength(_ u: [UInt8], _ i: Int, _ hi: Int) -> Int? {
        if u[i] == 0x2D, i + 1 < hi, u[i + 1] == 0x2D { return 2 }   // "--", typed for a dash
        if u[i] == 0x2D { return i > 0 && (u[i - 1] == 0x20 || u[i - 1] == 0x29) ? 1 : nil }
        if u[i] == 0xE2, i + 2 < hi, u[i + 1] == 0x80, u[i + 2] == 0x93 || u[i + 2] == 0x94 { return 3 }
        return nil
    }
}
