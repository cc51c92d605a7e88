/// Times of day: "7 a.m.", "7:15 p.m. EST", "noon Thursday", "10 p.m. Wednesday",
/// "5 p.m. EST, Nov. 6", "14:30 GMT", "midnight tonight".
extension TimeScanner {
    mutating func clockTime(_ i: Int) -> TimeMatch? {
        guard let (minutes, j) = clockReading(i) else { return nil }
        let t = tokens[i]
        // The day it is on: "7 a.m. Tuesday", "5 p.m. EST, Nov. 6", "noon on Thursday".
        var k = j
        if p(k, ASCII.comma) { k += 1 }
        if kw(k, .on) { k += 1 }
        // A day in the next paragraph ("Kicked off at 12:15 PM⏎⏎Sunday ...") is not this time's.
        let sameParagraph = !(j..<min(k + 1, count)).contains { tokens[$0].flags.contains(.paragraphBefore) }
        if sameParagraph, let day = dayAt(k) {
            if case .day(let d) = day.point { return TimeMatch(i, day.end, .clock(d, minutes)) }
            return TimeMatch(i, day.end, day.point ?? .unresolved("XXXX-XX-XX"))
        }
        // "between 12 p.m. and 1 p.m. on Saturday", "from 9 a.m. to 5 p.m. Sunday": the day
        // after a range belongs to both its ends.
        if let d = rangeEndDay(after: j) { return TimeMatch(i, j, .clock(d, minutes)) }
        // A bare "noon" or "midnight" is as often a figure of speech as a time.
        if t.cls == .dayPart && !(kw(i - 1, .at) || kw(i - 1, .by) || kw(i - 1, .until) || kw(i - 1, .before) || kw(i - 1, .after)) {
            return nil
        }
        guard let dct else {
            let hh = String(minutes / 60).leftPadded(2), mm = String(minutes % 60).leftPadded(2)
            return TimeMatch(i, j, .unresolved("XXXX-XX-XXT\(hh):\(mm)"))
        }
        // A bare time belongs to the day just named ("On Saturday ... by 3 p.m."), else to the
        // DCT; one opening a line stamps an entry of a live report ("9.33am The judge ..."),
        // whatever day the entry before it named.
        if let day = context.lastDay, sentence - context.lastDaySentence <= 1, !opensEntry(i) {
            return TimeMatch(i, j, .clock(day, minutes))
        }
        return TimeMatch(i, j, .clock(dct, minutes))
    }

    /// A day right after a time: a weekday, "today"/"yesterday"/"tomorrow"/"tonight", a month
    /// and day.
    mutating func dayAt(_ k: Int) -> TimeMatch? {
        guard k < count else { return nil }
        if cls(k) == .weekday, tokens[k].isCapitalized {
            var j = k + 1
            if p(j, ASCII.comma) { j += 1 }
            if let mdy = monthDayYear(j), mdy.day != nil, let m = matchFor(mdy, start: k, weekday: Int(tokens[k].v)) {
                return m
            }
            return TimeMatch(k, k + 1, placeWeekday(Int(tokens[k].v), at: k))
        }
        if kw(k, .today) || kw(k, .yesterday) || kw(k, .tomorrow) {
            guard let dct else { return TimeMatch(k, k + 1, .unresolved("XXXX-XX-XX")) }
            let shift = kw(k, .today) ? 0 : (kw(k, .yesterday) ? -1 : 1)
            return TimeMatch(k, k + 1, .day(dct.adding(days: shift)))
        }
        // "midnight tonight", "9 p.m. tonight": the night of the article's day.
        if cls(k) == .dayPart, DayPart(rawValue: tokens[k].v) == .tonight {
            guard let dct else { return TimeMatch(k, k + 1, .unresolved("XXXX-XX-XX")) }
            return TimeMatch(k, k + 1, .day(dct))
        }
        if let mdy = monthDayYear(k), mdy.day != nil { return matchFor(mdy, start: k, weekday: nil) }
        return nil
    }

