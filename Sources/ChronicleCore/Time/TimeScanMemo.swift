/// What the scan found at each token where the rules read nothing but the tokens, kept for
/// the next scan of the same text. A document is scanned twice: without a creation date to
/// infer one, then with it. Most tokens start no expression at all, and whether one starts
/// there mostly does not depend on the creation date or on what the text placed before, so
/// the second scan only visits the tokens where an expression starts or may start.
///
/// Belongs to one text's tokens, read by one scan at a time.
final class TimeScanMemo: @unchecked Sendable {
    static let unknown: Int32 = -1

    /// A token where an expression starts, or may start with another creation date or context.
    struct Candidate {
        var token: Int32
        /// The scan's sentence count at the token.
        var sentence: Int32
        /// The index in `matches` of what starts here, or `unknown`: the rules must run again.
        var outcome: Int32

        init(_ token: Int, sentence: Int, outcome: Int32) {
            self.token = Int32(token)
            self.sentence = Int32(sentence)
            self.outcome = outcome
        }
    }

    /// In token order; every other token starts no expression, whatever the creation date.
    private(set) var candidates: [Candidate] = []
    private(set) var matches: [TimeMatch] = []
    /// Whether a scan has filled the memo.
    private(set) var filled = false
    /// Set by the scanner whenever a rule reads the creation date or the scan's context.
    var readContext = false

    func fill(candidates: [Candidate], matches: [TimeMatch]) {
        self.candidates = candidates
        self.matches = matches
        filled = true
    }

    @inline(__always) func match(_ k: Int32) -> TimeMatch { matches[Int(k)] }
}
