/// Splits news text into sentences, as byte ranges of the original bytes.
///
/// Works on bytes in one pass after a line survey (`LineLayout`): a sentence ends at a
/// stop (`.` `!` `?` `…`, with any closing quotes or brackets after it) followed by
/// white space, unless the period belongs to an abbreviation, a title or an initial
/// ("Lt. Gen.", "U.S. officials", "George W. Bush", "No. 5") or the next word goes on
/// in lower case (a name like "iPhone" does not); periods inside numbers and names ("3.5", "U.S.-led") never end one.
/// Line breaks end sentences as `LineLayout` decides: a blank line (unless a cut-off
/// sentence goes on in lower case after it), a headline or caption line without a stop
/// too, a wrap inside a paragraph never.
public enum SentenceSplitter {
    /// Abbreviations, titles, the short forms of months and weekdays and the words that
    /// open sentences are the lexicon's.
    public static func split(_ utf8: [UInt8], lexicon: Lexicon = .bundled) -> [ByteRange] {
        utf8.withUnsafeBufferPointer { split($0, lexicon: lexicon).sentences }
    }

    /// The sentences and the line breaks that end none (`LineLayout.continuing`), from one
    /// survey of the lines.
    static func sentencesAndWraps(_ utf8: [UInt8], lexicon: Lexicon) -> (sentences: [ByteRange], continuing: [Int]) {
        utf8.withUnsafeBufferPointer { split($0, lexicon: lexicon) }
    }

