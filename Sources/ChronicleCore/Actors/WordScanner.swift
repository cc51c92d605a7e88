import Algorithms

/// Splits UTF-8 text into words in one pass over the bytes: `Word`s (with their text) for
/// the actor recognizer, `Token`s (shape and hash only) for the readers after it.
///
/// Letters are ASCII letters and any non-ASCII scalar outside the punctuation and symbol
/// blocks (so "Orbán", "Élysée" and Cyrillic stay whole). Hyphens and apostrophes join
/// letters inside a word ("Orekhovo-Borisovo", "O'Brien"); a trailing `’s` marks a
/// possessive instead. Dotted initialisms ("U.S.", "U.K.") keep their dots.
public enum WordScanner {
    public static func scan(_ utf8: [UInt8], in range: ByteRange? = nil) -> [Word] {
        collect(utf8, range, continuing: [], WordSink.init(capacity:)).words
    }

    /// The same words as `scan` finds, without their text. `continuing`: the offsets of the
    /// line breaks that end no sentence (`LineLayout.continuingBreaks`), in order, read as
    /// spaces.
    static func tokens(_ utf8: [UInt8], in range: ByteRange? = nil, continuing: [Int] = []) -> [Token] {
        var sink = collect(utf8, range, continuing: continuing, TokenSink.init(capacity:))
        return sink.finish()
    }

    private static func collect<Sink: ScanSink>(_ utf8: [UInt8], _ range: ByteRange?, continuing: [Int],
                                                _ makeSink: (Int) -> Sink) -> Sink {
        let lo = max(0, range?.start ?? 0)
        let hi = min(utf8.count, range?.end ?? utf8.count)
        // Through a buffer pointer: the scan reads every byte several times, and needs no
        // bounds check on each read.
        return utf8.withUnsafeBufferPointer { u in
            var sink = makeSink(max(0, hi - lo))
            scan(u, lo, max(lo, hi), continuing: continuing, into: &sink)
            return sink
        }
    }

    /// What the scan learned about one word: where it is, its case counts, the separators
    /// before it, and the lower-case `WordHash` of its bytes, complete when `ascii`.
    struct Found {
        var start: Int
        var end: Int
        var hash: UInt64
        var ascii: Bool
        var hasUpper: Bool
        var shape: Token
    }

    /// The loop: spaces, separators (`Gap.read`) and words (`readWord`), each word handed
    /// to the sink with what stood before it.
    private static func scan<Sink: ScanSink>(_ utf8: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int,
                                             continuing: [Int], into sink: inout Sink) {
        var i = lo
        var gap = Gap.start
        var nextContinuing = continuing.partitioningIndex { $0 >= lo }
        // Inside a terminal escape sequence ("ESC]0;TITLE BEL", "ESC[31m"), up to the next
        // space: its letters are a payload, never a name.
        var inEscape = false
        while i < hi {
            // A plain space, the commonest separator, changes nothing but an escape.
            if utf8[i] == 0x20 {
                inEscape = false
                i += 1
                continue
            }
            guard letterLength(utf8, i, hi) > 0 else {
                // A wrap inside a paragraph is a space.
                if utf8[i] == 0x0A, nextContinuing < continuing.count {
                    while nextContinuing < continuing.count && continuing[nextContinuing] < i { nextContinuing += 1 }
                    if nextContinuing < continuing.count && continuing[nextContinuing] == i {
                        inEscape = false
                        i += 1
                        continue
                    }
                }
                i += gap.read(utf8, i, hi, inEscape: &inEscape)
                continue
            }
            let word = readWord(utf8, i, hi)
            let start = i
            i = max(word.next, word.end)
            if inEscape { continue }
            let shape = Token(range: ByteRange(start, word.end), lowerHash: word.hash,
                              isCapitalized: mayStartUpper(utf8[start]) && isUpperStart(utf8, start, hi),
                              isAllCaps: word.upper >= 2 && word.lower == 0,
                              hasDigit: word.digits > 0, isPossessive: word.possessive,
                              breakBefore: gap.sawBreak, lineStart: gap.sawLine,
                              dotOnlyBefore: gap.dots == 1 && !gap.otherBreak, afterStop: gap.sawStop,
                              isASCII: word.ascii, hasUpper: word.upper > 0,
                              isASCIILetters: word.ascii && word.upper &+ word.lower == word.end &- start)
            sink.add(Found(start: start, end: word.end, hash: word.hash, ascii: word.ascii, hasUpper: word.upper > 0,
                           shape: shape), utf8)
            gap = Gap()
        }
    }

    /// What separates a word from the one before it, read byte by byte.
    struct Gap {
        var sawBreak = false
        var sawLine = false
        var dots = 0
        var otherBreak = false
        var sawStop = false

        /// Before the first word: as after a line break.
        static let start = Gap(sawBreak: true, sawLine: true, dots: 0, otherBreak: true, sawStop: true)

