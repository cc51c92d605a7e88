/// A text's time tokens, computed once for the two readers of the same bytes: inferring
/// the creation date and tagging. Tokenizing is the larger part of either, so sharing it
/// saves one pass per document. Only valid for the bytes they were made from.
public struct TimeTokens: Sendable {
    let tokens: [TimeToken]

    /// Whether the text writes numeric dates day first (`TimeScanner.writesDayFirst`),
    /// surveyed once for both scans.
    let numbersDayFirst: Bool
    /// The lexicon the tokens were read with, for the readers' own word tests.
    let lexicon: Lexicon

    public init(_ utf8: [UInt8], lexicon: Lexicon = .bundled) {
        self.lexicon = lexicon
        tokens = utf8.withUnsafeBufferPointer { TimeTokenizer.tokenize($0, lexicon: lexicon) }
        numbersDayFirst = TimeScanner.writesDayFirst(tokens)
    }

    /// The same, reading the words the document's word scan found (`DocumentTokens`)
    /// instead of finding them again.
    init(_ utf8: [UInt8], words: [Token], lexicon: Lexicon) {
        self.lexicon = lexicon
        tokens = utf8.withUnsafeBufferPointer { TimeTokenizer.tokenize($0, words: words, lexicon: lexicon) }
        numbersDayFirst = TimeScanner.writesDayFirst(tokens)
    }
}