    static func split(_ u: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> (sentences: [ByteRange], continuing: [Int]) {
        let layout = LineLayout(u)
        let breaks = layout.breakEndsSentence
        var out: [ByteRange] = []
        out.reserveCapacity(u.count / 100 + 1)
        let n = u.count
        var start = -1        // first byte of the open sentence, -1 when none
        var line = 0          // index of the line holding byte i
        var quotes = QuoteCount()

        func close(_ end: Int) {
            guard start >= 0 else { return }
            var e = end
            while e > start { let w = UnicodeSpace.lengthBefore(u, e); if w == 0 { break }; e -= w }
            if e > start { out.append(ByteRange(start, e)) }
            start = -1
        }

        var i = 0
        while i < n {
            if start >= 0 {
                // Inside a sentence only line breaks and stops matter: skip to the next.
                while i < n && !SentenceStops.mayMatter(u[i]) { i += 1 }
                if i == n { break }
            }
            let b = u[i]
            if b == 0x0A {
                if breaks[line] {
                    close(i)
                    quotes = QuoteCount(from: i + 1)
                }
                line += 1
                i += 1
                continue
            }
            if start < 0 {
                let w = UnicodeSpace.length(u, i)
                if w > 0 { i += w; continue }
                start = i
            }
            let stop = SentenceStops.stopLength(u, i)
            if stop == 0 { i += 1; continue }

            // The stop cluster: "?!", "...", then closing quotes and brackets.
            var j = i + stop
            var dots = b == 0x2E ? 1 : 0
            while j < n {
                let more = SentenceStops.stopLength(u, j)
                if more > 0 { if u[j] == 0x2E { dots += 1 }; j += more; continue }
                let closer = SentenceStops.closerLength(u, j)
                if closer > 0 { j += closer; continue }
                break
            }
            j = spacedCloser(u, after: j, quotes: &quotes, stop: i)
            if j >= n { close(n); break }
            if UnicodeSpace.length(u, j) == 0 { i = j; continue }   // "3.5", "U.S.-led", "Yahoo!Inc"

            // The next content, across white space and wrapped line breaks only.
            var k = j
            var lineAtK = line
            var hardBreakFirst = false
            while k < n {
                if u[k] == 0x0A {
                    if breaks[lineAtK] { hardBreakFirst = true; break }
                    lineAtK += 1
                    k += 1
                    continue
                }
                let w = UnicodeSpace.length(u, k)
                if w == 0 { break }
                k += w
            }
            if hardBreakFirst || k >= n {
                // The line break (or the end of the text) closes the sentence anyway.
                i = j
                continue
            }
            let isPeriodOnly = b == 0x2E && dots == 1 && stop == 1
            if endsHere(u, stopAt: i, isPeriod: isPeriodOnly, next: k, sentenceStart: start, lexicon: lexicon) {
                close(j)
            }
            i = j
        }
        close(n)
        return (out, layout.continuing)
    }

    /// The end of the stop cluster ending at `j`, taking in a straight double quote set apart
    /// by spaces that closes a quotation still open (`... it is incredible. " He showed ...`,
    /// as text whose quotes were spaced from their words has it): the sentence ends after
    /// that quote, and the next one opens with its own first word. A quotation may run over
    /// several sentences of its paragraph (`states: " Orvo has lost a visionary. Those of us
    /// ... " Dana Hale said`). With the paragraph's quotes even so far, the quote opens the
    /// next sentence's quotation and stays there.
    private static func spacedCloser(_ u: UnsafeBufferPointer<UInt8>, after j: Int, quotes: inout QuoteCount,
                                     stop: Int) -> Int {
        var q = j
        while q < u.count, u[q] == 0x20 { q += 1 }
        guard q > j, q < u.count, u[q] == 0x22, q + 1 == u.count || UnicodeSpace.length(u, q + 1) > 0 else { return j }
        return quotes.isOdd(u, before: stop) ? q + 1 : j
    }

    /// The straight double quotes of a paragraph so far, counted once each: a paragraph
    /// of one long line may hold many spaced quotes.
    private struct QuoteCount {
        private var counted: Int
        private var odd = false

        init(from start: Int = 0) { counted = start }

        /// Whether the paragraph's quotes before `end` are odd.
        mutating func isOdd(_ u: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
            while counted < end {
                if u[counted] == 0x22 { odd.toggle() }
                counted += 1
            }
            return odd
        }
    }

    /// Whether the stop at `t`, followed after white space by the text at `k`, ends the
    /// sentence.
    private static func endsHere(_ u: UnsafeBufferPointer<UInt8>, stopAt t: Int, isPeriod: Bool,
                                 next k: Int, sentenceStart: Int, lexicon: Lexicon) -> Bool {
        let next = u[k]
        if next.isASCIILower { return isCamelCase(u, at: k) }
        guard isPeriod else { return true }

        // The word before the period: letters and inner periods ("U.S", "Gen", "J").
        var w = t
        while w > sentenceStart, u[w - 1].isASCIILetter || u[w - 1] == 0x2E { w -= 1 }
        if w == t {
            // "in 2008." ends a sentence; "2. Aid flows" opens a numbered item.
            var d = t
            while d > sentenceStart, u[d - 1].isASCIIDigit { d -= 1 }
            return !(d == sentenceStart && t - d <= 3 && t > d)
        }
        if w > sentenceStart, u[w - 1] >= 0x80 || u[w - 1].isASCIIDigit || u[w - 1] == 0x27 {
            // Part of a longer word ("Zelenskyy.", "1990s.", "Kremlin's.").
            return true
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: u[w..<t]), as: UTF8.self)
        let lower = word.lowercased()
        let capital = u[w].isASCIIUpper
        let entry = lexicon.entry(hash: WordHash.of(lower))
        let classes = entry.classes
        let title = classes.contains(.titleAbbreviation)
        let shortName = entry.isShortForm || classes.contains(.nameAbbreviation)

        if classes.contains(.neverFinalAbbreviation) { return false }
        let known = (capital && (title || shortName || classes.contains(.capitalizedAbbreviation)))
            || (!capital && classes.contains(.lowercaseAbbreviation))
        // "U.S", "D.C", "a.m", "Ph.D": short letter groups joined by periods (not "example.org").
        let dotted = word.utf8.contains(0x2E)
            && word.utf8.split(separator: 0x2E).allSatisfy { $0.count <= 2 }
        // "gave G.M. 60 days": news spells out a number that opens a sentence.
        if next.isASCIIDigit { return !(known || dotted) }
        let initial = word.utf8.count == 1 && capital
        if initial { return startsSentence(u, at: k, lexicon: lexicon) }
        if classes.contains(.numberAbbreviation) { return true }
        if capital && title { return false }
        if known || dotted {
            return startsSentence(u, at: k, lexicon: lexicon) || startsWithSentenceAdverb(u, at: k)
                || (dotted && opensWithSurnameAndVerb(u, at: k, lexicon: lexicon))
        }
        return true
    }

