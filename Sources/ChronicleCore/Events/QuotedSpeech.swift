/// Who speaks the words inside quotation marks. News gives a quotation to its speaker once:
/// before it ("Ana Ruiz said: “…”") or right after it ("“…,” she said", "“…,” said Ana
/// Ruiz"); a quotation that goes on after its attribution ("“…,” she said. “…”") is the same
/// speaker's. A statement inside a quotation is its speaker's even where no sentence of it
/// names them, so the speaker takes part in it.
enum QuotedSpeech {
    struct Quotation: Equatable {
        /// From the opening mark to the end of the closing one.
        var range: ByteRange
        /// The position of the speaker among the candidates given.
        var speaker: Int
        /// The attribution as written ("she said", "said Ana Ruiz").
        var attribution: ByteRange
    }

    /// A quotation followed by its own attribution that far (in words) from the last one is
    /// not taken to go on with the last one's speaker.
    static let continuationWords = 8

    /// The quotations of a document whose speaker its text gives. `marks`: its
    /// `quotationMarks`; `speakers`: the byte ranges of the actor mentions and references
    /// that may speak, in text order.
    static func quotations(_ utf8: [UInt8], marks: [ByteRange], words: [Token], speakers: [ByteRange],
                           lexicon: Lexicon) -> [Quotation] {
        guard !marks.isEmpty, !speakers.isEmpty else { return [] }
        var out: [Quotation] = []
        var previous: Quotation? = nil
        for quote in marks {
            let attributed = after(quote, utf8, words, speakers, lexicon) ?? before(quote, utf8, words, speakers, lexicon)
            if let attributed {
                let q = Quotation(range: quote, speaker: attributed.speaker, attribution: attributed.words)
                out.append(q)
                previous = q
            } else if let p = previous, continues(from: p.range.end, to: quote.start, utf8, words) {
                let q = Quotation(range: quote, speaker: p.speaker, attribution: p.attribution)
                out.append(q)
                previous = q
            } else {
                previous = nil
            }
        }
        return out
    }

    /// The spans between an opening and a closing double quotation mark, curly or straight,
    /// on one line: a quotation left open at a line's end is not paired with the next line's.
    static func quotationMarks(_ bytes: [UInt8]) -> [ByteRange] {
        // Every byte of the document is looked at, nearly all only to be passed: eight at a
        // time while none of them is a line feed, a straight quotation mark or the lead byte
        // of a curly one.
        bytes.withUnsafeBufferPointer { u in
            var out: [ByteRange] = []
            var open: (start: Int, curly: Bool)? = nil
            let raw = UnsafeRawBufferPointer(u)
            var i = 0
            while i < u.count {
                if i + 8 <= u.count {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !Self.mayHold(word, 0x0A) && !Self.mayHold(word, 0xE2) && !Self.mayHold(word, UInt8(ascii: "\"")) {
                        i += 8
                        continue
                    }
                }
                let b = u[i]
                if b != 0x0A && b != 0xE2 && b != UInt8(ascii: "\"") {
                    i += 1
                    continue
                }
                if b == 0x0A {
                    open = nil
                } else if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x9C || u[i + 2] == 0x9D {
                    if u[i + 2] == 0x9C {
                        open = (i, true)
                    } else {
                        if let o = open, o.curly { out.append(ByteRange(o.start, i + 3)) }
                        open = nil
                    }
                    i += 3
                    continue
                } else if b == UInt8(ascii: "\"") {
                    if let o = open, !o.curly {
                        out.append(ByteRange(o.start, i + 1))
                        open = nil
                    } else if open == nil {
                        open = (i, false)
                    }
                }
                i += 1
            }
            return out
        }
    }