    /// The time of day at i and where it ends, with its zone and place ("7:15 p.m. EST",
    /// "6 p.m. Moscow time"), without its day.
    func clockReading(_ i: Int) -> (minutes: Int, end: Int)? {
        guard i < count else { return nil }
        var minutes: Int
        var j: Int
        let t = tokens[i]
        // The minutes of a clock are no clock of their own ("08 PM" in "07: 08 PM").
        if i >= 2, p(i - 1, ASCII.colon), isNumber(i - 2), glued(i - 1) { return nil }
        if t.cls == .dayPart, let part = DayPart(rawValue: t.v), part == .noon || part == .midnight {
            minutes = part == .noon ? 720 : 1440
            j = i + 1
        } else if t.kind == .number, t.flags.contains(.twoDecimals), t.digits <= 2, t.v < 60, kw(i + 1, .am) || kw(i + 1, .pm) {
            // "7.08pm", "7.08 p.m.": the British clock; a decimal without a meridiem is a figure.
            guard t.num >= 1, t.num <= 12 else { return nil }
            minutes = (Int(t.num) % 12 + (kw(i + 1, .pm) ? 12 : 0)) * 60 + Int(t.v)
            j = i + 2
        } else if t.kind == .number, t.flags.contains(.twoDecimals), t.digits <= 2, t.v < 60, t.num <= 23,
                  kw(i + 1, .zone), tokens[i + 1].flags.contains(.allCaps) {
            // "14.00 BST": a 24-hour clock with its zone.
            minutes = Int(t.num) * 60 + Int(t.v)
            j = i + 1
        } else if t.kind == .number, !t.flags.contains(.numberGroup), !t.flags.contains(.twoDecimals), t.digits == 4,
                  t.num / 100 <= 23, Int(t.num) % 100 < 60, kw(i + 1, .zone), tokens[i + 1].flags.contains(.allCaps) {
            // "1045 GMT": a 24-hour clock written without its colon, with its zone.
            minutes = Int(t.num) / 100 * 60 + Int(t.num) % 100
            j = i + 1
        } else if t.kind == .number, !t.flags.contains(.numberGroup), t.digits <= 2 {
            let h = Int(t.num)
            var m = 0
            j = i + 1
            var hasMinutes = false
            // "7:08", and "07: 08 PM" typed with a space after the colon when a meridiem follows.
            if p(j, ASCII.colon), glued(j), isNumber(j + 1), tokens[j + 1].digits == 2, tokens[j + 1].num < 60,
               glued(j + 1) || kw(j + 2, .am) || kw(j + 2, .pm) {
                m = Int(tokens[j + 1].num)
                j += 2
                hasMinutes = true
            }
            if kw(j, .am) || kw(j, .pm) {
                guard h >= 1, h <= 12 else { return nil }
                minutes = (h % 12 + (kw(j, .pm) ? 12 : 0)) * 60 + m
                j += 1
            } else if hasMinutes, h <= 23,
                      kw(j, .zone) || kw(i - 1, .at) || kw(i - 1, .around) || kw(i - 1, .until) || kw(i - 1, .by) || kw(i - 1, .after) || kw(i - 1, .before) {
                minutes = h * 60 + m
            } else {
                return nil
            }
        } else {
            return nil
        }
        // A time zone is part of the expression, not of its value.
        if kw(j, .zone), tokens[j].flags.contains(.allCaps) || tokens[j].isCapitalized { j += 1 }
        // "7 p.m. local time", "6 p.m. Moscow time": the clock's place, then maybe its day.
        if kw(j + 1, .time), kw(j, .local) || (isWord(j) && tokens[j].cls == .none && tokens[j].isCapitalized) {
            j += 2
        }
        return (minutes, j)
    }

    /// The day named after the other end of a clock range that starts before k: "and 1 p.m.
    /// on Saturday", "to 11:30 a.m. Sunday", "-8 p.m. Tuesday", "until noon, March 3".
    mutating func rangeEndDay(after k: Int) -> CalendarDate? {
        guard kw(k, .and) || kw(k, .to) || kw(k, .until) || kw(k, .through) || p(k, ASCII.hyphen) else { return nil }
        guard let (_, j) = clockReading(k + 1) else { return nil }
        var d = j
        if p(d, ASCII.comma) { d += 1 }
        if kw(d, .on) { d += 1 }
        if case .day(let day)? = dayAt(d)?.point { return day }
        return nil
    }

    /// Token i opens a line after a blank one or after a finished sentence, not a line of
    /// wrapped text.
    func opensEntry(_ i: Int) -> Bool {
        let f = tokens[i].flags
        if f.contains(.paragraphBefore) { return true }
        guard f.contains(.lineBefore), i > 0 else { return false }
        let prev = tokens[i - 1]
        return prev.punct(ASCII.period) || prev.punct(ASCII.exclamation) || prev.punct(ASCII.question) || prev.punct(ASCII.quote) || prev.punct(ASCII.closeParenthesis)
    }
}
