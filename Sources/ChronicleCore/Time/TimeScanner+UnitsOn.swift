/// "three years on now", "Two years on, the town...": the time that has come N units
/// after something. Beside "now" it is the present, at the unit's grain (the year of the
/// creation date); after a date the text just placed it counts from that date, as "later"
/// does. With neither it stays a duration.
extension TimeScanner {
    /// `end` is the token after the unit word, which must be "on" and end the phrase.
    mutating func unitsOn(_ i: Int, end: Int, unit u: TimeUnit, count n: Int?) -> TimeMatch? {
        guard kw(end, .on), kw(end + 1, .now) || !isWord(end + 1) else { return nil }
        if kw(end + 1, .now) || kw(i - 1, .now) || (p(i - 1, ASCII.comma) && kw(i - 2, .now)) {
            let stop = kw(end + 1, .now) ? end + 2 : end + 1
            guard let dct else { return TimeMatch(i, stop, .unresolved(Self.unresolvedValue(u))) }
            // The present, so no anchor for a later "two years on" either.
            switch u {
            case .second, .minute, .hour, .day: return TimeMatch(i, stop, .day(dct)).anaphora()
            default:
                guard let p = TimeArithmetic.point(u == .fortnight ? .week : u, 0, from: dct) else { return nil }
                return TimeMatch(i, stop, p).anaphora()
            }
        }
        guard let n, sentence - context.lastPointSentence <= 1, let base = context.lastPoint?.firstDay else { return nil }
        if u == .day || u == .week, let d = TimeArithmetic.date(u, n, from: base) {
            return TimeMatch(i, end + 1, .day(d)).anaphora()
        }
        guard let p = TimeArithmetic.point(u, n, from: base) else { return nil }
        return TimeMatch(i, end + 1, p).anaphora()
    }
}
