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
    mutating func amountPhrase(_ i: Int) -> TimeMatch? {
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
            guard let n else { return TimeMatch(i, end + 1, vagueAgo(u, estimate: vagueEstimate(j))).anaphora() }
            guard let dct else { return TimeMatch(i, end + 1, .unresolved(Self.unresolvedValue(u))) }
            // "three hours ago" is on the creation day (or the day it reaches back to).
            if u == .hour || u == .minute || u == .second {
                return TimeMatch(i, end + 1, .day(dct.adding(days: u == .hour ? -(n / 24) : 0)))
            }
            if kw(i - 2, .less), kw(i - 1, .than), let within = withinLast(n, u, before: dct) {
                return TimeMatch(i, end + 1, within).anaphora()
            }
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
            if u == .year, n == 1, before || context.lastPoint == nil, let dct {
                return TimeMatch(i, end + 1, .year(dct.year + sign))
            }
            // "In 1984 ... One year later": a year or month counts from the period named last,
            // not from a day named before it ("born on February 24, 1955").
            let latestIsDay: Bool
            switch context.lastPoint {
            case .day?, .clock?, .dayPart?: latestIsDay = true
            default: latestIsDay = false
            }
            let coarseUnit = u == .month || u == .quarter || u == .year || u == .decade || u == .century
            let latest = coarseUnit && !latestIsDay ? context.lastPoint?.firstDay : nil
            guard let base = latest ?? context.lastDay ?? context.lastPoint?.firstDay ?? dct else {
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
        if let m = unitsOn(i, end: end, unit: u, count: n) { return m }
        // "two weeks from now"
        if kw(end, .from), kw(end + 1, .now), let n {
            guard let dct, let p = TimeArithmetic.point(u, n, from: dct) else {
                return TimeMatch(i, end + 2, .unresolved(Self.unresolvedValue(u)))
            }
            return TimeMatch(i, end + 2, p)
        }
        return TimeMatch(i, end, type: .duration, value: value)
    }

    /// "less than two weeks ago" lies anywhere between that bound and the creation date: the
    /// month or the year that holds the whole stretch, nil when none does. The bound alone
    /// would date it more precisely than the text does, and to the wrong week.
    func withinLast(_ n: Int, _ u: TimeUnit, before dct: CalendarDate) -> TimePoint? {
        guard u != .decade, u != .century, let start = TimeArithmetic.date(u, -n, from: dct) else { return nil }
        let belowMonth = u == .day || u == .week || u == .weekend || u == .fortnight
        if belowMonth, start.year == dct.year, start.month == dct.month {
            return .month(year: dct.year, month: dct.month)
        }
        if u != .year, start.year == dct.year { return .year(dct.year) }
        return nil
    }

    /// "a year ago" in a report of quarterly results is the same quarter a year before.
    mutating func yearAgoFromContext(allowDays: Bool) -> TimePoint? {
        // In a report of quarterly results, "a year ago" is that quarter of the year before.
        if let q = context.lastQuarter, sentence - context.lastQuarterSentence <= 3 { return q.shifted(years: -1) }
        guard let last = context.lastPoint, sentence - context.lastPointSentence <= 2 else { return nil }
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
}