        /// Reads the separator at `i` (not a letter, not a plain space); returns its length.
        /// A line break starts a line and may start a sentence; a tab or a no-break space
        /// breaks nothing; any other character breaks a name, and . ! ? : may end a sentence
        /// (a lone full stop is told apart: "Gov. Ana Ruiz").
        @inline(__always)
        mutating func read(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int, inEscape: inout Bool) -> Int {
            let b = u[i]
            if b == 0x1B { inEscape = true } else if b == 0x09 || b == 0x0A || b == 0x0D { inEscape = false }
            let noBreakSpace = isNoBreakSpace(u, i, hi)
            if b == 0x0A || b == 0x0D {
                sawBreak = true
                sawLine = true
                otherBreak = true
                sawStop = true
            } else if b != 0x09 && !noBreakSpace {
                sawBreak = true
                if b == UInt8(ascii: ".") { dots += 1 } else { otherBreak = true }
                if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
                    || b == UInt8(ascii: ":") { sawStop = true }
            }
            return noBreakSpace ? 2 : scalarLength(b)
        }
    }

    /// One word as read: where it ends, where the scan goes on (past a possessive `'s`),
    /// its lower-case `WordHash` (complete when `ascii`) and its letters by case.
    struct WordRead {
        var end: Int
        var next: Int
        var hash: UInt64
        var ascii: Bool
        var possessive: Bool
        var upper: Int
        var lower: Int
        var digits: Int
    }

    /// Reads the word starting at `start`: letters and digits, joined by a hyphen or an
    /// apostrophe between letters ("Orekhovo-Borisovo", "O'Brien"), an initialism with
    /// its dots ("U.S."); a trailing `'s` marks a possessive and is no part of it.
    @inline(__always)
    static func readWord(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ hi: Int) -> WordRead {
        // Counted in locals, not in the result: the loop keeps them in registers.
        var end = start
        var hash = WordHash.seed
        var ascii = true
        var possessive = false
        var upper = 0, lower = 0, digits = 0
        var j = start
        while j < hi {
            // A run of lower-case ASCII letters, most of the text, in a loop of its own that
            // only hashes: the run is counted once at its end, not letter by letter.
            let run = j
            while j < hi, isLowerASCII(u[j]) {
                hash = WordHash.adding(hash, u[j])
                j &+= 1
            }
            if j > run {
                lower &+= j &- run
                end = j
                continue
            }
            // Capitals and digits next, in line.
            let b = u[j]
            if b < 0x80 {
                if isUpperASCII(b) {
                    upper &+= 1
                    hash = WordHash.adding(hash, b &+ 32)
                    j += 1
                    end = j
                    continue
                }
                if b >= 48 && b <= 57 {
                    digits &+= 1
                    hash = WordHash.adding(hash, b)
                    j += 1
                    end = j
                    continue
                }
            } else {
                let l = letterLength(u, j, hi)
                if l > 0 {
                    countCase(u, j, &upper, &lower, &digits)
                    ascii = false
                    j += l
                    end = j
                    continue
                }
            }
            let joiner = joinerLength(u, j, hi)
            if joiner > 0, j + joiner < hi, letterLength(u, j + joiner, hi) > 0 {
                if isApostrophe(u, j, hi) && isPossessiveS(u, j + joiner, hi) {
                    possessive = true
                    j += joiner + 1
                    break
                }
                if joiner == 1 { hash = WordHash.adding(hash, u[j]) } else { ascii = false }
                j += joiner
                continue
            }
            if isInnerInitialismDot(u, j, start, end, hi) {
                hash = WordHash.adding(hash, UInt8(ascii: "."))
                j += 1
                continue
            }
            if isClosingInitialismDot(u, j, start, end) {
                end = j + 1
                hash = WordHash.adding(hash, UInt8(ascii: "."))
                j += 1
            }
            break
        }
        return WordRead(end: end, next: j, hash: hash, ascii: ascii, possessive: possessive,
                        upper: upper, lower: lower, digits: digits)
    }

    /// A dot between the single capitals of an initialism ("U.S", "U.K"): a capital
    /// follows it alone ("J.Smith" is two words).
    @inline(__always)
    static func isInnerInitialismDot(_ u: UnsafeBufferPointer<UInt8>, _ j: Int, _ start: Int, _ end: Int,
                                     _ hi: Int) -> Bool {
        u[j] == UInt8(ascii: ".") && (end - start == 1 || isInitialismSoFar(u, start, end))
            && j + 1 < hi && isUpperASCII(u[j + 1]) && (j + 2 >= hi || !isLowerASCII(u[j + 2]))
    }

    /// The last dot of "U.S.": an initialism of two letters or more keeps it.
    @inline(__always)
    static func isClosingInitialismDot(_ u: UnsafeBufferPointer<UInt8>, _ j: Int, _ start: Int, _ end: Int) -> Bool {
        u[j] == UInt8(ascii: ".") && isInitialismSoFar(u, start, end) && end - start >= 3
    }

