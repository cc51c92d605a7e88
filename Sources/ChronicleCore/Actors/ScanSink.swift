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
///
/// The tokens go into memory of the sink's own, doubled when full, and are copied into
/// an array once by `finish()`: an append to an array, not inlined into the scan, cost a
/// call per word. A sink is used by one scan and must be finished once.
struct TokenSink: ScanSink {
    private var buffer: UnsafeMutablePointer<Token>
    private var capacity: Int
    private var count = 0

    init(capacity bytes: Int) {
        capacity = max(16, bytes / 6)
        buffer = .allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func add(_ found: WordScanner.Found, _ utf8: UnsafeBufferPointer<UInt8>) {
        var token = found.shape
        if !found.ascii {
            let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[found.start..<found.end]), as: UTF8.self)
            token.lowerHash = WordHash.of(text.lowercased())
        }
        if count == capacity { grow() }
        (buffer + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = larger
        capacity *= 2
    }

    /// The tokens in text order; the sink's memory is given back.
    mutating func finish() -> [Token] {
        let tokens = Array(UnsafeBufferPointer(start: buffer, count: count))
        buffer.deinitialize(count: count)
        buffer.deallocate()
        count = 0
        capacity = 0
        return tokens
    }
}
