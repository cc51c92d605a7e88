/// Tells whether a clause opens by naming, as known, a happening the text has just told:
/// "A gas tank burst in a warehouse on Sunday. The explosion shook the street at 7 a.m." The
/// second clause says more of the first one's happening, not of a new one, so both are one
/// entry (`ChronologyBuilder`). Read: "the", at most one modifier ("the deadly explosion"),
/// then a noun of the lexicon's `happeningNoun` class, as the clause's first words.
public enum HappeningReference {
    /// How many bytes of the clause's start are read: its first few words.
    static let window = 48

    public static func refersBack(_ utf8: [UInt8], _ passage: ByteRange, lexicon: Lexicon = .bundled) -> Bool {
        refersBack(utf8, passage, in: nil, lexicon: lexicon)
    }

    /// The same, reading the clause's words from its document's words when given.
    static func refersBack(_ utf8: [UInt8], _ passage: ByteRange, in document: DocumentTokens?,
                           lexicon: Lexicon) -> Bool {
        let head = ByteRange(passage.start, min(passage.end, passage.start + window))
        let words = document?.tokens(in: head, of: utf8) ?? WordScanner.tokens(utf8, in: head)
        guard words.count >= 2, words[0].spells("the", in: utf8) else { return false }
        for k in 1...min(2, words.count - 1) {
            // "The explosion, which ..." is still the explosion; "the, explosion" is no phrase.
            guard !words[k].breakBefore, !words[k].isCapitalized, !words[k].hasDigit else { return false }
            let classes = lexicon.classes(words, k)
            if classes.contains(.happeningNoun) {
                // "the attack's aftermath", "the meeting room": the noun is not the head.
                return !words[k].isPossessive && !isNounCompound(words, k, utf8, lexicon)
            }
            if !classes.isDisjoint(with: [.functionWord, .preposition]) { return false }
        }
        return false
    }

    /// "the meeting room", "the fire department": a lower-case noun right after the
    /// happening noun makes it a modifier. A verb, a preposition or a comma after it
    /// leaves it the head.
    static func isNounCompound(_ words: [Token], _ k: Int, _ utf8: [UInt8], _ lexicon: Lexicon) -> Bool {
        guard k + 1 < words.count, !words[k + 1].breakBefore else { return false }
        let next = words[k + 1]
        if next.isCapitalized || next.hasDigit { return false }
        let classes = lexicon.classes(words, k + 1)
        if !classes.isDisjoint(with: [.functionWord, .preposition, .pastVerb, .passiveBe, .perfectAuxiliary,
                                       .auxiliaryAdverb, .reportingVerb, .clauseOpener]) { return false }
        return !(next.lowerEnds(with: "ed", in: utf8) || next.lowerEnds(with: "s", in: utf8)
                 || next.spells("will", in: utf8) || next.spells("would", in: utf8))
    }
}