    /// Whether any of the eight bytes of `word` may be `byte` (never false when one is): a
    /// byte equal to it is zero after the exclusive or, and a zero byte sets its high bit in
    /// the borrow of the subtraction.
    @inline(__always) private static func mayHold(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// The speaker whose words start at `offset` (`speakers` are in text order).
    private static func speaker(startingAt offset: Int, _ speakers: [ByteRange]) -> Int? {
        let s = speakers.partitioningIndex { $0.start >= offset }
        return s < speakers.count && speakers[s].start == offset ? s : nil
    }

    private static func isSpeech(_ w: Token, _ lexicon: Lexicon) -> Bool {
        !lexicon.classes(w).isDisjoint(with: [.reportingVerb, .speechVerb])
    }

    /// "“…,” she said", "“…,” said Ana Ruiz", "“…?” asked the envoy": the attribution right
    /// after the closing mark. After a quotation closed by a full stop, only a short
    /// sentence of its own ("“….” Ana Ruiz said.") attributes it: a longer one goes on with
    /// something else.
    private static func after(_ quote: ByteRange, _ utf8: [UInt8], _ words: [Token], _ speakers: [ByteRange],
                              _ lexicon: Lexicon) -> (speaker: Int, words: ByteRange)? {
        let a = words.partitioningIndex { $0.range.start >= quote.end }
        guard a < words.count,
              utf8[quote.end..<words[a].range.start].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: ",") }) else { return nil }
        let closedByStop = quote.end >= 4 && utf8[quote.end - (utf8[quote.end - 1] == UInt8(ascii: "\"") ? 2 : 4)] == UInt8(ascii: ".")
        var attribution: (speaker: Int, words: ByteRange, last: Int)? = nil
        if isSpeech(words[a], lexicon), a + 1 < words.count, !words[a + 1].breakBefore,
           let s = speaker(startingAt: words[a + 1].range.start, speakers) {
            // "said Ana Ruiz", "said the company"
            let last = words.partitioningIndex { $0.range.end > speakers[s].end } - 1
            attribution = (s, ByteRange(words[a].range.start, speakers[s].end), last)
        } else if let s = speaker(startingAt: words[a].range.start, speakers) {
            // "she said", "Ana Ruiz also said": only fillers between the speaker and the verb.
            var v = words.partitioningIndex { $0.range.start >= speakers[s].end }
            while v < words.count, !words[v].breakBefore, lexicon.classes(words, v).contains(.claimFiller) { v += 1 }
            guard v < words.count, !words[v].breakBefore, isSpeech(words[v], lexicon) else { return nil }
            attribution = (s, ByteRange(words[a].range.start, words[v].range.end), v)
        }
        guard let attribution else { return nil }
        if closedByStop {
            // At most a few words ("on Monday", "told reporters") before its own stop.
            let next = attribution.last + 1
            guard next + 4 > words.count || (next..<next + 4).contains(where: { words[$0].afterStop }) else { return nil }
        }
        return (attribution.speaker, attribution.words)
    }

    /// "Ana Ruiz said: “…”", "Ana Ruiz stressed the point: “…”", "said Ana Ruiz: “…”": the
    /// attribution in the same sentence, ending in a colon or a comma right before the
    /// opening mark.
    private static func before(_ quote: ByteRange, _ utf8: [UInt8], _ words: [Token], _ speakers: [ByteRange],
                               _ lexicon: Lexicon) -> (speaker: Int, words: ByteRange)? {
        var e = quote.start
        while e > 0, utf8[e - 1] == 0x20 { e -= 1 }
        guard e > 0, utf8[e - 1] == UInt8(ascii: ":") || utf8[e - 1] == UInt8(ascii: ",") else { return nil }
        let end = words.partitioningIndex { $0.range.start >= e }
        var start = end
        while start > 0, end - start < 10 {
            start -= 1
            if words[start].afterStop { break }
        }
        guard start < end, let v = (start..<end).last(where: { isSpeech(words[$0], lexicon) }) else { return nil }
        if !words[v].breakBefore,
           let s = speakers.lastIndex(where: { $0.end <= words[v].range.start && $0.start >= words[start].range.start }) {
            let between = words[(words.partitioningIndex { $0.range.start >= speakers[s].end })..<v]
            if between.allSatisfy({ !$0.breakBefore && lexicon.classes($0).contains(.claimFiller) }) {
                return (s, ByteRange(speakers[s].start, words[v].range.end))
            }
        }
        if v + 1 < end, let s = speaker(startingAt: words[v + 1].range.start, speakers) {
            return (s, ByteRange(words[v].range.start, speakers[s].end))
        }
        return nil
    }

    /// Whether a quotation starting at `start` goes on from one ending at `end`: the same
    /// line, with no more than an attribution's few words between.
    private static func continues(from end: Int, to start: Int, _ utf8: [UInt8], _ words: [Token]) -> Bool {
        guard end <= start, !utf8[end..<start].contains(0x0A) else { return false }
        let first = words.partitioningIndex { $0.range.start >= end }
        let past = words.partitioningIndex { $0.range.start >= start }
        return past - first <= continuationWords
    }
}
