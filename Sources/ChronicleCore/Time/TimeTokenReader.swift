/// The time tokenizer's walk over one text, kept as a value so that it can be fed in two
/// ways: the bytes up to a point (`read(upTo:)`), and a word the document's word scan has
/// found already (`take`). Both give the tokens reading every byte would: the separators
/// seen since the last token and the last stop are carried from one to the other.
struct TimeTokenReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let table: LexiconTable
    private(set) var tokens: [TimeToken] = []
    /// Where reading goes on: the end of the last token or separator read.
    private(set) var position = 0
    private var pending: TimeToken.Flags = [.sentenceStart, .paragraphBefore]
    private var newlines = 0
    /// The number before was the day of a date written "13.06.2023": the next is its month.
    private var monthOfDottedDate = false
    /// The stop ('.', '!', '?') the last token is, or 0: kept aside, not read back per token.
    private var lastStop: Int16 = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) {
        self.bytes = bytes
        table = lexicon.table
        tokens.reserveCapacity(bytes.count / 5 + 8)
    }

    /// Reads separators and tokens while they start before `limit`; the last may run past
    /// it ("1,400", "a.m.").
    mutating func read(upTo limit: Int) {
        let n = bytes.count
        while position < limit {
            let i = position
            let c = bytes[i]
            if c.isHorizontalSpace {
                pending.insert(.spaceBefore)
                position += 1
                continue
            }
            if c == 0x0A {
                newlines += 1
                pending.formUnion(newlines >= 2 ? [.spaceBefore, .lineBefore, .paragraphBefore] : [.spaceBefore, .lineBefore])
                position += 1
                continue
            }
            if c == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {  // no-break space
                pending.insert(.spaceBefore)
                position += 2
                continue
            }
            let (t, end): (TimeToken, Int)
            if TimeTokenizer.isLetter(c) {
                (t, end) = TimeTokenizer.word(bytes, at: i, table: table)
            } else if TimeTokenizer.isDigit(c) {
                (t, end) = TimeTokenizer.number(bytes, at: i, monthOfDottedDate: &monthOfDottedDate)
            } else {
                (t, end) = TimeTokenizer.punctuation(bytes, at: i)
            }
            push(t)
            position = end
        }
    }

    /// The word of ASCII letters (`Token.isASCIILetters`) that starts at `position`, read
    /// from what the word scan learned: its end and its lower-case hash are the time
    /// tokenizer's own.
    mutating func take(_ word: Token) {
        let (t, end) = TimeTokenizer.word(bytes, at: position, lettersEnd: word.range.end, hash: word.lowerHash,
                                          allCaps: word.isAllCaps, table: table)
        push(t)
        position = end
    }

    @inline(__always)
    private mutating func push(_ t: TimeToken) {
        var t = t
        t.flags.formUnion(pending)
        // A stop starts a sentence when what follows looks like a start ("Inc. said" does not).
        // A number glued to a dot continues it ("13.06.2023").
        if lastStop != 0, t.kind != .word || t.flags.contains(.capitalized), !afterTitle(tokens.count - 1),
           !(t.kind == .number && !t.flags.contains(.spaceBefore) && lastStop == Int16(ASCII.period)) {
            t.flags.insert(.sentenceStart)
        }
        if t.flags.contains(.lineBefore) { t.flags.insert(.sentenceStart) }
        tokens.append(t)
        lastStop = t.kind == .punct && (t.punct(ASCII.period) || t.punct(ASCII.exclamation) || t.punct(ASCII.question)) ? t.v : 0
        pending = []
        newlines = 0
    }

    /// The dot at `dot` ends an initial ("P.") or a title or name abbreviation ("Mr.",
    /// "St."), not a sentence.
    private func afterTitle(_ dot: Int) -> Bool {
        guard tokens[dot].v == Int16(ASCII.period), dot > 0 else { return false }
        let w = tokens[dot - 1]
        guard w.kind == .word, w.end == tokens[dot].start, w.isCapitalized else { return false }
        if w.length == 1 { return true }
        return w.length <= 6
            && table.find(TimeLexicon.hash(bytes, Int(w.start), Int(w.end)))?.classes.isDisjoint(with: .inNameAbbreviation) == false
    }
}
