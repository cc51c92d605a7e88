/// The state of one tagging pass over one text: tokens, the creation date, and what the
/// text has placed so far (for anaphoric expressions such as "that year").
struct TimeScanner {
    let tokens: [TimeToken]
    /// Read by the rules through `dct`.
    private let creationDate: CalendarDate?

    /// What the text has placed so far, for anaphoric expressions such as "that year", and
    /// the sentence each was placed in.
    struct Context {
        var lastPoint: TimePoint?
        var lastPointSentence = -100
        /// The quarter the text reports on, and the last sentence that named a quarter.
        var lastQuarter: TimePoint?
        var lastQuarterSentence = -100
        var lastDay: CalendarDate?
        var lastDaySentence = -100
        /// The last day written with its year ("March 3, 2019") while it is still the nearest
        /// context: days named after it without a year belong near it.
        var yearAnchor: CalendarDate?
        var yearAnchorSentence = -100
    }

    /// Written by the scan as it records what it found; read by the rules through `context`.
    var placed = Context()
    /// Whether a rule has read the creation date or the context since the scan last cleared
    /// it: an outcome found without either is the same whatever the creation date.
    var readBeyondTokens = false

    /// The creation date. A rule that reads it found something the tokens alone do not settle.
    var dct: CalendarDate? {
        mutating get {
            readBeyondTokens = true
            return creationDate
        }
    }

    /// What the text has placed so far. A rule that reads it depends on the rules before it.
    var context: Context {
        mutating get {
            readBeyondTokens = true
            return placed
        }
    }

    /// The sentences the scan has entered.
    private(set) var sentence = 0

    // The keyword tables, read once per scan: a static read in the loop costs a call.
    let neverStarts = Keyword.neverStarts
    let keywordRules = KeywordRules.table

    /// The text writes numeric dates day first (see `writesDayFirst`).
    let numbersDayFirst: Bool

    /// `numbersDayFirst`, when the caller has surveyed the tokens already (`TimeTokens`).
    init(tokens: [TimeToken], dct: CalendarDate?, numbersDayFirst: Bool? = nil) {
        self.tokens = tokens
        self.creationDate = dct
        self.numbersDayFirst = numbersDayFirst ?? Self.writesDayFirst(tokens)
    }

    mutating func enterSentence() { sentence += 1 }

    /// Takes up a scan at a token where `n` sentences had been entered.
    mutating func resume(sentences n: Int) { sentence = n }

    var count: Int { tokens.count }

    // MARK: token tests (all safe past the end)

    @inline(__always) func kw(_ i: Int, _ k: Keyword) -> Bool { i >= 0 && i < tokens.count && tokens[i].keyword(k) }
    @inline(__always) func p(_ i: Int, _ c: UInt8) -> Bool { i >= 0 && i < tokens.count && tokens[i].punct(c) }
    @inline(__always) func cls(_ i: Int) -> LexClass { i >= 0 && i < tokens.count ? tokens[i].cls : .none }
    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    @inline(__always) func isNumber(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .number && !tokens[i].flags.contains(.numberGroup)
    }
    /// Token i is glued to the token before it (no space): "mid-1990s", "third-quarter".
    @inline(__always) func glued(_ i: Int) -> Bool { i >= 0 && i < tokens.count && !tokens[i].spaced }
    @inline(__always) func unit(_ i: Int) -> TimeUnit? {
        i >= 0 && i < tokens.count && tokens[i].cls == .unit ? TimeUnit(rawValue: tokens[i].v) : nil
    }
    /// A plural unit word ("years") or a number with a plural "s" ("1990s").
    @inline(__always) func plural(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].flags.contains(.pluralS) }
    /// A hyphen glued on both sides: "third-quarter", "year-end".
    @inline(__always) func hyphen(_ i: Int) -> Bool { p(i, ASCII.hyphen) && glued(i) && glued(i + 1) }

    /// Skips "the" at i.
    @inline(__always) func afterThe(_ i: Int) -> Int { kw(i, .the) ? i + 1 : i }

    /// The sentence bounds around token i, as token indices [lo, hi), reaching at most
    /// `reach` tokens after it.
    func sentenceBounds(_ i: Int, reach: Int = 25) -> (Int, Int) {
        var lo = i
        while lo > 0 && !tokens[lo].flags.contains(.sentenceStart) && i - lo < 40 { lo -= 1 }
        var hi = i + 1
        while hi < tokens.count && !tokens[hi].flags.contains(.sentenceStart) && hi - i < reach { hi += 1 }
        return (lo, hi)
    }
}
