/// Fiscal and calendar parts of a year: "the third quarter", "third-quarter", "Q3 2025",
/// "the fiscal first quarter", "the year-ago quarter", "the latest period",
/// "the first half of 1990", "the 1988 second quarter".
extension TimeScanner {
    /// TimeBank's spans leave out a possessive ("its fourth quarter") and any determiner of
    /// a quarter used as an adjective ("a third-quarter loss").
    mutating func quarterPhrase(_ i: Int) -> TimeMatch? {
        guard var m = quarterPhraseSpan(i) else { return nil }
        if kw(i, .possessive) || ((kw(i, .a) || kw(i, .the)) && cls(i + 1) == .ordinal && hyphen(i + 2)) {
            m.start = i + 1
        }
        return m
    }

    /// What a quarter phrase has said so far, read left to right by the rules below.
    struct QuarterPhrase {
        /// The next token to read.
        var j: Int
        /// An article or a word that makes a bare "quarter" definite.
        var determined = false
        var year: Int? = nil
        var yearShift = 0
        /// "the same quarter", "the latest period": the period under discussion.
        var anaphoricBare = false
        /// "this quarter", "the current quarter".
        var current = false
        var latest = false
        /// The ordinal before the head, -1 for "last" ("the last quarter of").
        var ordinal: Int? = nil
        var isHalf = false
    }

    /// How reading a part of a phrase ended: go on, no phrase here, or the whole phrase.
    enum QuarterStep {
        case next
        case none
        case found(TimeMatch)
    }

    private mutating func quarterPhraseSpan(_ i: Int) -> TimeMatch? {
        guard i < count, var q = quarterDeterminer(i) else { return nil }
        switch quarterModifiers(i, &q) {
        case .none: return nil
        case .found(let m): return m
        case .next: break
        }
        guard quarterHead(&q) else { return nil }
        switch quarterYear(i, &q) {
        case .none: return nil
        case .found(let m): return m
        case .next: break
        }
        if q.year == nil, q.ordinal != nil, inGame(i) { return nil }
        return placeQuarter(i, q)
    }

    /// "the", "this", "its", "a" (only before an ordinal: "a flat second quarter"), then
    /// "this year's", "last year's", then a year number after a determiner ("the 1988 quarter").
    mutating func quarterDeterminer(_ i: Int) -> QuarterPhrase? {
        var q = QuarterPhrase(j: i)
        let yearPossessive = (kw(i, .this) || kw(i, .last) || kw(i, .next)) && unit(i + 1) == .year && p(i + 2, ASCII.apostrophe)
        if !yearPossessive, kw(i, .the) || kw(i, .this) || kw(i, .that) || kw(i, .possessive) || kw(i, .a) {
            if kw(i, .a) {
                guard cls(i + 1) == .ordinal || cls(i + 2) == .ordinal else { return nil }
            }
            // "reported that third-quarter profit": a conjunction, not a determiner.
            if kw(i, .that), cls(i + 1) == .ordinal { return nil }
            q.current = kw(i, .this)
            q.determined = true
            q.j += 1
        }
        let j = q.j
        if kw(j, .this) || kw(j, .last) || kw(j, .next), unit(j + 1) == .year, p(j + 2, ASCII.apostrophe), isWord(j + 3), glued(j + 3) {
            let shift = kw(j, .this) ? 0 : (kw(j, .last) ? -1 : 1)
            q.year = dct.map { $0.year + shift }
            q.yearShift = 0
            q.determined = true
            q.j += 4
        }
        if let (y, e) = yearNumber(q.j), tokens[q.j].kind == .number, q.determined {
            q.year = y
            q.j = e
        }
        return q
    }

