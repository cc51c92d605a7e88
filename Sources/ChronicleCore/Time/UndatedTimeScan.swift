/// One scan of a text's time tokens without a creation date. Inferring the creation date
/// reads its expressions; tagging against the inferred date keeps every outcome the
/// rules found from the tokens alone and runs the rules again only where the date or
/// what the text placed before could change what starts there.
public struct UndatedTimeScan: Sendable {
    /// A token where an expression starts, or may start once the creation date is known.
    struct Start: Sendable {
        var token: Int32
        /// How many sentences the scan had entered at the token.
        var sentence: Int32
        /// The index in `settled` of what the tokens alone make start here, or `unsettled`.
        var outcome: Int32
    }

    static let unsettled: Int32 = -1

    let tokens: TimeTokens
    /// What the scan found, in text order.
    let matches: [TimeMatch]
    /// In token order. No expression starts at any other token, whatever the creation date.
    let starts: [Start]
    /// The outcomes found from the tokens alone.
    let settled: [TimeMatch]

    public init(_ tokens: TimeTokens) {
        var scanner = TimeScanner(tokens: tokens.tokens, dct: nil, numbersDayFirst: tokens.numbersDayFirst)
        (matches, starts, settled) = scanner.undatedScan()
        self.tokens = tokens
    }
}
