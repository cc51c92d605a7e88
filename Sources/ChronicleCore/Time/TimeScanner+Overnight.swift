/// "overnight", "overnight into Tuesday", "overnight Monday into Tuesday": the night that
/// ends on the morning of a day. A report says "overnight" of the small hours of the day
/// it speaks of (most often its own), so the value is that day: "Russia fired 111 drones
/// overnight" in a report of December 3 happened on December 3, as news counts it.
/// Computed values are no anchor for later anaphora ("the previous Friday").
extension TimeScanner {
    mutating func overnight(_ i: Int) -> TimeMatch? {
        guard cls(i) == .dayPart, DayPart(rawValue: tokens[i].v) == .overnight, !plural(i),
              !figurativeOvernight(i) else { return nil }
        // "overnight into Tuesday", "overnight on Sunday", "overnight Monday into Tuesday"
        var j = i + 1
        if kw(j, .into) || kw(j, .to) || kw(j, .on) { j += 1 }
        if j < count, !tokens[j].flags.contains(.sentenceStart), let first = dayAt(j), case .day(var morning)? = first.point {
            var end = first.end
            // "overnight Monday" is read as "overnight into Monday", the night that ends on it.
            if kw(end, .into) || kw(end, .to), let second = dayAt(end + 1), case .day(let d)? = second.point {
                morning = d
                end = second.end
            }
            return TimeMatch(i, end, .day(morning)).anaphora()
        }
        guard let dct else { return TimeMatch(i, i + 1, .unresolved("XXXX-XX-XX")) }
        // "will fall overnight": the night to come.
        if direction(at: i) == .future { return TimeMatch(i, i + 1, .day(dct.adding(days: 1))).anaphora() }
        // "said Wednesday that ... overnight": the night that ended on the day the sentence names.
        let morning = context.lastDaySentence == sentence ? (context.lastDay ?? dct) : dct
        return TimeMatch(i, i + 1, .day(morning)).anaphora()
    }

    /// "won't happen overnight", "almost overnight", "an overnight success", "the
    /// overnight rate": a figure of speech or a kind of thing, not a night.
    func figurativeOvernight(_ i: Int) -> Bool {
        if kw(i + 1, .overnightNoun) { return true }
        if kw(i - 1, .hedge) || kw(i - 1, .nearly) || kw(i - 1, .changeVerb) { return true }
        // "the overnight attack" is a night whatever the clause around it says.
        if kw(i - 1, .the) || kw(i - 1, .an) || kw(i - 1, .possessive) { return false }
        var k = i - 1
        while k >= 0 && k >= i - 4 {
            if tokens[k].kind == .punct && !tokens[k].punct(ASCII.apostrophe) { return false }
            if kw(k, .not) { return true }
            k -= 1
        }
        return false
    }
}