    /// The lower-case form of `utf8[start..<end]` and its `WordHash`: for an ASCII word
    /// (whose hash the scan built as it read it) without an intermediate array; other
    /// words go through `String.lowercased()`.
    static func lowerCase(_ utf8: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, text: String,
                                  hasUpper: Bool, asciiHash: UInt64?) -> (String, UInt64) {
        guard let hash = asciiHash else {
            let lowered = text.lowercased()
            return (lowered, WordHash.of(lowered))
        }
        guard hasUpper else { return (text, hash) }
        let lowered = String(unsafeUninitializedCapacity: end - start) { buffer in
            for i in start..<end {
                let b = utf8[i]
                buffer[i - start] = isUpperASCII(b) ? b + 32 : b
            }
            return end - start
        }
        return (lowered, hash)
    }

    static func scalarLength(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }

    /// Bytes of the letter or digit scalar at `i`, or 0 when it is not one.
    @inline(__always)
    static func letterLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Int {
        let b = u[i]
        if b < 0x80 {
            return (isUpperASCII(b) || isLowerASCII(b) || (b >= 48 && b <= 57)) ? 1 : 0
        }
        let n = scalarLength(b)
        guard i + n <= hi, n > 1 else { return 0 }
        switch b {
        case 0xC2: return 0                       // Latin-1 punctuation and symbols, NBSP
        case 0xC3 where u[i + 1] == 0x97 || u[i + 1] == 0xB7: return 0  // × ÷
        case 0xE2, 0xE3: return 0                 // general punctuation, arrows, symbols, CJK punct
        case 0xEF: return 0                       // BOM, specials, replacement char
        case 0xF0...0xF4: return 0                // emoji and other astral symbols
        default: return n
        }
    }

    static func isNoBreakSpace(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Bool {
        i + 1 < hi && u[i] == 0xC2 && u[i + 1] == 0xA0
    }

    private static func joinerLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Int {
        let b = u[i]
        if b == UInt8(ascii: "-") || b == UInt8(ascii: "'") { return 1 }
        if isApostrophe(u, i, hi) { return 3 }
        return 0
    }

    static func isApostrophe(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Bool {
        if u[i] == UInt8(ascii: "'") { return true }
        return i + 2 < hi && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0x99
    }

    /// "s" followed by a non-letter: the possessive ending, not "O'Sullivan".
    private static func isPossessiveS(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Bool {
        guard i < hi, u[i] == UInt8(ascii: "s") || u[i] == UInt8(ascii: "S") else { return false }
        return i + 1 >= hi || letterLength(u, i + 1, hi) == 0
    }

    private static func isInitialismSoFar(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // "U" or "U.S" so far: single capitals separated by dots.
        var i = start
        while i < end {
            guard isUpperASCII(u[i]) else { return false }
            if i + 1 < end {
                guard u[i + 1] == UInt8(ascii: ".") else { return false }
                i += 2
            } else {
                i += 1
            }
        }
        return true
    }

    private static func countCase(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ upper: inout Int, _ lower: inout Int,
                                  _ digits: inout Int) {
        let b = u[i]
        if isUpperASCII(b) { upper += 1 } else if isLowerASCII(b) { lower += 1 }
        else if b >= 48 && b <= 57 { digits += 1 }
        else if b == 0xC3, i + 1 < u.count { if u[i + 1] < 0x9F { upper += 1 } else { lower += 1 } }
        else { lower += 1 }
    }

    /// Whether a word starting with this byte can be capitalised: an ASCII byte other
    /// than A-Z, "a" and "e" (the Arabic article) cannot, and most words start with one.
    @inline(__always) private static func mayStartUpper(_ b: UInt8) -> Bool {
        b >= 0x80 || isUpperASCII(b) || b == UInt8(ascii: "a") || b == UInt8(ascii: "e")
    }

    @inline(__always)
    private static func isUpperStart(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Bool {
        let b = u[i]
        if isUpperASCII(b) { return true }
        if b == 0xC3, i + 1 < hi { return u[i + 1] >= 0x80 && u[i + 1] <= 0x9E }
        if b == 0xD0, i + 1 < hi { return u[i + 1] >= 0x90 && u[i + 1] <= 0xAF }  // Cyrillic А-Я
        return isArabicArticleStart(u, i, hi)
    }

    /// "al-Sisi", "el-Sheikh", "ash-Shara": the Arabic article written in lower case opens
    /// a name all the same.
    private static func isArabicArticleStart(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Bool {
        guard u[i] == UInt8(ascii: "a") || u[i] == UInt8(ascii: "e") else { return false }
        var j = i + 1
        while j < hi, j - i <= 3, isLowerASCII(u[j]) { j += 1 }
        guard j + 1 < hi, u[j] == UInt8(ascii: "-"), isUpperASCII(u[j + 1]) else { return false }
        // The built-in lexicon's articles: a corpus's own lexicon changes what the rules
        // make of words, not where the scan cuts them.
        var hash = WordHash.seed
        for k in i..<j { hash = WordHash.adding(hash, u[k]) }
        return Lexicon.bundled.classes(hash: hash).contains(.arabicArticle)
    }

    @inline(__always) static func isUpperASCII(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    @inline(__always) static func isLowerASCII(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
}