    /// "... sold in the U.S. Lund also noted ...": after an initialism, a capitalised word the
    /// text writes elsewhere as the last word of a name ("Ada Lund"), then a verb, is a
    /// person opening the next sentence. A word that qualifies or heads a body ("U.S. Army
    /// said", "U.S. Senate voted", "U.S. Airways said") goes on with the initialism.
    private static func opensWithSurnameAndVerb(_ u: UnsafeBufferPointer<UInt8>, at k: Int, lexicon: Lexicon) -> Bool {
        guard u[k].isASCIIUpper else { return false }
        var e = k + 1
        while e < u.count, u[e].isASCIILower { e += 1 }
        guard e - k >= 2, e + 1 < u.count, u[e] == 0x20, u[e + 1].isASCIILower else { return false }
        var v = e + 1
        while v < u.count, u[v].isASCIILower { v += 1 }
        guard v == u.count || !u[v].isASCIILetter else { return false }
        func classes(_ from: Int, _ to: Int) -> WordClasses {
            var hash = WordHash.seed
            for x in from..<to { hash = WordHash.adding(hash, u[x].asciiLowercased) }
            return lexicon.classes(hash: hash)
        }
        let verb = classes(e + 1, v)
        guard !verb.isDisjoint(with: [.reportingVerb, .speechVerb, .pastVerb, .actingAfterIt, .perfectAuxiliary,
                                      .pastPerfectAuxiliary, .passiveBe]),
              verb.isDisjoint(with: .ambiguousPast) else { return false }
        let name = classes(k, e)
        guard name.isDisjoint(with: [.organizationHead, .placeHead, .companyNameTail, .companySuffix, .personTitle,
                                     .titleWord, .legislature, .demonym, .clubWord, .occasionHead, .sentenceOpener])
        else { return false }
        return endsNameElsewhere(u, word: k..<e)
    }

    /// Whether the word `word` of `u` stands elsewhere right after another capitalised word
    /// of letters and one space ("Ada Lund"), whole.
    private static func endsNameElsewhere(_ u: UnsafeBufferPointer<UInt8>, word: Range<Int>) -> Bool {
        let length = word.count
        var p = 2
        while p + length <= u.count {
            defer { p += 1 }
            guard p != word.lowerBound, u[p] == u[word.lowerBound], u[p - 1] == 0x20,
                  (0..<length).allSatisfy({ u[p + $0] == u[word.lowerBound + $0] }),
                  p + length == u.count || !u[p + length].isASCIILetter else { continue }
            var s = p - 1
            while s > 0, u[s - 1].isASCIILower { s -= 1 }
            if s < p - 2, s > 0, u[s - 1].isASCIIUpper, s - 1 == 0 || !u[s - 2].isASCIILetter && u[s - 2] != 0x2E {
                return true
            }
        }
        return false
    }

    /// A word in lower case with a capital inside ("iPhone", "eBay", "macOS"): a name, which
    /// a sentence may open with.
    private static func isCamelCase(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        var e = k + 1
        while e < u.count, u[e].isASCIILetter {
            if u[e].isASCIIUpper { return true }
            e += 1
        }
        return false
    }

    /// "Recently," "Separately," after "Co." or "U.S.": a capitalized adverb and a comma
    /// open a sentence. (Not used after initials: "J. Kelly, the mayor".)
    private static func startsWithSentenceAdverb(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        guard u[k].isASCIIUpper else { return false }
        var e = k + 1
        while e < u.count, u[e].isASCIILower { e += 1 }
        return e - k >= 4 && e < u.count && u[e] == 0x2C && u[e - 2] == 0x6C && u[e - 1] == 0x79
    }

    /// Whether the text at `k` looks like the start of a sentence rather than the rest
    /// of a name: a common opening word, or an opening quote.
    private static func startsSentence(_ u: UnsafeBufferPointer<UInt8>, at k: Int, lexicon: Lexicon) -> Bool {
        let b = u[k]
        // An opening quote (" ' “ ‘ «) opens a sentence when what it quotes does.
        var quote = 0
        if b == 0x22 || b == 0x27 { quote = 1 }
        if b == 0xE2, k + 2 < u.count, u[k + 1] == 0x80, u[k + 2] == 0x9C || u[k + 2] == 0x98 { quote = 3 }
        if b == 0xC2, k + 1 < u.count, u[k + 1] == 0xAB { quote = 2 }
        if quote > 0 { return k + quote < u.count && !u[k + quote].isASCIILower }
        guard b.isASCIIUpper else { return false }
        var e = k
        while e < u.count, e - k < 12, u[e].isASCIILetter || u[e] == 0x27 { e += 1 }
        if e < u.count, u[e].isASCIILetter { return false }        // longer than any opener
        var hash = WordHash.seed
        for x in k..<e { hash = WordHash.adding(hash, u[x].asciiLowercased) }
        return lexicon.classes(hash: hash).contains(.sentenceOpener)
    }
}
