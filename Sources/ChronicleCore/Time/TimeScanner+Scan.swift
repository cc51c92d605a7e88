/// The left-to-right pass: at each token the longest expression any rule finds wins.
extension TimeScanner {
    mutating func scan() -> [TimeMatch] {
        var notes: UndatedNotes? = nil
        return walk(noting: &notes)
    }

    /// What a scan without a creation date notes for the scan with one (see `UndatedTimeScan`).
    struct UndatedNotes {
        var starts: [UndatedTimeScan.Start] = []
        var settled: [TimeMatch] = []
    }

    /// The pass itself. With `notes`, it also notes each token where an expression starts
    /// or may start once a creation date is known, and what the tokens alone settle there.
    mutating func walk(noting notes: inout UndatedNotes?) -> [TimeMatch] {
        var out: [TimeMatch] = []
        var i = 0
        while i < tokens.count {
            i = skipPlainTokens(from: i)
            guard i < tokens.count else { break }
            let t = tokens[i]
            if t.flags.contains(.sentenceStart) { enterSentence() }
            guard mayStart(t) else { i += 1; continue }
            readBeyondTokens = false
            let found = longest(i)
            if notes != nil {
                if readBeyondTokens {
                    notes!.starts.append(start(i, UndatedTimeScan.unsettled))
                } else if let found {
                    notes!.starts.append(start(i, Int32(notes!.settled.count)))
                    notes!.settled.append(found)
                }
            }
            guard let m = found else { i += 1; continue }
            record(m)
            out.append(m)
            // Another creation date may end this expression sooner or not find it: the
            // tokens inside it may then start one.
            for k in (i + 1)..<m.end {
                if tokens[k].flags.contains(.sentenceStart) { enterSentence() }
                if notes != nil, mayStart(tokens[k]) { notes!.starts.append(start(k, UndatedTimeScan.unsettled)) }
            }
            i = m.end
        }
        return out
    }

    private func start(_ k: Int, _ outcome: Int32) -> UndatedTimeScan.Start {
        UndatedTimeScan.Start(token: Int32(k), sentence: Int32(sentence), outcome: outcome)
    }

    /// The first token from i on that opens a sentence or may start a rule (see `mayStart`):
    /// most tokens are words outside the lexicon and punctuation, passed here in a tight loop.
    @inline(__always) func skipPlainTokens(from i: Int) -> Int {
        tokens.withUnsafeBufferPointer { buf in
            var k = i
            while k < buf.count {
                let t = buf[k]
                if t.cls != .none || t.kind == .number || t.flags.contains(.sentenceStart) || t.punct(ASCII.apostrophe) { break }
                k += 1
            }
            return k
        }
    }

    /// Whether any rule can start at the token: most words are in no lexicon class.
    @inline(__always) func mayStart(_ t: TimeToken) -> Bool {
        guard t.cls != .none || t.kind == .number || t.punct(ASCII.apostrophe) else { return false }
        return !(t.cls == .keyword && neverStarts[Int(t.v)])
    }

    mutating func record(_ m: TimeMatch) {
        guard let point = m.point, point.isPlaced, !m.anaphoric else { return }
        recordYearAnchor(m, point)
        placed.lastPoint = point
        placed.lastPointSentence = sentence
        switch point {
        case .quarter(let y, let q):
            // Results are reported for quarters that are over; a forecast quarter is no
            // antecedent for "the year-ago quarter".
            // Nor is one long past.
            if let dct, TimeArithmetic.addMonths(year: y, month: q * 3, 1) > (dct.year, dct.month)
                || TimeArithmetic.addMonths(year: y, month: q * 3, 9) < (dct.year, dct.month) { break }
            // The first completed quarter a text names is the one it reports on; later
            // ones are mostly background ("after a flat second quarter").
            if placed.lastQuarter == nil { placed.lastQuarter = point }
            placed.lastQuarterSentence = sentence
        case .day(let d), .clock(let d, _), .dayPart(let d, _):
            placed.lastDay = d
            placed.lastDaySentence = sentence
        default: break
        }
    }

    mutating func longest(_ i: Int) -> TimeMatch? {
        if determinesPlainWord(i) { return nil }
        // Modifiers ("early", "the end of") start at keywords only.
        guard tokens[i].cls == .keyword, let m = modifiedDate(i) else { return core(i) }
        let best = core(i)
        return m.end > (best?.end ?? i) ? m : best
    }

