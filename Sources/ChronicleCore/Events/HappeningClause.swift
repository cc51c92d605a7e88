/// Tells whether a sentence with no time expression of its own reports a happening: a
/// finite verb of doing or saying in the past ("launched", "was fired", "said") or the
/// present perfect ("has fired"), outside quotation marks, with a named participant next
/// to it (its subject a few words before, its object or "by ..." a few words after).
/// Questions, conditionals, opinion, speculation, generic or habitual statements and
/// plain descriptions ("the phone is thin") are no happenings; nor is a past perfect,
/// which tells background ("had planned"), nor a verb whose only actor owns something
/// ("the company's view, as stated").
public enum HappeningClause {
    /// How the clause tells its happening, which decides what may date it.
    public enum Tense: Sendable, Equatable {
        /// Simple past, active or passive: dated by the narrative it continues.
        case past
        /// Present perfect: a report of something just done, dated by its article.
        case perfect
    }

    /// How many words may stand between a participant and its verb, before and after it.
    static let subjectReach = 6
    static let objectReach = 4
    /// Words that open an apposition after a subject: ", the ...", ", who ...", ", his ...".
    static let appositionOpener: WordClasses = [.article, .personRelative, .possessivePronoun]

    /// Words that may stand between an apposition's closing comma and the verb its subject
    /// governs ("..., has been", "..., was", "..., also").
    static let verbLeadIn: WordClasses = [.perfectAuxiliary, .pastPerfectAuxiliary, .passiveBe, .auxiliaryAdverb]

    /// The most words an apposition between a subject and its verb holds.
    static let appositionReach = 16

    /// What a sentence reports: the tense of its happening, and which of the given actor
    /// mentions take part in it (subject or object of one of its verbs).
    public struct Happening: Sendable, Equatable {
        public var tense: Tense
        /// Positions in the `participants` given.
        public var participants: [Int]
        /// One of its past verbs with a participant is a verb of reporting ("Ana Ruiz said").
        public var reportsSpeech = false
    }

    /// The tense of the sentence's happening, or nil when it reports none. `participants`
    /// are the byte ranges of the actor mentions in the sentence.
    public static func tense(_ utf8: [UInt8], _ range: ByteRange, participants: [ByteRange],
                             lexicon: Lexicon = .bundled) -> Tense? {
        happening(utf8, range, participants: participants, lexicon: lexicon)?.tense
    }

    /// The sentence's happening, or nil when it reports none.
    public static func happening(_ utf8: [UInt8], _ range: ByteRange, participants: [ByteRange],
                                 lexicon: Lexicon = .bundled) -> Happening? {
        happening(utf8, range, in: nil, participants: participants, lexicon: lexicon)
    }

