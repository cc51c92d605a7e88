/// Holidays: "Christmas", "Christmas Eve", "Orthodox Christmas", "Easter Sunday",
/// "Thanksgiving", "Halloween", "New Year's Eve", "New Year's Day", "the new year".
/// A holiday without a year is placed like a month and day: the year the tense points to.
extension TimeScanner {
    mutating func holiday(_ i: Int) -> TimeMatch? {
        if kw(i, .the) || kw(i, .new) { return newYear(i) }
        var j = i
        let orthodox = kw(j, .orthodox)
        if orthodox { j += 1 }
        guard cls(j) == .holiday, let h = Holiday(rawValue: tokens[j].v), tokens[j].isCapitalized else { return nil }
        if orthodox && h != .christmas && h != .easter { return nil }
        var end = j + 1
        var shift = 0
        var namesTheDay = false
        if kw(end, .eve) {
            shift = -1; end += 1; namesTheDay = true
        } else if unit(end) == .day, !plural(end) {
            end += 1; namesTheDay = true
        } else if h == .easter, cls(end) == .weekday, tokens[end].isCapitalized, tokens[end].v == 7 || tokens[end].v == 1 {
            shift = tokens[end].v == 1 ? 1 : 0; end += 1; namesTheDay = true  // Easter Sunday, Easter Monday
        }
        // "a Christmas truce", "the Easter offensive", "Christmas Island": the holiday names a
        // season or a thing there, not the day something happened on.
        if !namesTheDay, isWord(end), cls(end) == .none { return nil }
        let day = { (year: Int) -> CalendarDate in
            let d: CalendarDate
            switch h {
            case .christmas: d = CalendarDate(year: year, month: orthodox ? 1 : 12, day: orthodox ? 7 : 25)
            case .easter: d = orthodox ? Self.orthodoxEaster(year) : Self.westernEaster(year)
            case .thanksgiving:
                let first = CalendarDate(year: year, month: 11, day: 1)
                d = first.adding(days: (4 - first.weekday + 7) % 7 + 21)  // the fourth Thursday
            case .halloween: d = CalendarDate(year: year, month: 10, day: 31)
            }
            return d.adding(days: shift)
        }
        return annual(i, end: end, day)
    }

    /// "the new year" (the coming one, unless the tense looks back), "New Year's Eve",
    /// "New Year's Day", "New Year".
    mutating func newYear(_ i: Int) -> TimeMatch? {
        let the = kw(i, .the)
        let j = the ? i + 1 : i
        guard kw(j, .new), unit(j + 1) == .year, !plural(j + 1) else { return nil }
        var end = j + 2
        let possessive = p(end, ASCII.apostrophe) && glued(end) && isWord(end + 1) && glued(end + 1) && tokens[end + 1].length == 1
        if possessive { end += 2 }
        if the && !possessive {
            if isWord(end), cls(end) == .none { return nil }  // "the new year budget"
            guard let dct else { return TimeMatch(i, end, .unresolved("XXXX")) }
            let back = direction(at: i) == .past || kw(i - 1, .since)
            return TimeMatch(i, end, .year(back || dct.month < 7 ? dct.year : dct.year + 1))
        }
        guard tokens[j].isCapitalized, tokens[j + 1].isCapitalized else { return nil }
        var shift = 0
        if kw(end, .eve) { shift = -1; end += 1 } else if unit(end) == .day, !plural(end) { end += 1 }
        else if isWord(end), cls(end) == .none { return nil }  // "New Year address"
        return annual(i, end: end) { CalendarDate(year: $0, month: 1, day: 1).adding(days: shift) }
    }

    /// The holiday of the year written after it ("Christmas 2024"), else of the year the
    /// tense points to.
    private mutating func annual(_ i: Int, end: Int, _ day: (Int) -> CalendarDate) -> TimeMatch? {
        if let (y, e) = yearNumber(end) { return TimeMatch(i, e, .day(day(y))) }
        guard let dct else { return TimeMatch(i, end, .unresolved("XXXX-XX-XX")) }
        let candidates = ((dct.year - 1)...(dct.year + 1)).map(day)
        return TimeMatch(i, end, .day(choose(candidates, around: dct, direction: direction(at: i), slack: 0)))
    }

    /// Gregorian Easter Sunday (the anonymous algorithm).
    static func westernEaster(_ y: Int) -> CalendarDate {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let n = h + l - 7 * m + 114
        return CalendarDate(year: y, month: n / 31, day: n % 31 + 1)
    }

    /// Orthodox Easter Sunday: the Julian computus, moved onto the Gregorian calendar.
    static func orthodoxEaster(_ y: Int) -> CalendarDate {
        let a = y % 4, b = y % 7, c = y % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let n = d + e + 114
        let julianToGregorian = y / 100 - y / 400 - 2
        return CalendarDate(year: y, month: n / 31, day: n % 31 + 1).adding(days: julianToGregorian)
    }
}
