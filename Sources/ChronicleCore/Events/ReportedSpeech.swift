/// Tells a clause in which someone reports a happening from another time: "Ana Ruiz said
/// that the plant will open next year", "Acme announced that it sold a million phones last
/// year". The time expression dates what was said, not the saying: the saying is its
/// speaker's happening, told in the article's narrative, and the reported one belongs to
/// its own actors, with the speaker as its claimant.
///
/// Read: a named speaker (or a resolved reference to one) at most two words before a
/// reporting verb of the lexicon, "that" right after the verb (an adverb may stand
/// between), and the time expression after "that". "Said on Tuesday that", "said
/// Wednesday" and "was told" date the saying itself, and are not read so.
public enum ReportedSpeech {
    public struct Report: Sendable, Equatable {
        /// Position of the speaker among the candidates given.
        public var speaker: Int
        /// Where the reported clause starts: the byte after "that".
        public var complementStart: Int
        /// How the saying is told: "said" continues the narrative; "says" or "has said" is
        /// a report of now, dated by the article.
        public var tense: HappeningClause.Tense
    }

    /// `speakers` are the byte ranges of the actor mentions and references in `passage`,
    /// in text order.
    public static func report(_ utf8: [UInt8], _ passage: ByteRange, timex: ByteRange, speakers: [ByteRange],
                              lexicon: Lexicon = .bundled) -> Report? {
        report(utf8, passage, in: nil, timex: timex, speakers: speakers, lexicon: lexicon)
    }

    /// The same, reading the passage's words from its document's words when given.
    static func report(_ utf8: [UInt8], _ passage: ByteRange, in document: DocumentTokens?, timex: ByteRange,
                       speakers: [ByteRange], lexicon: Lexicon) -> Report? {
        guard !speakers.isEmpty, timex.start > passage.start else { return nil }
        let before = ByteRange(passage.start, timex.start)
        let words = document?.tokens(in: before, of: utf8) ?? WordScanner.tokens(utf8, in: before)
        for (k, w) in words.enumerated() where lexicon.classes(w).contains(.reportingVerb) {
            // "to say", "was told": the lexicon's words that make the verb name no speaker.
            guard !w.isCapitalized, k > 0, !lexicon.classes(words, k - 1).contains(.speechBlocker) else { continue }
            var t = k + 1
            while t < words.count, !words[t].breakBefore, lexicon.classes(words, t).contains(.auxiliaryAdverb) { t += 1 }
            guard t < words.count, !words[t].breakBefore, words[t].spells("that", in: utf8) else { continue }
            // The speaker: the last mention ending before the verb, with at most two words
            // ("also", "has") between, none of them a quotation mark.
            guard let s = speakers.lastIndex(where: { $0.end <= w.range.start }) else { return nil }
            let between = words.filter { $0.range.start >= speakers[s].end && $0.range.end <= w.range.start }
            guard between.count <= 2, !between.contains(where: { $0.breakBefore }),
                  !utf8[speakers[s].end..<w.range.start].contains(UInt8(ascii: "\"")) else { return nil }
            // "Staff at stores in Oslo said that": a name after a preposition is no speaker.
            if let first = words.firstIndex(where: { $0.range.start >= speakers[s].start }), first > 0,
               !words[first].breakBefore,
               !lexicon.classes(words, first - 1).isDisjoint(with: [.preposition, .locativePreposition]) {
                return nil
            }
            let now = w.lowerEnds(with: "s", in: utf8) || lexicon.classes(words, k - 1).contains(.perfectAuxiliary)
            return Report(speaker: s, complementStart: words[t].range.end, tense: now ? .perfect : .past)
        }
        return nil
    }
}