    /// The same, reading the sentence's words from its document's words when given.
    static func happening(_ utf8: [UInt8], _ range: ByteRange, in document: DocumentTokens?,
                          participants: [ByteRange], lexicon: Lexicon) -> Happening? {
        guard !isQuestion(utf8, range) else { return nil }
        let words = document?.tokens(in: range, of: utf8) ?? WordScanner.tokens(utf8, in: range)
        guard let first = words.first, !lexicon.classes(first).contains(.conditionalOpener) else { return nil }
        let quoted = quotedFlags(utf8, words, from: range.start)
        // Each participant as the word indices it spans. A possessor ("the carrier's
        // view") or a place after a preposition ("in Lisbon, prices rose") is no subject.
        typealias Span = (mention: Int, first: Int, last: Int, subject: Bool)
        let spans: [Span] = participants.enumerated().compactMap { n, p in
            guard let a = words.firstIndex(where: { $0.range.end > p.start }),
                  let b = words.lastIndex(where: { $0.range.start < p.end }), a <= b, !quoted[a] else { return nil }
            // "Moving on, Ana Ruiz said": a comma ends the phrase the preposition opened.
            let located = a > 0 && !words[a].breakBefore && lexicon.classes(words, a - 1).contains(.locativePreposition)
            return (n, a, b, !words[b].isPossessive && !located)
        }
        // Whether a comma stands right before word `k`.
        func commaBefore(_ k: Int) -> Bool { words[k].breakBefore && utf8[words[k - 1].range.end] == UInt8(ascii: ",") }
        // A subject governs a verb only within its own clause: no "while", "which" ... between.
        // An apposition after it ("Ana Ruiz, the founder and former chief executive of
        // Orvex, has been ...") stands between them without taking the verb's reach.
        func subjectOf(_ k: Int, _ s: Span) -> Bool {
            guard s.subject, s.last < k else { return false }
            let end = appositionEnd(after: s.last, before: k)
            guard k - end <= subjectReach else { return false }
            // "... from the Orvane Agency, three people said": after a comma, people named by
            // a group noun are the verb's subject (not in a list: "Orsk, Velmar and Tarn
            // officials have said").
            if let comma = (end + 1..<k).first(where: commaBefore),
               !lexicon.classes(words, comma).contains(.listJoiner),
               !spans.contains(where: { $0.first >= comma && $0.first < k }),
               (comma..<k).contains(where: { lexicon.classes(words, $0).contains(.groupNoun) }) {
                return false
            }
            return !(end + 1..<k).contains { lexicon.classes(words, $0).contains(.clauseOpener) }
        }
        // The last word of ", the ... ,", ", who ... ," or ", Orvex's chief ... ," right
        // after word `k`, when the verb's words follow it ("..., has been found", "..., told
        // reporters"); else `k`. After "Lorca, a city of the north, Ana Ruiz opened" the
        // verb is another subject's.
        func appositionEnd(after k: Int, before verb: Int) -> Int {
            let a = k + 1
            guard a < verb, commaBefore(a),
                  words[a].isPossessive || !lexicon.classes(words, a).isDisjoint(with: Self.appositionOpener),
                  let close = (a + 1..<min(verb + 1, a + 1 + appositionReach)).first(where: { words[$0].breakBefore }),
                  (close..<verb).allSatisfy({ !lexicon.classes(words, $0).isDisjoint(with: Self.verbLeadIn) }),
                  !spans.contains(where: { $0.first >= close && $0.first < verb })
            else { return k }
            return close - 1
        }
        var taking = Set<Int>()
        // Whether verb `k` has a participant; each one found takes part in the happening.
        func hasParticipant(_ k: Int) -> Bool {
            let found = spans.filter { s in subjectOf(k, s) || (s.first > k && s.first - k <= objectReach) }
            taking.formUnion(found.map(\.mention))
            return !found.isEmpty
        }
        // Where the first break after the sentence's first word is (its first comma, say).
        let firstBreak = words.indices.dropFirst().first { words[$0].breakBefore } ?? words.count
        var found: Tense? = nil
        var speech = false
        var outside = 0
        var intentInQuote = false
        for k in words.indices {
            let classes = lexicon.classes(words, k)
            if quoted[k] {
                // "going" tells an intention only before "to" ("going to build"), not in
                // "the hottest thing going".
                if classes.contains(.intentCue),
                   !words[k].lowerEnds(with: "ing", in: utf8) || (k + 1 < words.count && words[k + 1].spells("to", in: utf8)) {
                    intentInQuote = true
                }
                continue
            }
            outside += 1
            if !classes.isDisjoint(with: [.opinionCue, .habitCue]) { return nil }
            // A simple past anywhere makes the sentence narrative, even beside a perfect.
            if classes.contains(.perfectAuxiliary), let p = participle(utf8, words, quoted, after: k, lexicon) {
                if hasParticipant(k) || hasParticipant(p), found == nil { found = .perfect }
            } else if isPastVerb(utf8, words, k, firstBreak: firstBreak, lexicon), hasParticipant(k) {
                found = .past
                if classes.contains(.reportingVerb) { speech = true }
            }
        }
        // A quotation of what someone means to do, with only its attribution outside the
        // quotes ("'We will build it,' she said"), reports an intention, not a happening.
        if intentInQuote && outside <= 6 { return nil }
        return found.map { Happening(tense: $0, participants: taking.sorted(), reportsSpeech: speech) }
    }

    /// Whether `words[k]` is a finite past verb: an irregular past form, or a regular
    /// "-ed" form used as a verb (not "the expected rise", not a past participle after
    /// "has" or "had", not a capitalised name). `firstBreak` is the first word after the
    /// first one with a break before it.
    static func isPastVerb(_ utf8: [UInt8], _ words: [Token], _ k: Int, firstBreak: Int, _ lexicon: Lexicon) -> Bool {
        let w = words[k]
        // "Launched in 2001, the store ...": a sentence opening with a participle.
        guard k > 0, !w.hasDigit, !w.isCapitalized else { return false }
        let irregular = lexicon.classes(words, k).contains(.pastVerb)
        guard irregular || isRegularPast(utf8, words, k, lexicon) else { return false }
        // "It has a new screen, dubbed ...": after the first comma of a sentence an "-ed"
        // form opens a participle phrase; a finite verb after a comma follows an
        // apposition that an earlier comma opened ("Ana Ruiz, the mayor, opened ...").
        if !irregular, w.breakBefore, firstBreak >= k {
            return false
        }
        if endsAbsolutePhrase(words, k, lexicon) { return false }
        var j = k - 1
        while j >= 0, !words[j + 1].breakBefore, lexicon.classes(words, j).contains(.auxiliaryAdverb) { j -= 1 }
        if j >= 0 && !words[j + 1].breakBefore {
            let before = lexicon.classes(words, j)
            // "had planned": past perfect, background to the news.
            if before.contains(.pastPerfectAuxiliary) { return false }
            // "was fired", "were sold": a passive past reports a happening too.
            if before.contains(.passiveBe) { return true }
            // "the expected rise", "to be launched", "will be used", "has been sold"
            if before.contains(.nonFiniteCue) { return false }
        }
        return true
    }

