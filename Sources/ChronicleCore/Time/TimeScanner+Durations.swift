/// Amounts of time and what is measured from them: "three days" (a duration), "two years
/// ago", "a year earlier", "three days later" (dates), "the past 24 hours" (a duration).
extension TimeScanner {
    /// A count before a unit: a number, "a"/"an", or a vague word ("several", "a few").
    /// `n` is nil for vague counts.
    func amount(_ i: Int) -> (n: Int?, end: Int)? {
        if kw(i, .a) || kw(i, .an) {
            if kw(i + 1, .few) || kw(i + 1, .couple) {
                var e = i + 2
                if kw(e, .of) { e += 1 }
                return (nil, e)
            }
            return (1, i + 1)
        }
        if kw(i, .several) || kw(i, .few) || kw(i, .many) { return (nil, i + 1) }
        if let (v, e) = cardinal(i) {
            if tokens[i].kind == .number && tokens[i].digits > 4 { return nil }
            return (v, e)
        }
        return nil
    }

    static func durationValue(_ unit: TimeUnit, _ n: Int?) -> String {
        let count = n.map(String.init) ?? "X"
        switch unit {
        case .second: return "PT\(count)S"
        case .minute: return "PT\(count)M"
        case .hour: return "PT\(count)H"
        case .day: return "P\(count)D"
        case .week: return "P\(count)W"
        case .weekend: return "P\(count)WE"
        case .fortnight: return n.map { "P\($0 * 2)W" } ?? "PXW"
        case .month: return "P\(count)M"
        case .quarter: return "P\(count)Q"
        case .year: return "P\(count)Y"
        case .decade: return "P\(count)DE"
        case .century: return "P\(count)CE"
        }
    }

    /// "three days", "a five-year plan", "two years ago", "a year earlier", "six weeks later".
    func amountPhrase(_ i: Int) -> TimeMatch? {
        var j = i
        if kw(j, .nearly) || kw(j, .about) || kw(j, .around) || kw(j, .some) || kw(j, .over) { j += 1 }
        guard let (n, afterAmount) = amount(j) else { return nil }
        var k = afterAmount
        if kw(k, .more) || kw(k, .other) { k += 1 }
        var adjectival = false
        if hyphen(k) { adjectival = true; k += 1 }
        guard let u = unit(k) else { return nil }
        // "a quarter of", "one second": not amounts of time here.
        if u == .quarter && (kw(k + 1, .of) || kw(j, .a) || kw(j, .an)) { return nil }
        if u == .second && !plural(k) && n == 1 && !kw(j, .a) { return nil }
        if (n ?? 2) != 1 && !plural(k) && !adjectival && tokens[j].kind != .number && tokens[j].cls != .cardinal { return nil }
        var end = k + 1
        let value = Self.durationValue(u, n)
        // "a week or so ago": the hedge stays inside the expression.
        if kw(end, .or), kw(end + 1, .so), kw(end + 2, .ago) || kw(end + 2, .earlier) || kw(end + 2, .later) {
            end += 2
        }
        if adjectival {
            return TimeMatch(i, end, type: .duration, value: value)
        }
        // "two years ago", "ten days ago"
        if kw(end, .ago) {
            guard let n else { return TimeMatch(i, end + 1, .pastRef) }
            guard let dct else { return TimeMatch(i, end + 1, .unresolved(Self.unresolvedValue(u))) }
            if n == 1, u == .year, let anaphoric = yearAgoFromContext(allowDays: false) { return TimeMatch(i, end + 1, anaphoric).anaphora() }
            // "a decade ago" is the year ten years back, not the decade before this one.
            if u == .decade || u == .century {
                return TimeMatch(i, end + 1, .year(dct.year - n * (u == .decade ? 10 : 100)))
            }
            guard let p = TimeArithmetic.point(u, -n, from: dct) else { return TimeMatch(i, end + 1, type: .duration, value: value) }
            return TimeMatch(i, end + 1, p)
        }
        // "a year earlier", "three days later", "a week before", "two years prior"
        let before = kw(end, .earlier) || ((kw(end, .before) || kw(end, .prior)) && !isWord(end + 1))
        let after = kw(end, .later) || (kw(end, .after) && !isWord(end + 1))
        if before || after {
            guard let n else { return TimeMatch(i, end + 1, before ? .pastRef : .futureRef) }
            let sign = before ? -n : n
            if u == .year, n == 1, before, let shifted = yearAgoFromContext(allowDays: false) {
                return TimeMatch(i, end + 1, shifted).anaphora()
            }
            // "a year earlier" with no period under discussion compares with the year before.
            if u == .year, n == 1, before || lastPoint == nil, let dct {
                return TimeMatch(i, end + 1, .year(dct.year + sign))
            }
            guard let base = lastDay ?? lastPoint?.firstDay ?? dct else {
                return TimeMatch(i, end + 1, .unresolved(Self.unresolvedValue(u)))
            }
            if u == .day || u == .week, let d = TimeArithmetic.date(u, sign, from: base) {
                return TimeMatch(i, end + 1, .day(d)).anaphora()
            }
            guard let p = TimeArithmetic.point(u, sign, from: base) else {
                return TimeMatch(i, end + 1, type: .duration, value: value)
            }
            return TimeMatch(i, end + 1, p).anaphora()
        }
        // "two weeks from now"
        if kw(end, .from), kw(end + 1, .now), let n {
            guard let dct, let p = TimeArithmetic.point(u, n, from: dct) else {
                return TimeMatch(i, end + 2, .unresolved(Self.unresolvedValue(u)))
            }
            return TimeMatch(i, end + 2, p)
        }
        return TimeMatch(i, end, type: .duration, value: value)
    }

