/// The gazetteer's names and aliases as word sequences, for longest-match look-up in text.
///
/// Single-word aliases match with their exact case ("US" is not "us", "X" not "x");
/// longer ones ignore case after the first letter ("Zaporizhzhia Region" finds
/// "Zaporizhzhia region").
///
/// A class, built once and never changed: every document's scan holds it as one pointer
/// instead of a copy of its tables.
final class GazetteerIndex: Sendable {
    /// A class: the look-up runs at most capitalised words of every document, and a
    /// struct copied out of its list retained each of its arrays.
    final class Pattern: Sendable {
        let words: [String]
        let lowers: [String]
        let lowerHashes: [UInt64]
        let possessive: [Bool]
        /// The separator before each word that is no plain space ("&" of "Standard &
        /// Poor's 500", "S&P 500"): a match needs the same one there; nil where there is none.
        let gaps: [[UInt8]?]
        let entry: Int
        let form: String
        /// The first byte of the first word, whose case a match of several words keeps.
        let firstByte: UInt8?

        init(words: [String], lowers: [String], lowerHashes: [UInt64], possessive: [Bool], gaps: [[UInt8]?],
             entry: Int, form: String) {
            self.words = words
            self.lowers = lowers
            self.lowerHashes = lowerHashes
            self.possessive = possessive
            self.gaps = gaps
            self.entry = entry
            self.form = form
            firstByte = words.first?.utf8.first
        }
    }

    let gazetteer: Gazetteer
    /// Each entry's `forms`, worked out once: a scan asks for them at every surname it
    /// meets, and each answer builds a set.
    let forms: [[String]]
    /// Patterns by their first word, lower-cased, longest first.
    private let byFirstWord: WordTable<[Pattern]>
    private let byText: WordTable<Int>
    /// First bytes of patterns that start in lower case ("defense ministry"): other
    /// lower-case words need no look-up at all.
    private let lowerStarts: [Bool]

    init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        forms = gazetteer.entries.map(\.forms)
        var byFirstWord = WordTable<[Pattern]>()
        var byText = WordTable<Int>()
        var lowerStarts = [Bool](repeating: false, count: 256)
        for index in gazetteer.entries.indices {
            for form in forms[index] {
                let bytes = Array(form.utf8)
                let words = WordScanner.scan(bytes)
                guard let first = words.first else { continue }
                let gaps: [[UInt8]?] = words.indices.map { k in
                    k > 0 && words[k].breakBefore ? Array(bytes[Self.gapStart(words[k - 1], bytes)..<words[k].range.start]) : nil
                }
                let pattern = Pattern(words: words.map(\.text), lowers: words.map(\.lower),
                                      lowerHashes: words.map(\.lowerHash), possessive: words.map(\.isPossessive),
                                      gaps: gaps, entry: index, form: form)
                let key = first.text.lowercased()
                byFirstWord.set(key, (byFirstWord[key] ?? []) + [pattern])
                if !first.isCapitalized, let b = first.text.utf8.first { lowerStarts[Int(b)] = true }
                if byText[form] == nil { byText.set(form, index) }
            }
        }
        for key in byFirstWord.keys {
            byFirstWord.set(key, byFirstWord[key]!.sorted { $0.words.count > $1.words.count })
        }
        self.byFirstWord = byFirstWord
        self.byText = byText
        self.lowerStarts = lowerStarts
    }

    /// The entry that lists exactly this spelling, if any.
    func entry(forText text: String) -> Int? { byText[text] }

    /// The entry that lists exactly the word `token` as written, if any.
    func entry(for token: Token, in utf8: [UInt8]) -> Int? {
        byText.find(bytes: utf8[token.range.start..<token.range.end], hash: token.textHash(utf8))
            .map { byText.values[$0] }
    }

    /// The longest gazetteer pattern starting at `words[at]` and staying inside `limit`.
    /// (The test that rules out most words is made in the caller: it is asked of every word.)
    @inline(__always) func match(_ words: [Token], at: Int, limit: Int, in utf8: [UInt8]) -> (entry: Int, length: Int)? {
        if !words[at].isCapitalized, !lowerStarts[Int(utf8[words[at].range.start])] { return nil }
        return longestMatch(words, at: at, limit: limit, utf8)
    }

    private func longestMatch(_ words: [Token], at: Int, limit: Int, _ utf8: [UInt8]) -> (entry: Int, length: Int)? {
        guard let e = byFirstWord.find(hash: words[at].lowerHash, where: { words[at].lowerEquals($0, in: utf8) })
        else { return nil }
        for p in byFirstWord.values[e] where at + p.words.count <= limit {
            var ok = true
            for k in 0..<p.words.count {
                let w = words[at + k]
                if k > 0 && w.breakBefore {
                    guard let gap = p.gaps[k],
                          utf8[Self.gapStart(words[at + k - 1].range, utf8)..<w.range.start].elementsEqual(gap)
                    else { ok = false; break }
                }
                if k < p.words.count - 1 && w.isPossessive != p.possessive[k] { ok = false; break }
                if p.words.count == 1 || k == 0 {
                    if p.words.count == 1 ? !w.isWritten(p.words[k], in: utf8)
                        : !sameFirstCase(utf8[w.range.start], p.firstByte) {
                        ok = false; break
                    }
                }
                // The first word is the key the patterns are filed under, compared already.
                if k > 0, w.lowerHash != p.lowerHashes[k] || !w.lowerEquals(p.lowers[k], in: utf8) { ok = false; break }
            }
            if ok { return (p.entry, p.words.count) }
        }
        return nil
    }

    /// Where the separator after a word starts: past its possessive "'s" when it has one.
    static func gapStart(_ word: Word, _ bytes: [UInt8]) -> Int { gapStart(word.range, bytes) }

    static func gapStart(_ range: ByteRange, _ bytes: [UInt8]) -> Int {
        PossessiveEnding.end(bytes, at: range.end) ?? range.end
    }

    private func sameFirstCase(_ x: UInt8, _ first: UInt8?) -> Bool {
        guard let y = first else { return false }
        return WordScanner.isUpperASCII(x) == WordScanner.isUpperASCII(y)
    }
}