    /// "Velcor is the largest seller, with its software tightly integrated ...": a past form
    /// a few words after an `absoluteOpener`, with no break, conjunction or clause between,
    /// describes the noun before it, when a verb before the opener already made the clause.
    /// "Officials with the ministry said" has no verb before "with": "said" is its verb.
    static func endsAbsolutePhrase(_ words: [Token], _ k: Int, _ lexicon: Lexicon) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= absoluteReach, !words[j + 1].breakBefore {
            let classes = lexicon.classes(words, j)
            if classes.contains(.absoluteOpener) {
                return j + 1 < k && (0..<j).contains { !lexicon.classes(words, $0).isDisjoint(with: clauseVerbs) }
            }
            if !classes.isDisjoint(with: phraseEnders) { return false }
            j -= 1
        }
        return false
    }

    /// How many words an absolute phrase may hold before its participle ("with its new
    /// software tightly integrated").
    static let absoluteReach = 6

    /// Verbs that make a clause before an absolute phrase.
    private static let clauseVerbs: WordClasses = [.marketMoveCopula, .passiveBe, .perfectAuxiliary, .pastVerb,
                                                    .reportingVerb, .marketMoveVerb]

    /// Words that end an absolute phrase, read backwards: a clause or a list goes on there.
    private static let phraseEnders: WordClasses = [.clauseOpener, .listJoiner, .pastVerb, .passiveBe,
                                                     .perfectAuxiliary, .reportingVerb]

    /// "launched", "announced", "dropped" but not "need", "red", "hundred".
    static func isRegularPast(_ utf8: [UInt8], _ words: [Token], _ k: Int, _ lexicon: Lexicon) -> Bool {
        // The String only for the few words ending so.
        words[k].lowerEnds(with: "ed", in: utf8) && words[k].lower(utf8).utf8.count >= 5
            && !lexicon.classes(words, k).contains(.notPastVerb)
    }

    /// The participle after a perfect auxiliary ("has fired", "have already sold", "has
    /// been sacked"), if any. "Has been" before anything else tells a state ("has been
    /// clear"), not a happening.
    static func participle(_ utf8: [UInt8], _ words: [Token], _ quoted: [Bool], after k: Int, _ lexicon: Lexicon) -> Int? {
        var j = k + 1
        while j < words.count, !words[j].breakBefore, !quoted[j], lexicon.classes(words, j).contains(.auxiliaryAdverb) { j += 1 }
        guard j < words.count, !words[j].breakBefore, !quoted[j], !words[j].isCapitalized else { return nil }
        if words[j].spells("been", in: utf8) {
            return participle(utf8, words, quoted, after: j, lexicon).flatMap { words[$0].spells("been", in: utf8) ? nil : $0 }
        }
        if !lexicon.classes(words, j).isDisjoint(with: [.pastParticiple, .pastVerb]) || isRegularPast(utf8, words, j, lexicon) {
            return j
        }
        return nil
    }

    /// The sentence ends with a question mark (before any closing quote or bracket).
    static func isQuestion(_ utf8: [UInt8], _ range: ByteRange) -> Bool {
        var i = range.end - 1
        while i >= range.start {
            let b = utf8[i]
            if b == UInt8(ascii: "?") { return true }
            // Spaces, quotes and brackets, and the bytes of curly quotes, may follow the mark.
            if b == 0x20 || b == 0x0A || b == UInt8(ascii: "\"") || b == UInt8(ascii: ")") || b >= 0x80 { i -= 1; continue }
            return false
        }
        return false
    }

    /// For each word, whether it stands inside quotation marks: straight quotes toggle,
    /// curly ones open and close.
    static func quotedFlags(_ utf8: [UInt8], _ words: [Token], from start: Int) -> [Bool] {
        var flags = [Bool](repeating: false, count: words.count)
        var inside = false
        var from = start
        for (k, w) in words.enumerated() {
            var i = from
            while i < w.range.start {
                let b = utf8[i]
                if b == UInt8(ascii: "\"") {
                    inside.toggle()
                } else if b == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80 {
                    if utf8[i + 2] == 0x9C { inside = true } else if utf8[i + 2] == 0x9D { inside = false }
                }
                i += 1
            }
            flags[k] = inside
            from = w.range.end
        }
        return flags
    }
}