    /// "the company", "its board", "that plan": every rule that starts at a determiner needs
    /// a time word or a number right after it, so a word outside the lexicon ends them all.
    /// Determiners are the commonest words a rule can start at.
    @inline(__always) func determinesPlainWord(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.cls == .keyword, t.v == Keyword.the.rawValue || t.v == Keyword.possessive.rawValue
                || t.v == Keyword.this.rawValue || t.v == Keyword.that.rawValue,
              i + 1 < count else { return false }
        let next = tokens[i + 1]
        return next.kind == .word && next.cls == .none
    }

    /// Every rule but the modifiers ("early", "the end of"), longest first found wins.
    mutating func core(_ i: Int) -> TimeMatch? {
        guard i < count else { return nil }
        var best: TimeMatch? = nil
        func consider(_ m: TimeMatch?) {
            guard let m, m.end > m.start else { return }
            if best == nil || m.end > best!.end { best = m }
        }
        let t = tokens[i]
        switch t.kind {
        case .number:
            consider(clockTime(i))
            consider(explicitDate(i))
            consider(amountPhrase(i))
            consider(century(i))
            consider(countedSet(i))
        case .punct:
            consider(explicitDate(i))
        case .word:
            switch t.cls {
            case .none:
                return nil
            case .month, .weekday:
                consider(explicitDate(i))
            case .ordinal:
                consider(explicitDate(i))
                consider(quarterPhrase(i))
                consider(century(i))
            case .cardinal:
                consider(explicitDate(i))
                consider(amountPhrase(i))
                consider(countedSet(i))
            case .unit:
                consider(bareAgo(i))
                consider(yearEnd(i))
                consider(yearAdjective(i))
                consider(quarterPhrase(i))
            case .holiday:
                consider(holiday(i))
            case .season:
                if let s = Season(rawValue: t.v) { consider(seasonMatch(i, i, s, relation: 0, strict: false)) }
            case .dayPart:
                consider(clockTime(i))
                consider(deictic(i))
                consider(overnight(i))
            case .keyword:
                let rules = keywordRules[Int(t.v)]
                if rules.contains(.deictic) { consider(deictic(i)) }
                if rules.contains(.theRelative) { consider(theRelative(i)) }
                if rules.contains(.quarterPhrase) { consider(quarterPhrase(i)) }
                if rules.contains(.explicitDate) { consider(explicitDate(i)) }
                if rules.contains(.amountPhrase) { consider(amountPhrase(i)) }
                if rules.contains(.spanDuration) { consider(spanDuration(i)) }
                if rules.contains(.setPhrase) { consider(setPhrase(i)) }
                if rules.contains(.fiscalYear) { consider(fiscalYear(i)) }
                if rules.contains(.quarterCode) { consider(quarterCode(i)) }
                if rules.contains(.theYearNamed) { consider(theYearNamed(i)) }
                if rules.contains(.holiday) { consider(holiday(i)) }
            }
        }
        return best
    }

    /// "fiscal 1989", "FY 2024", "fiscal year 1990".
    mutating func fiscalYear(_ i: Int) -> TimeMatch? {
        guard kw(i, .fiscal) || kw(i, .fy) else { return nil }
        var j = i + 1
        if unit(j) == .year, !plural(j) { j += 1 }
        guard let (y, e) = yearNumber(j) else { return nil }
        return TimeMatch(i, e, .year(y))
    }

    /// "the year 2000", "the year two thousand".
    mutating func theYearNamed(_ i: Int) -> TimeMatch? {
        guard kw(i, .the), unit(i + 1) == .year, !plural(i + 1), let (y, e) = yearNumber(i + 2) else { return nil }
        return TimeMatch(i, e, .year(y))
    }

    /// "year-earlier", "year-ago" used as adjectives: the period under discussion a year before.
    mutating func yearAdjective(_ i: Int) -> TimeMatch? {
        guard unit(i) == .year, !plural(i), hyphen(i + 1), kw(i + 2, .earlier) || kw(i + 2, .ago) else { return nil }
        if let last = context.lastPoint, last.isPlaced, case .quarter = last { return TimeMatch(i, i + 3, last.shifted(years: -1)).anaphora() }
        guard let dct else { return TimeMatch(i, i + 3, .unresolved("XXXX")) }
        return TimeMatch(i, i + 3, .year(dct.year - 1))
    }
}
