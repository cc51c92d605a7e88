/// Fiscal and calendar parts of a year: "the third quarter", "third-quarter", "Q3 2025",
/// "the fiscal first quarter", "the year-ago quarter", "the latest period",
/// "the first half of 1990", "the 1988 second quarter".
extension TimeScanner {
    /// TimeBank's spans leave out a possessive ("its fourth quarter") and any determiner of
    /// a quarter used as an adjective ("a third-quarter loss").
    func quarterPhrase(_ i: Int) -> TimeMatch? {
        guard var m = quarterPhraseSpan(i) else { return nil }
        if kw(i, .possessive) || ((kw(i, .a) || kw(i, .the)) && cls(i + 1) == .ordinal && hyphen(i + 2)) {
            m.start = i + 1
        }
        return m
    }

    private func quarterPhraseSpan(_ i: Int) -> TimeMatch? {
        guard i < count else { return nil }
        var j = i
        var determined = false   // an article or a word that makes a bare "quarter" definite
        var year: Int? = nil
        var yearShift = 0
        var anaphoricBare = false
        var current = false
        var latest = false
        let yearPossessive = (kw(j, .this) || kw(j, .last) || kw(j, .next)) && unit(j + 1) == .year && p(j + 2, ASCII.apostrophe)
        if !yearPossessive, kw(j, .the) || kw(j, .this) || kw(j, .that) || kw(j, .possessive) || kw(j, .a) {
            if kw(j, .a) {
                // only "a flat second quarter"-like phrases: an ordinal must follow soon
                guard cls(j + 1) == .ordinal || cls(j + 2) == .ordinal else { return nil }
            }
            // "reported that third-quarter profit": a conjunction, not a determiner.
            if kw(j, .that), cls(j + 1) == .ordinal { return nil }
            current = kw(j, .this)
            determined = true
            j += 1
        }
        // "this year's", "last year's", "next year's"
        if kw(j, .this) || kw(j, .last) || kw(j, .next), unit(j + 1) == .year, p(j + 2, ASCII.apostrophe), isWord(j + 3), glued(j + 3) {
            let shift = kw(j, .this) ? 0 : (kw(j, .last) ? -1 : 1)
            year = dct.map { $0.year + shift }
            yearShift = 0
            determined = true
            j += 4
        }
        if let (y, e) = yearNumber(j), tokens[j].kind == .number, determined {
            year = y
            j = e
        }
        while j < count {
            if kw(j, .fiscal) || kw(j, .financial) || kw(j, .calendar) || kw(j, .comparable) || kw(j, .corresponding)
                || kw(j, .same) || kw(j, .full) {
                if kw(j, .same) || kw(j, .comparable) || kw(j, .corresponding) { anaphoricBare = true }
                j += 1
                if p(j, ASCII.hyphen), glued(j) { j += 1 }
                continue
            }
            if kw(j, .last) && kw(j + 1, .half) { break }
            if kw(j, .latest) || kw(j, .current) || kw(j, .previous) || kw(j, .prior) || kw(j, .last) || kw(j, .next) || kw(j, .past) {
                if kw(j, .latest) { anaphoricBare = true; latest = true }
                if kw(j, .current) { current = true }
                if kw(j, .previous) || kw(j, .prior) || kw(j, .last) || kw(j, .past) {
                    if !(cls(j + 1) == .ordinal || unit(j + 1) == .quarter || kw(j + 1, .period)) { return nil }
                    if unit(j + 1) == .quarter || kw(j + 1, .period) { yearShift = 0; current = false; anaphoricBare = false }
                }
                if kw(j, .next) && (unit(j + 1) == .quarter) {
                    guard let dct else { return nil }
                    return finish(i, j + 2, TimeArithmetic.point(.quarter, 1, from: dct)!)
                }
                if (kw(j, .last) || kw(j, .previous) || kw(j, .past)) && unit(j + 1) == .quarter && !plural(j + 1) {
                    guard let dct else { return nil }
                    return finish(i, j + 2, TimeArithmetic.point(.quarter, -1, from: dct)!)
                }
                determined = true
                j += 1
                continue
            }
            // "year-ago", "year-earlier", "year earlier"
            if unit(j) == .year, !plural(j), (hyphen(j + 1) && (kw(j + 2, .ago) || kw(j + 2, .earlier))) {
                yearShift = -1
                anaphoricBare = true
                determined = true
                j += 3
                continue
            }
            if unit(j) == .year, !plural(j), kw(j + 1, .earlier) || kw(j + 1, .ago) {
                yearShift = -1
                anaphoricBare = true
                determined = true
                j += 2
                continue
            }
            break
        }
        // Ordinal quarter or half: "third quarter", "third-quarter", "first two quarters", "first half".
        var ordinal: Int? = nil
        if cls(j) == .ordinal || (kw(j, .last) && (kw(j + 1, .half) || unit(j + 1) == .quarter)) {
            ordinal = kw(j, .last) ? -1 : Int(tokens[j].v)
            j += 1
            if p(j, ASCII.hyphen), glued(j) { j += 1 }
        }
        var isHalf = false
        if ordinal == 1, cls(j) == .cardinal, tokens[j].v == 2, unit(j + 1) == .quarter, plural(j + 1) {
            isHalf = true
            j += 1
        } else if kw(j, .half), ordinal != nil {
            isHalf = true
        } else if unit(j) == .quarter, !plural(j) {
        } else if kw(j, .period), !plural(j), ordinal == nil, anaphoricBare || year != nil || yearShift != 0 {
        } else {
            return nil
        }
        if hyphen(j + 1) && !isNumber(j + 2) { return nil }  // "quarter-century", "quarter-to-quarter"
        j += 1
        if ordinal == nil && !determined { return nil }
        if ordinal == nil && kw(j, .of) && yearNumber(j + 1) == nil { return nil }  // "the quarter of the cases"
        // "the second half of June": a part of that month, placed as the month.
        if kw(j, .of), cls(j + 1) == .month, let inner = explicitDate(j + 1), let p = inner.point,
           case .month = p {
            return TimeMatch(i, inner.end, p)
        }
        // "of 1990", "of next year", "of fiscal 1990"
        if kw(j, .of) {
            var k = j + 1
            if kw(k, .fiscal) { k += 1 }
            if let (y, e) = yearNumber(k) { year = y; j = e }
            else if kw(k, .this) || kw(k, .last) || kw(k, .next), unit(k + 1) == .year, !plural(k + 1), let dct {
                year = dct.year + (kw(k, .this) ? 0 : (kw(k, .last) ? -1 : 1))
                j = k + 2
            }
        } else if kw(j, .last), unit(j + 1) == .year, !plural(j + 1) {
            yearShift = -1; j += 2
        } else if kw(j, .a), unit(j + 1) == .year, kw(j + 2, .ago) || kw(j + 2, .earlier) {
            yearShift = -1; j += 3
        } else if let (y, e) = yearNumber(j), tokens[j].kind == .number, ordinal != nil {
            year = y; j = e
        }
        if year == nil, ordinal != nil, inGame(i) { return nil }
        guard let dct else {
            if let ordinal, let year, ordinal > 0 { return finish(i, j, isHalf ? .half(year: year, half: ordinal) : .quarter(year: year, quarter: ordinal)) }
            return finish(i, j, .unresolved(isHalf ? "XXXX-HX" : "XXXX-QX"))
        }
        // "plans to resume flights in the first quarter" in November: next year's.
        let bare = year == nil && yearShift == 0 && !current
        if isHalf {
            let h = ordinal == -1 ? 2 : min(max(ordinal ?? 1, 1), 2)
            let side = bare ? self.yearShift(first: 6 * h - 5, months: 6, reported: true, at: i) : 0
            return finish(i, j, .half(year: (year ?? dct.year) + yearShift + side, half: h))
        }
        if let ordinal {
            let q = ordinal == -1 ? 4 : ordinal
            guard (1...4).contains(q) else { return nil }
            let side = bare ? self.yearShift(first: 3 * q - 2, months: 3, reported: true, at: i) : 0
            let m = finish(i, j, .quarter(year: (year ?? dct.year) + yearShift + side, quarter: q))
            return yearShift != 0 ? m.anaphora() : m
        }
        if let year {
            // "the 1988 quarter": the quarter under discussion, in that year.
            if case .quarter(_, let q)? = lastQuarter { return finish(i, j, .quarter(year: year, quarter: q)) }
            return finish(i, j, .year(year))
        }
        if current && !anaphoricBare && yearShift == 0 { return finish(i, j, TimeArithmetic.point(.quarter, 0, from: dct)!) }
        // "the latest quarter" is the last one completed; "the quarter" the one under discussion.
        let previous = TimeArithmetic.point(.quarter, -1, from: dct)!
        if latest && yearShift == 0 { return finish(i, j, previous) }
        let base = lastQuarter ?? previous
        return finish(i, j, base.shifted(years: yearShift)).anaphora()
    }

    private func finish(_ i: Int, _ j: Int, _ point: TimePoint) -> TimeMatch { TimeMatch(i, j, point) }

    /// The sentence around i tells of a game: a word of the game ("quarterback", "scoreless")
    /// or a score ("trailed 29-7"; not a range of percentages, "2-3%").
    func inGame(_ i: Int) -> Bool {
        let (lo, hi) = sentenceBounds(i)
        for k in lo..<hi {
            if kw(k, .gameWord) { return true }
            if isNumber(k), tokens[k].digits <= 3, hyphen(k + 1), isNumber(k + 2), tokens[k + 2].digits <= 3,
               !p(k + 3, ASCII.percent), !p(k + 3, ASCII.hyphen), !(k > 0 && (p(k - 1, ASCII.dollar) || p(k - 1, ASCII.hyphen))) {
                return true
            }
        }
        return false
    }

    /// "Q3", "Q3 2025", "Q1-2026".
    func quarterCode(_ i: Int) -> TimeMatch? {
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
