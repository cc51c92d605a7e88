/// Recurring times (TIMEX3 SET): "every week", "each Monday", "daily", "twice a year".
extension TimeScanner {
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