    /// The words between the determiner and the ordinal: "fiscal", "same", "latest",
    /// "previous", "year-ago"; "next quarter" and "last quarter" are whole phrases.
    mutating func quarterModifiers(_ i: Int, _ q: inout QuarterPhrase) -> QuarterStep {
        while q.j < count {
            let j = q.j
            if kw(j, .fiscal) || kw(j, .financial) || kw(j, .calendar) || kw(j, .comparable) || kw(j, .corresponding)
                || kw(j, .same) || kw(j, .full) {
                if kw(j, .same) || kw(j, .comparable) || kw(j, .corresponding) { q.anaphoricBare = true }
                q.j += 1
                if p(q.j, ASCII.hyphen), glued(q.j) { q.j += 1 }
                continue
            }
            if kw(j, .last) && kw(j + 1, .half) { break }
            if kw(j, .latest) || kw(j, .current) || kw(j, .previous) || kw(j, .prior) || kw(j, .last) || kw(j, .next) || kw(j, .past) {
                if kw(j, .latest) { q.anaphoricBare = true; q.latest = true }
                if kw(j, .current) { q.current = true }
                if kw(j, .previous) || kw(j, .prior) || kw(j, .last) || kw(j, .past) {
                    if !(cls(j + 1) == .ordinal || unit(j + 1) == .quarter || kw(j + 1, .period)) { return .none }
                    if unit(j + 1) == .quarter || kw(j + 1, .period) { q.yearShift = 0; q.current = false; q.anaphoricBare = false }
                }
                if kw(j, .next) && (unit(j + 1) == .quarter) {
                    guard let dct else { return .none }
                    return .found(finish(i, j + 2, TimeArithmetic.point(.quarter, 1, from: dct)!))
                }
                if (kw(j, .last) || kw(j, .previous) || kw(j, .past)) && unit(j + 1) == .quarter && !plural(j + 1) {
                    guard let dct else { return .none }
                    return .found(finish(i, j + 2, TimeArithmetic.point(.quarter, -1, from: dct)!))
                }
                q.determined = true
                q.j += 1
                continue
            }
            // "year-ago", "year-earlier", "year earlier"
            if unit(j) == .year, !plural(j), (hyphen(j + 1) && (kw(j + 2, .ago) || kw(j + 2, .earlier))) {
                q.yearShift = -1
                q.anaphoricBare = true
                q.determined = true
                q.j += 3
                continue
            }
            if unit(j) == .year, !plural(j), kw(j + 1, .earlier) || kw(j + 1, .ago) {
                q.yearShift = -1
                q.anaphoricBare = true
                q.determined = true
                q.j += 2
                continue
            }
            break
        }
        return .next
    }

    /// The ordinal and the head: "third quarter", "third-quarter", "first two quarters",
    /// "first half", "the latest period". False when no head follows, or the phrase is
    /// something else ("quarter-century", "the quarter of the cases").
    mutating func quarterHead(_ q: inout QuarterPhrase) -> Bool {
        if cls(q.j) == .ordinal || (kw(q.j, .last) && (kw(q.j + 1, .half) || unit(q.j + 1) == .quarter)) {
            q.ordinal = kw(q.j, .last) ? -1 : Int(tokens[q.j].v)
            q.j += 1
            if p(q.j, ASCII.hyphen), glued(q.j) { q.j += 1 }
        }
        let j = q.j
        if q.ordinal == 1, cls(j) == .cardinal, tokens[j].v == 2, unit(j + 1) == .quarter, plural(j + 1) {
            q.isHalf = true
            q.j += 1
        } else if kw(j, .half), q.ordinal != nil {
            q.isHalf = true
        } else if unit(j) == .quarter, !plural(j) {
        } else if kw(j, .period), !plural(j), q.ordinal == nil, q.anaphoricBare || q.year != nil || q.yearShift != 0 {
        } else {
            return false
        }
        if hyphen(q.j + 1) && !isNumber(q.j + 2) { return false }  // "quarter-century", "quarter-to-quarter"
        q.j += 1
        if q.ordinal == nil && !q.determined { return false }
        if q.ordinal == nil && kw(q.j, .of) && yearNumber(q.j + 1) == nil { return false }  // "the quarter of the cases"
        return true
    }

    /// The year after the head: "of 1990", "of next year", "of fiscal 1990", "last year",
    /// "a year ago", "1988"; "the second half of June" is a part of that month, placed as the month.
    mutating func quarterYear(_ i: Int, _ q: inout QuarterPhrase) -> QuarterStep {
        let j = q.j
        if kw(j, .of), cls(j + 1) == .month, let inner = explicitDate(j + 1), let p = inner.point, case .month = p {
            return .found(TimeMatch(i, inner.end, p))
        }
        if kw(j, .of) {
            var k = j + 1
            if kw(k, .fiscal) { k += 1 }
            if let (y, e) = yearNumber(k) { q.year = y; q.j = e }
            else if kw(k, .this) || kw(k, .last) || kw(k, .next), unit(k + 1) == .year, !plural(k + 1), let dct {
                q.year = dct.year + (kw(k, .this) ? 0 : (kw(k, .last) ? -1 : 1))
                q.j = k + 2
            }
        } else if kw(j, .last), unit(j + 1) == .year, !plural(j + 1) {
            q.yearShift = -1; q.j += 2
        } else if kw(j, .a), unit(j + 1) == .year, kw(j + 2, .ago) || kw(j + 2, .earlier) {
            q.yearShift = -1; q.j += 3
        } else if let (y, e) = yearNumber(j), tokens[j].kind == .number, q.ordinal != nil {
            q.year = y; q.j = e
        }
        return .next
    }

