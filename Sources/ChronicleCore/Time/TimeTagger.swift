/// Finds every date, time, duration and set expression in a text and normalizes it
/// TIMEX3-style against the document creation date (DCT).
///
/// Works on UTF-8 bytes in one pass of a hand-written tokenizer and a small grammar; no
/// regular expressions. Offsets in the results are byte offsets into the given bytes.
/// With `dct` nil, expressions that need an anchor keep an unresolved value
/// (`XXXX-12-02`, `XXXX-WXX-2`) and no granularity.
public struct TimeTagger: Sendable {
    /// The words the tagger reads: months, weekdays and time zones come from here.
    public let lexicon: Lexicon

    public init(lexicon: Lexicon = .bundled) { self.lexicon = lexicon }

    /// `tokens`, when given, must be `TimeTokens(utf8, lexicon: lexicon)`: the caller already has them.
    public func tag(_ utf8: [UInt8], dct: CalendarDate?, tokens shared: TimeTokens? = nil) -> [TimeExpression] {
        let tokens = shared?.tokens ?? utf8.withUnsafeBufferPointer { TimeTokenizer.tokenize($0, lexicon: lexicon) }
        var scanner = TimeScanner(tokens: tokens, dct: dct, numbersDayFirst: shared?.numbersDayFirst)
        return expressions(utf8, tokens: tokens, scanner.scan())
    }

    /// The same, for the bytes `undated` scanned without a creation date: with none, what
    /// that scan found; with one, what the rules find again where the date matters.
    public func tag(_ utf8: [UInt8], dct: CalendarDate?, after undated: UndatedTimeScan) -> [TimeExpression] {
        let tokens = undated.tokens
        guard let dct else { return expressions(utf8, tokens: tokens.tokens, undated.matches) }
        var scanner = TimeScanner(tokens: tokens.tokens, dct: dct, numbersDayFirst: tokens.numbersDayFirst)
        return expressions(utf8, tokens: tokens.tokens, scanner.scan(after: undated))
    }

    private func expressions(_ utf8: [UInt8], tokens: [TimeToken], _ matches: [TimeMatch]) -> [TimeExpression] {
        utf8.withUnsafeBufferPointer { bytes in
            matches.map { m in
                let start = Int(tokens[m.start].start)
                let end = Int(tokens[m.end - 1].end)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                return TimeExpression(range: ByteRange(start, end), text: text, type: m.type,
                                      value: m.value, granularity: m.granularity)
            }
        }
    }
}
