/// Chooses each dated happening's passage: the whole sentence when it carries one date,
/// else one clause per date, cut at the clause boundary between two dates (a semicolon,
/// a dash, a comma before a conjunction or a relative clause, or any comma).
public enum PassageSplitter {
    /// One passage per time expression, in the order given (sorted, inside `sentence`).
    public static func passages(_ utf8: [UInt8], sentence: ByteRange,
                                timexes: [TimeExpression], lexicon: Lexicon = .bundled) -> [ByteRange] {
        guard timexes.count > 1 else { return timexes.map { _ in sentence } }
        var starts = [sentence.start]
        for k in 0..<(timexes.count - 1) {
            let fronted = isFronted(utf8, sentence.start, timexes[k].range.start)
            if let cut = boundary(utf8, timexes[k].range.end, timexes[k + 1].range.start, fronted: fronted,
                                  lexicon: lexicon) {
                starts.append(cut)
            }
        }
        var segments: [ByteRange] = []
        for (k, s) in starts.enumerated() {
            let e = k + 1 < starts.count ? starts[k + 1] : sentence.end
            segments.append(trimmed(utf8, ByteRange(s, e)))
        }
        return timexes.map { t in segments.first { $0.contains(t.range) } ?? sentence }
    }

    /// Whether two words besides the lexicon's `dateJoiner` ("and", "or", "to") stand
    /// between `lo` and `hi`.
    private static func hasTwoWords(_ u: [UInt8], _ lo: Int, _ hi: Int, lexicon: Lexicon) -> Bool {
        guard u[lo..<hi].allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: u[lo..<hi], as: UTF8.self).lowercased()
                .split(whereSeparator: { !$0.isLetter })
                .filter { !lexicon.classes(lower: String($0)).contains(.dateJoiner) }.count >= 2
        }
        // ASCII (nearly always): letter runs hashed in place, stopping at the second word.
        var words = 0
        var i = lo
        while i < hi {
            guard u[i].isASCIILetter else { i += 1; continue }
            var hash = WordHash.seed
            while i < hi, u[i].isASCIILetter {
                hash = WordHash.adding(hash, u[i].asciiLowercased)
                i += 1
            }
            if !lexicon.classes(hash: hash).contains(.dateJoiner) {
                words += 1
                if words == 2 { return true }
            }
        }
        return false
    }

    /// The best cut between byte `lo` and `hi` (the strongest mark, the earliest of equals):
    /// returns the offset where the next clause starts.
    static func boundary(_ u: [UInt8], _ lo: Int, _ hi: Int, fronted: Bool = false,
                         lexicon: Lexicon = .bundled) -> Int? {
        guard lo < hi else { return nil }
        // "March, April 2022", "Monday or Tuesday": dates side by side are one happening.
        if !hasTwoWords(u, lo, hi, lexicon: lexicon) { return nil }
        var best: (score: Int, at: Int)? = nil
        var i = lo
        // "On Friday (Dec. 30), police arrested ...": the comma after a date that opens the
        // sentence ends the adverbial, not a clause.
        if fronted {
            var depth = 0
            while i < hi {
                let b = u[i]
                if b == UInt8(ascii: "(") { depth += 1 }
                else if b == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                else if b == UInt8(ascii: ",") && depth == 0 { i += 1; break }
                else if depth == 0 && b != 0x20 { break }
                i += 1
            }
        }
        while i < hi {
            let b = u[i]
            var score = 0
            var width = 1
            if b == UInt8(ascii: ";") { score = 4 }
            else if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x93 || u[i + 2] == 0x94 {
                score = 3; width = 3   // – —
            } else if b == UInt8(ascii: ",") {
                // "170,000": a comma between digits groups a number.
                let inNumber = i > 0 && i + 1 < u.count && u[i - 1].isASCIIDigit && u[i + 1].isASCIIDigit
                if inNumber || endsListItem(u, lo, i) || opensListItem(u, i, hi, lexicon) { i += 1; continue }
                score = followedByConjunction(u, i + 1, hi, lexicon) ? 3 : 1
            } else if b == UInt8(ascii: " "), followedByContrast(u, i + 1, hi, lexicon) || followedBySecondVerb(u, i + 1, hi, lexicon) {
                // "... on Wednesday for talks but they flew ... last night", "fought the
                // disease in 2004 and took leave in 2009"
                score = 2
            }
            if score > 0, best == nil || score > best!.score {
                best = (score, i + width)
            }
            i += width
        }
        guard let best else { return nil }
        var at = best.at
        while at < hi, u[at] == UInt8(ascii: " ") { at += 1 }
        return at
    }

    private static func followedByContrast(_ u: [UInt8], _ j: Int, _ hi: Int, _ lexicon: Lexicon) -> Bool {
        var k = j
        while k < hi, (u[k] >= 97 && u[k] <= 122) { k += 1 }
        return k > j && k < hi && u[k] == UInt8(ascii: " ")
            && lexicon.classes(lowerBytes: u[j..<k]).contains(.contrastConjunction)
    }

    /// Whether `passage` is a second clause of its sentence's subject ("and took leave in
    /// 2009"): it names no subject of its own.
    static func continuesSubject(_ u: [UInt8], _ passage: ByteRange, lexicon: Lexicon) -> Bool {
        passage.start > 0 && followedBySecondVerb(u, passage.start, passage.end, lexicon)
    }

    /// "and" before a finite verb of the same subject ("and took", "and has been", "and
    /// was"): a second clause of its own, with its own happening.
    private static func followedBySecondVerb(_ u: [UInt8], _ j: Int, _ hi: Int, _ lexicon: Lexicon) -> Bool {
        var k = j
        while k < hi, u[k] == UInt8(ascii: " ") { k += 1 }
        guard nextWord(u, k, hi) == "and" else { return false }
        let verb = nextWord(u, k + 3, hi)
        return !verb.isEmpty
            && !lexicon.classes(lower: verb).isDisjoint(with: [.pastVerb, .perfectAuxiliary, .passiveBe])
    }

    /// The date opens its sentence, after at most two words ("On Friday", "Late on Monday").
    private static func isFronted(_ u: [UInt8], _ start: Int, _ timex: Int) -> Bool {
        var words = 0
        var inWord = false
        for k in start..<timex {
            let b = u[k]
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") { return false }
            let letter = b != 0x20 && b != 0x0A
            if letter && !inWord { words += 1 }
            inWord = letter
        }
        return words <= 2
    }

    /// The comma closes an item of a list ("Egypt, Qatar, and the US"): a short run of
    /// words with a comma before it. A clause never ends there.
    private static func endsListItem(_ u: [UInt8], _ lo: Int, _ comma: Int) -> Bool {
        itemEdge(u, from: comma, step: -1, lo, comma) != nil
    }

    /// The comma opens a short item that a further comma and "and"/"or" close:
    /// "the envoys of Chile, Peru, and the UK".
    private static func opensListItem(_ u: [UInt8], _ comma: Int, _ hi: Int, _ lexicon: Lexicon) -> Bool {
        guard let next = itemEdge(u, from: comma, step: 1, comma, hi) else { return false }
        let word = nextWord(u, next + 1, hi)
        return !word.isEmpty && lexicon.classes(lower: word).contains(.listJoiner)
    }

    /// The comma at the far side of the item beside `comma` (looking back with `step` -1,
    /// ahead with +1, inside lo..<hi), when the item is one to three words with no stop
    /// or semicolon in it.
    private static func itemEdge(_ u: [UInt8], from comma: Int, step: Int, _ lo: Int, _ hi: Int) -> Int? {
        var k = comma + step
        var words = 0
        var inWord = false
        while k >= lo && k < hi {
            let b = u[k]
            if b == UInt8(ascii: ",") { return words >= 1 ? k : nil }
            if b == UInt8(ascii: ";") || b == UInt8(ascii: ".") { return nil }
            let letter = b != 0x20
            if letter && !inWord { words += 1 }
            inWord = letter
            if words > 3 { return nil }
            k += step
        }
        return nil
    }

    /// The lower-case word after the spaces at `i` ("" when none starts there).
    private static func nextWord(_ u: [UInt8], _ i: Int, _ hi: Int) -> String {
        var j = i
        while j < hi, u[j] == UInt8(ascii: " ") { j += 1 }
        var k = j
        while k < hi, u[k].isASCIILower { k += 1 }
        return String(decoding: u[j..<k], as: UTF8.self)
    }

    /// A conjunction, or a relative pronoun led by a preposition (", in which he called").
    private static func followedByConjunction(_ u: [UInt8], _ i: Int, _ hi: Int, _ lexicon: Lexicon) -> Bool {
        let word = nextWord(u, i, hi)
        guard !word.isEmpty else { return false }
        let classes = lexicon.classes(lower: word)
        if classes.contains(.clauseConjunction) { return true }
        guard classes.contains(.preposition) else { return false }
        var j = i
        while j < hi, u[j] == UInt8(ascii: " ") { j += 1 }
        let after = nextWord(u, j + word.utf8.count, hi)
        return !after.isEmpty && lexicon.classes(lower: after).contains(.relativePronoun)
    }

    static func trimmed(_ u: [UInt8], _ r: ByteRange) -> ByteRange {
        var s = r.start, e = r.end
        while s < e, u[s] == UInt8(ascii: " ") || u[s] == UInt8(ascii: ",") || u[s] == 0x0A { s += 1 }
        while e > s, u[e - 1] == UInt8(ascii: " ") || u[e - 1] == UInt8(ascii: ",") || u[e - 1] == 0x0A
            || u[e - 1] == UInt8(ascii: ";") { e -= 1 }
        return ByteRange(s, e)
    }
}
