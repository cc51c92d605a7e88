/// "weeks ago", "a few days ago", "several months ago", "hours ago": a vague count back from
/// the creation date. The count is unknown, so the value is the next coarser unit around
/// a typical count (a few weeks back lies in some month, a few days back in some week):
/// placed coarsely rather than left as PAST_REF, so that a chronology can still use it.
extension TimeScanner {
    /// The typical count a vague amount word stands for: "a couple" 2, "a few" 3,
    /// "several" 4. Nil for "many" and "countless", which set no scale.
    func vagueEstimate(_ j: Int) -> Int? {
        if kw(j, .a) || kw(j, .an) {
            if kw(j + 1, .couple) { return 2 }
            if kw(j + 1, .few) { return 3 }
            return nil
        }
        if kw(j, .few) { return 3 }
        if kw(j, .several) { return 4 }
        return nil
    }

    /// A bare plural unit before "ago": "weeks ago", "days ago", "just hours ago".
    mutating func bareAgo(_ i: Int) -> TimeMatch? {
        guard let u = unit(i), plural(i), kw(i + 1, .ago) else { return nil }
        // "years ago" and "decades ago" mean a long and open time back.
        let estimate: Int? = u.rawValue < TimeUnit.year.rawValue || u == .fortnight ? 3 : nil
        return TimeMatch(i, i + 2, vagueAgo(u, estimate: estimate)).anaphora()
    }

    /// The value of `estimate` units back from the creation date, one unit coarser. Years
    /// go to some year of their decade only for a small count ("a few years ago": 199X in 1998).
    /// Vague values are no anchor for later anaphora, hence callers mark them so.
    mutating func vagueAgo(_ u: TimeUnit, estimate: Int?) -> TimePoint {
        guard let e = estimate else { return .pastRef }
        guard let dct else {
            switch u {
            case .second, .minute, .hour: return .unresolved("XXXX-XX-XX")
            case .day: return .unresolved("XXXX-WXX")
            case .week, .weekend, .fortnight: return .unresolved("XXXX-XX")
            case .month, .quarter: return .unresolved("XXXX")
            case .year: return e <= 3 ? .unresolved("XXX") : .pastRef
            case .decade, .century: return .pastRef
            }
        }
        switch u {
        case .second, .minute, .hour: return .day(dct)
        case .day: return TimeArithmetic.week(of: dct.adding(days: -e))
        case .week, .weekend, .fortnight:
            let back = dct.adding(days: -e * (u == .fortnight ? 14 : 7))
            return .month(year: back.year, month: back.month)
        case .month, .quarter:
            return .year(TimeArithmetic.addMonths(dct, -e * (u == .quarter ? 3 : 1)).year)
        case .year: return e <= 3 ? .yearOfDecade((dct.year - e) / 10) : .pastRef
        case .decade, .century: return .pastRef
        }
    }
}