    /// The value of a read phrase against the creation date: a bare quarter or half takes
    /// the year its tense says ("plans to resume flights in the first quarter" in November
    /// is next year's), one without an ordinal is the period under discussion.
    mutating func placeQuarter(_ i: Int, _ q: QuarterPhrase) -> TimeMatch? {
        let (j, year, yearShift, ordinal) = (q.j, q.year, q.yearShift, q.ordinal)
        guard let dct else {
            if let ordinal, let year, ordinal > 0 { return finish(i, j, q.isHalf ? .half(year: year, half: ordinal) : .quarter(year: year, quarter: ordinal)) }
            return finish(i, j, .unresolved(q.isHalf ? "XXXX-HX" : "XXXX-QX"))
        }
        let bare = year == nil && yearShift == 0 && !q.current
        if q.isHalf {
            let h = ordinal == -1 ? 2 : min(max(ordinal ?? 1, 1), 2)
            let side = bare ? self.yearShift(first: 6 * h - 5, months: 6, reported: true, at: i) : 0
            return finish(i, j, .half(year: (year ?? dct.year) + yearShift + side, half: h))
        }
        if let ordinal {
            let quarter = ordinal == -1 ? 4 : ordinal
            guard (1...4).contains(quarter) else { return nil }
            let side = bare ? self.yearShift(first: 3 * quarter - 2, months: 3, reported: true, at: i) : 0
            let m = finish(i, j, .quarter(year: (year ?? dct.year) + yearShift + side, quarter: quarter))
            return yearShift != 0 ? m.anaphora() : m
        }
        if let year {
            // "the 1988 quarter": the quarter under discussion, in that year.
            if case .quarter(_, let quarter)? = context.lastQuarter { return finish(i, j, .quarter(year: year, quarter: quarter)) }
            return finish(i, j, .year(year))
        }
        if q.current && !q.anaphoricBare && yearShift == 0 { return finish(i, j, TimeArithmetic.point(.quarter, 0, from: dct)!) }
        // "the latest quarter" is the last one completed; "the quarter" the one under discussion.
        let previous = TimeArithmetic.point(.quarter, -1, from: dct)!
        if q.latest && yearShift == 0 { return finish(i, j, previous) }
        let base = context.lastQuarter ?? previous
        return finish(i, j, base.shifted(years: yearShift)).anaphora()
    }

    private func finish(_ i: Int, _ j: Int, _ point: TimePoint) -> TimeMatch { TimeMatch(i, j, point) }

    /// The sentence around i tells of a game: a word of the game ("quarterback", "scoreless",
    /// "half time") or a score ("trailed 29-7"; not a range of percentages, "2-3%").
    func inGame(_ i: Int) -> Bool {
        let (lo, hi) = sentenceBounds(i)
        for k in lo..<hi {
            if kw(k, .gameWord) || kw(k, .half) && kw(k + 1, .time) { return true }
            if isNumber(k), tokens[k].digits <= 3, hyphen(k + 1), isNumber(k + 2), tokens[k + 2].digits <= 3,
               !p(k + 3, ASCII.percent), !p(k + 3, ASCII.hyphen), !(k > 0 && (p(k - 1, ASCII.dollar) || p(k - 1, ASCII.hyphen))) {
                return true
            }
        }
        return false
    }

    /// "Q3", "Q3 2025", "Q1-2026".
    mutating func quarterCode(_ i: Int) -> TimeMatch? {
        guard kw(i, .q), tokens[i].isCapitalized, isNumber(i + 1), glued(i + 1), tokens[i + 1].digits == 1,
              (1...4).contains(tokens[i + 1].num) else { return nil }
        let q = Int(tokens[i + 1].num)
        var j = i + 2
        if p(j, ASCII.hyphen) || p(j, ASCII.comma) { j += 1 }
        if let (y, e) = yearNumber(j) { return TimeMatch(i, e, .quarter(year: y, quarter: q)) }
        guard let dct else { return TimeMatch(i, i + 2, .unresolved("XXXX-Q\(q)")) }
        return TimeMatch(i, i + 2, .quarter(year: dct.year, quarter: q))
    }
}