    /// "a year ago" in a report of quarterly results is the same quarter a year before.
    func yearAgoFromContext(allowDays: Bool) -> TimePoint? {
        // In a report of quarterly results, "a year ago" is that quarter of the year before.
        if let q = lastQuarter, sentence - lastQuarterSentence <= 3 { return q.shifted(years: -1) }
        guard let last = lastPoint, sentence - lastPointSentence <= 2 else { return nil }
        switch last {
        case .quarter, .half, .month: return last.shifted(years: -1)
        case .day, .year: return allowDays ? last.shifted(years: -1) : nil
        default: return nil
        }
    }

    /// "the past 24 hours", "the next two weeks", "the first six months", "the last few years".
    func spanDuration(_ i: Int) -> TimeMatch? {
        var j = i
        if kw(j, .the) { j += 1 }
        guard kw(j, .past) || kw(j, .last) || kw(j, .next) || kw(j, .coming) || kw(j, .previous)
                || kw(j, .following) || (cls(j) == .ordinal && tokens[j].v == 1) else { return nil }
        var k = j + 1
        if kw(k, .nearly) || kw(k, .about) || kw(k, .some) || kw(k, .over) { k += 1 }  // "the past some 24 hours"
        guard let (n, e) = amount(k) ?? (kw(k, .few) || kw(k, .several) ? (nil, k + 1) : nil) else { return nil }
        guard let u = unit(e), plural(e) || n == 1 else { return nil }
        if n == 1 && !(isNumber(k) || cls(k) == .cardinal) { return nil }
        return TimeMatch(i, e + 1, type: .duration, value: Self.durationValue(u, n))
    }

    /// Recurring times: "every week", "each Monday", "daily", "twice a year", "once a month".
    func setPhrase(_ i: Int) -> TimeMatch? {
        guard i < count, tokens[i].cls == .keyword, let word = Keyword(rawValue: tokens[i].v) else { return nil }
        switch word {
        case .every, .each:
            var j = i + 1
            var n = 1
            if kw(j, .other) { n = 2; j += 1 }
            if let (v, e) = cardinal(j), unit(e) != nil { n = v; j = e }
            if let u = unit(j) { return TimeMatch(i, j + 1, type: .set, value: Self.durationValue(u, n)) }
            if cls(j) == .weekday, tokens[j].isCapitalized { return TimeMatch(i, j + 1, type: .set, value: "XXXX-WXX-\(tokens[j].v)") }
            if cls(j) == .season, let s = Season(rawValue: tokens[j].v) {
                return TimeMatch(i, j + 1, type: .set, value: "XXXX-" + s.code)
            }
            if cls(j) == .month, let m = monthName(j, supported: true) {
                return TimeMatch(i, j + 1, type: .set, value: "XXXX-" + String(m).leftPadded(2))
            }
            if cls(j) == .dayPart, let code = DayPart(rawValue: tokens[j].v)?.code {
                return TimeMatch(i, j + 1, type: .set, value: "XXXX-XX-XXT" + code)
            }
            return nil
        case .daily: return TimeMatch(i, i + 1, type: .set, value: "P1D")
        case .weekly: return TimeMatch(i, i + 1, type: .set, value: "P1W")
        case .monthly: return TimeMatch(i, i + 1, type: .set, value: "P1M")
        case .annually, .yearly: return TimeMatch(i, i + 1, type: .set, value: "P1Y")
        case .quarterly: return TimeMatch(i, i + 1, type: .set, value: "P1Q")
        case .hourly: return TimeMatch(i, i + 1, type: .set, value: "PT1H")
        case .nightly: return TimeMatch(i, i + 1, type: .set, value: "XXXX-XX-XXTNI")
        case .once, .twice:
            if kw(i + 1, .a) || kw(i + 1, .per) || kw(i + 1, .every) || kw(i + 1, .each), let u = unit(i + 2) {
                return TimeMatch(i, i + 3, type: .set, value: Self.durationValue(u, 1))
            }
            return nil
        default:
            return nil
        }
    }

    /// "three times a week", "5 days a week".
    func countedSet(_ i: Int) -> TimeMatch? {
        guard let (_, e) = cardinal(i), kw(e, .times) || unit(e) != nil else { return nil }
        let k = e + 1
        guard kw(k, .a) || kw(k, .per) || kw(k, .every) || kw(k, .each), let u = unit(k + 1), !plural(k + 1) else { return nil }
        return TimeMatch(i, k + 2, type: .set, value: Self.durationValue(u, 1))
    }
}
