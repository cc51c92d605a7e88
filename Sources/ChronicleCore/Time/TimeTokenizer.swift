/// Splits UTF-8 bytes into words, numbers and punctuation, looking every word up in
/// `TimeLexicon` as it goes. No `String` is built per token. `TimeTokenReader` walks the
/// text; the readers of one token (`word`, `number`, `punctuation`) are here.
enum TimeTokenizer {
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> [TimeToken] {
        var reader = TimeTokenReader(bytes, lexicon: lexicon)
        reader.read(upTo: bytes.count)
        return reader.tokens
    }

    /// The same tokens, with the text's words as the word scan found them (`WordScanner`):
    /// a word of ASCII letters only, most words, is taken without reading its letters
    /// again; everything else is read byte by byte.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, words: [Token], lexicon: Lexicon) -> [TimeToken] {
        var reader = TimeTokenReader(bytes, lexicon: lexicon)
        for word in words where word.isASCIILetters {
            reader.read(upTo: word.range.start)
            // Not when a token read before took the word in ("a.m.").
            if reader.position == word.range.start { reader.take(word) }
        }
        reader.read(upTo: bytes.count)
        return reader.tokens
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// The word at `i` and where it ends: "a.m." as one keyword, a lexicon word with its
    /// class (an abbreviated month or weekday with its dot), else a plain word with the
    /// shape of a past form or a plural.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, table: LexiconTable) -> (TimeToken, Int) {
        let n = bytes.count
        var j = i + 1
        var upper = bytes[i] < 97 ? 1 : 0
        // The lexicon's hash (`TimeLexicon.hash`) taken along: no second pass over the word.
        var h = TimeLexicon.hashAdding(WordHash.seed, bytes[i])
        while j < n {
            let b = bytes[j]
            guard isLetter(b) else { break }
            if b < 97 { upper += 1 }
            h = TimeLexicon.hashAdding(h, b)
            j += 1
        }
        return word(bytes, at: i, lettersEnd: j, hash: h, allCaps: upper == j - i && j - i > 1, table: table)
    }

    /// The word whose letters run from `i` to `lettersEnd`, with their `TimeLexicon.hash`
    /// and whether they are two or more capitals, and where the token ends.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, lettersEnd: Int, hash h: UInt64, allCaps: Bool,
                     table: LexiconTable) -> (TimeToken, Int) {
        let n = bytes.count
        let c = bytes[i]
        var j = lettersEnd
        var t = TimeToken(start: Int32(i), end: Int32(j), kind: .word, cls: .none, v: 0,
                          num: 0, digits: 0, flags: [])
        if c < 97 { t.flags.insert(.capitalized) }
        if allCaps { t.flags.insert(.allCaps) }
        // "a.m." / "p.m." (also "a.m" and "A.M.") become one token.
        if j - i == 1, (c | 0x20) == 97 || (c | 0x20) == 112, j + 1 < n, bytes[j] == ASCII.period,
           (bytes[j + 1] | 0x20) == 109, j + 2 >= n || !isLetter(bytes[j + 2]) {
            var e = j + 2
            if e < n, bytes[e] == ASCII.period { e += 1 }
            t.end = Int32(e)
            t.cls = .keyword
            t.v = (c | 0x20) == 97 ? Keyword.am.rawValue : Keyword.pm.rawValue
            t.flags.insert(.abbreviationDot)
            return (t, e)
        }
        let entry = j - i <= 14 ? table.find(h) : nil
        if let entry, entry.classes.contains(.grammarWord) { t.flags.insert(.grammarWord) }
        if let entry, entry.time.cls != .none {
            let lex = entry.time
            t.cls = lex.cls
            t.v = lex.v
            if lex.cls == .unit || lex.cls == .dayPart, bytes[j - 1] | 0x20 == 115 { t.flags.insert(.pluralS) }
            // Abbreviated month and weekday names take their dot: "Dec.", "Tues.".
            if entry.isShortForm, lex.cls == .month || lex.cls == .weekday, j < n, bytes[j] == ASCII.period {
                t.end = Int32(j + 1)
                t.flags.insert(.abbreviationDot)
                j += 1
            }
        } else if let entry, entry.classes.contains(.pastVerb) && !entry.classes.contains(.ambiguousPast) {
            t.flags.insert(.pastForm)
        } else if j - i >= 4, c >= 97, bytes[j - 1] == 100, bytes[j - 2] == 101, bytes[j - 3] != 101 {
            t.flags.insert(.edForm)
        } else if j - i >= 3, c >= 97, bytes[j - 1] == 115, bytes[j - 2] != 115 {
            t.flags.insert(.pluralS)  // a plural noun, most often
        }
        return (t, j)
    }

    /// The number at `i` and where it ends, with its thousands groups and decimals
    /// ("1,400", "3.5"), an ordinal suffix ("17th") or a plural "s" ("1990s"). A date
    /// written "13.06.2023" stays three numbers: `monthOfDottedDate` carries that the next
    /// number is its month.
    @inline(__always)
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, monthOfDottedDate: inout Bool) -> (TimeToken, Int) {
        let n = bytes.count
        var j = i
        var value: Int64 = 0
        while j < n, isDigit(bytes[j]) {
            if value < 1_000_000_000 { value = value * 10 + Int64(bytes[j] - 48) }
            j += 1
        }
        var t = TimeToken(start: Int32(i), end: Int32(j), kind: .number, cls: .none, v: 0,
                          num: Int32(min(value, 1_000_000_000)), digits: UInt8(min(j - i, 255)),
                          flags: [])
        let integerEnd = j
        let dottedDate = dottedDateShape(bytes, lead: j - i, from: j)
        let keepApart = dottedDate || monthOfDottedDate
        monthOfDottedDate = dottedDate
        while !keepApart, j + 1 < n, bytes[j] == ASCII.comma || bytes[j] == ASCII.period, isDigit(bytes[j + 1]) {
            var k = j + 1
            while k < n, isDigit(bytes[k]) { k += 1 }
            if bytes[j] == ASCII.comma && k - j - 1 != 3 { break }
            t.flags.insert(.numberGroup)
            j = k
        }
        // "7.08" may be a clock written the British way ("7.08pm"): keep its decimals.
        if j == integerEnd + 3, bytes[integerEnd] == ASCII.period {
            t.flags.insert(.twoDecimals)
            t.v = Int16(bytes[integerEnd + 1] - 48) * 10 + Int16(bytes[integerEnd + 2] - 48)
        }
        t.end = Int32(j)
        if j < n, isLetter(bytes[j]) {
            var k = j
            while k < n, isLetter(bytes[k]) { k += 1 }
            if k - j == 2 {
                let a = bytes[j] | 0x20, b = bytes[j + 1] | 0x20
                if (a == 115 && b == 116) || (a == 110 && b == 100) || (a == 114 && b == 100) || (a == 116 && b == 104) {
                    t.flags.insert(.ordinalSuffix); t.end = Int32(k); j = k
                }
            } else if k - j == 1, bytes[j] | 0x20 == 115 {
                t.flags.insert(.pluralS); t.end = Int32(k); j = k
            }
        }
        return (t, j)
    }

    /// After a number of `lead` digits ending at `at`: ".MM.YYYY" and no further group.
    static func dottedDateShape(_ bytes: UnsafeBufferPointer<UInt8>, lead: Int, from at: Int) -> Bool {
        let n = bytes.count
        guard lead <= 2, at + 8 <= n, bytes[at] == ASCII.period else { return false }
        var k = at + 1
        let monthStart = k
        while k < n, isDigit(bytes[k]) { k += 1 }
        guard k - monthStart >= 1, k - monthStart <= 2, k < n, bytes[k] == ASCII.period else { return false }
        k += 1
        let yearStart = k
        while k < n, isDigit(bytes[k]) { k += 1 }
        guard k - yearStart == 4 else { return false }
        return !(k + 1 < n && (bytes[k] == ASCII.period || bytes[k] == ASCII.comma) && isDigit(bytes[k + 1]))
    }

    /// Any other character at `i`, one token: ASCII punctuation by its byte, a multi-byte
    /// character whole, curly quotes and dashes read as their ASCII forms.
    @inline(__always)
    static func punctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (TimeToken, Int) {
        let c = bytes[i]
        if c < 0x80 {
            return (TimeToken(start: Int32(i), end: Int32(i + 1), kind: .punct, cls: .none, v: Int16(c),
                              num: 0, digits: 0, flags: []), i + 1)
        }
        var len = 1
        if c >= 0xF0 { len = 4 } else if c >= 0xE0 { len = 3 } else if c >= 0xC0 { len = 2 }
        if i + len > bytes.count { len = 1 }
        var k = 1
        while k < len { if bytes[i + k] & 0xC0 != 0x80 { len = k; break }; k += 1 }
        var v: Int16 = 0x80
        if len == 3, c == 0xE2, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x98, 0x99: v = 39
            case 0x9C, 0x9D: v = 34
            case 0x93, 0x94, 0x90, 0x91: v = 45
            default: break
            }
        }
        return (TimeToken(start: Int32(i), end: Int32(i + len), kind: .punct, cls: .none, v: v,
                          num: 0, digits: 0, flags: []), i + len)
    }
}
