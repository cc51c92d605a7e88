/// What `WordScanner` makes of each word it finds: one scan, two products.
protocol ScanSink {
    mutating func add(_ found: WordScanner.Found, _ utf8: UnsafeBufferPointer<UInt8>)
}

/// Collects `Word`s with their text and lower-case Strings.
struct WordSink: ScanSink {
    var words: [Word] = []
    /// Short ranges (a mention's text, a clause) repeat too few words to pay for a cache.
    private var cache: SpellingCache?

    init(capacity: Int) {
        words.reserveCapacity(capacity / 6)
        cache = capacity >= 512 ? SpellingCache(expectedWords: capacity / 12) : nil
    }

    // Inlined into the scan: a call per word, with the found word passed through memory,
    // cost as much as reading the word's letters.
    @inline(__always)
    mutating func add(_ found: WordScanner.Found, _ utf8: UnsafeBufferPointer<UInt8>) {
        let (start, end) = (found.start, found.end)
        let spelling: (text: String, lower: String, lowerHash: UInt64)
        if let known = cache?.spelling(utf8, start, end, hash: found.hash) {
            spelling = known
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
            let (lowered, lowerHash) = WordScanner.lowerCase(utf8, start, end, text: text, hasUpper: found.hasUpper,
                                                             asciiHash: found.ascii ? found.hash : nil)
            spelling = (text, lowered, lowerHash)
            cache?.insert(start, end, hash: found.hash, spelling)
        }
        let s = found.shape
        words.append(Word(range: s.range, text: spelling.text, lower: spelling.lower, lowerHash: spelling.lowerHash,
                          isCapitalized: s.isCapitalized, isAllCaps: s.isAllCaps, hasDigit: s.hasDigit,
                          isPossessive: s.isPossessive, breakBefore: s.breakBefore, lineStart: s.lineStart,
                          dotOnlyBefore: s.dotOnlyBefore, afterStop: s.afterStop))
    }
}

/// Collects `Token`s: no String is made, but for the hash of a word that is not ASCII.
struct TokenSink: ScanSink {
    var tokens: [Token] = []

    init(capacity: Int) { tokens.reserveCapacity(capacity / 6) }

    // Inlined into the scan: a call per word, with the found word passed through memory,
    // cost as much as reading the word's letters.
    @inline(__always)
    mutating func add(_ found: WordScanner.Found, _ utf8: UnsafeBufferPointer<UInt8>) {
        var token = found.shape
        if !found.ascii {
            let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[found.start..<found.end]), as: UTF8.self)
            token.lowerHash = WordHash.of(text.lowercased())
        }
        tokens.append(token)
    }
}
