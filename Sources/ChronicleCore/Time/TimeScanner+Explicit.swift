/// Dates written out: "December 21, 2025", "21 Dec 2025", "2025-12-21", "Tuesday, Dec. 2",
/// "June 1989", "in February", "1998", "the 1990s".
extension TimeScanner {
    /// A month name at i that reads as a month here: capitalized, and "May" or an
    /// abbreviation only where a date or a preposition supports it.
    func monthName(_ i: Int, supported: Bool) -> Int? {
        guard i < count, tokens[i].cls == .month, tokens[i].isCapitalized else { return nil }
        let m = Int(tokens[i].v)
        let len = tokens[i].length - (tokens[i].flags.contains(.abbreviationDot) ? 1 : 0)
        let abbreviated = len < Self.monthNameLengths[m - 1]
        if (abbreviated || m == 5) && !supported {
            // Bare "May" is the modal verb far more often than the month; a bare "Jan"
            // is a name unless its dot marks it as the month.
            if abbreviated && !tokens[i].flags.contains(.abbreviationDot) { return nil }
            guard i > 0 else { return nil }
            let prev = tokens[i - 1]
            if prev.punct(ASCII.hyphen) { return m }
            guard prev.cls == .keyword, let word = Keyword(rawValue: prev.v),
                  Self.monthLeadWords.contains(word) else { return nil }
        }
        return m
    }

    static let monthNameLengths = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8]
    static let monthLeadWords: Set<Keyword> = [
        .in_, .since, .until, .by, .through, .from, .of, .last, .next, .this, .early, .late, .mid,
        .during, .before, .after, .end,
    ]

    /// Month-led and day-led dates at i: (month, day?, year?, end).
    mutating func monthDayYear(_ i: Int) -> (month: Int, day: Int?, year: Int?, end: Int)? {
        // Month first: "December 21, 2025", "Dec. 21", "December 2025", "December of 2025".
        if cls(i) == .month {
            if let (d, e) = dayOfMonth(i + 1), !(p(e, ASCII.colon) && glued(e) && isNumber(e + 1) && glued(e + 1)), unit(e) == nil, !p(e, ASCII.percent),
               let m = monthName(i, supported: true) {
                var j = e
                if p(j, ASCII.comma) { j += 1 }
                if let (y, ye) = yearNumber(j) { return (m, d, y, ye) }
                // "November 19 (2019)": the year in brackets.
                if p(e, ASCII.openParenthesis), let (y, ye) = yearNumber(e + 1), tokens[e + 1].kind == .number, p(ye, ASCII.closeParenthesis) { return (m, d, y, ye + 1) }
                return (m, d, nil, e)
            }
            var j = i + 1
            if p(j, ASCII.comma) || kw(j, .of) { j += 1 }
            if let (y, ye) = yearNumber(j), let m = monthName(i, supported: true) { return (m, nil, y, ye) }
            return nil
        }
        // Day first: "21 December 2025", "18 Feb, 2026", "the 21st of December".
        if let (d, e) = dayOfMonth(i) {
            var j = e
            if kw(j, .of) { j += 1 }
            guard cls(j) == .month, let m = monthName(j, supported: true) else { return nil }
            // A bare cardinal word before a month ("one March") is not a day.
            if tokens[i].kind == .word && tokens[i].cls != .ordinal { return nil }
            // "won 2-1 March 4, 2022": the month leads a date of its own.
            if let (_, de) = dayOfMonth(j + 1), isNumber(j + 1), yearNumber(p(de, ASCII.comma) ? de + 1 : de) != nil { return nil }
            var k = j + 1
            if p(k, ASCII.comma) { k += 1 }
            if let (y, ye) = yearNumber(k) { return (m, d, y, ye) }
            return (m, d, nil, j + 1)
        }
        return nil
    }

    mutating func explicitDate(_ i: Int) -> TimeMatch? {
        guard i < count else { return nil }
        let t = tokens[i]
        if t.kind == .number {
            if let m = numericDate(i) { return m }
            if let m = decade(i) { return m }
            if let m = dayBeforeRange(i) ?? dayAfterRange(i) { return m }
            if let mdy = monthDayYear(i) { return matchFor(mdy, start: i, weekday: nil) }
            if let m = bareYear(i) { return m }
            return nil
        }
        switch t.cls {
        case .weekday:
            return weekdayDate(i)
        case .month:
            if let mdy = monthDayYear(i) { return matchFor(mdy, start: i, weekday: nil) }
            guard let m = monthName(i, supported: false) else { return nil }
            // A capitalized word right after a bare month is usually a name: "June Carter".
            if i + 1 < count, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, tokens[i + 1].cls == .none,
               tokens[i + 1].spaced, !(i > 0 && tokens[i - 1].cls == .keyword) { return nil }
            // "January this year", "July last year".
            if let shift = namedYearShift(at: i + 1) {
                if let dct { return TimeMatch(i, i + 3, .month(year: dct.year + shift, month: m)) }
                return TimeMatch(i, i + 3, .unresolved("XXXX-" + String(m).leftPadded(2)))
            }
            return TimeMatch(i, i + 1, placeMonth(m, at: i))
        case .ordinal:
            if let mdy = monthDayYear(i) { return matchFor(mdy, start: i, weekday: nil) }
            return nil
        case .cardinal:
            if let m = yearWords(i) { return m }
            return nil
        case .keyword:
            if t.v == Keyword.the.rawValue, let mdy = monthDayYear(i + 1), tokens[i + 1].kind != .word || cls(i + 1) == .ordinal {
                return matchFor(mdy, start: i, weekday: nil)
            }
            if t.v == Keyword.the.rawValue, let m = dayOfThisMonth(i) { return m }
            if t.v == Keyword.the.rawValue || (t.v >= Keyword.twenties.rawValue && t.v <= Keyword.nineties.rawValue) {
                return decadeWords(i)
            }
            return nil
        case .none where t.kind == .punct && t.v == 39:
            return decade(i)
        default:
            return nil
        }
    }

    /// "this year" (0), "last year" (-1) or "next year" (1) at token k.
    func namedYearShift(at k: Int) -> Int? {
        guard unit(k + 1) == .year else { return nil }
        if kw(k, .this) { return 0 }
        if kw(k, .last) { return -1 }
        return kw(k, .next) ? 1 : nil
    }

    mutating func matchFor(_ mdy: (month: Int, day: Int?, year: Int?, end: Int), start: Int, weekday: Int?) -> TimeMatch? {
        switch (mdy.day, mdy.year) {
        case let (d?, y?):
            guard d <= CalendarDate.daysIn(month: mdy.month, year: y) else { return nil }
            return TimeMatch(start, mdy.end, .day(CalendarDate(year: y, month: mdy.month, day: d)))
        case let (d?, nil):
            guard d <= 31 else { return nil }
            // "on August 2 last year", "November 13 this year".
            if let shift = namedYearShift(at: mdy.end) {
                guard let dct else {
                    return TimeMatch(start, mdy.end + 2, .unresolved("XXXX-" + String(mdy.month).leftPadded(2) + "-" + String(d).leftPadded(2)))
                }
                let y = dct.year + shift
                guard d <= CalendarDate.daysIn(month: mdy.month, year: y) else { return nil }
                return TimeMatch(start, mdy.end + 2, .day(CalendarDate(year: y, month: mdy.month, day: d)))
            }
            if let end = rangeEnd(after: mdy.end), let first = firstEnd(month: mdy.month, day: d, before: end) {
                return TimeMatch(start, mdy.end, .day(first))
            }
            return TimeMatch(start, mdy.end, placeMonthDay(month: mdy.month, day: d, at: start, weekday: weekday))
        case let (nil, y?):
            return TimeMatch(start, mdy.end, .month(year: y, month: mdy.month))
        default:
            return nil
        }
    }

    /// "on the 15th": a day of the month the text is in, before or after the DCT by tense.
    mutating func dayOfThisMonth(_ i: Int) -> TimeMatch? {
        guard isNumber(i + 1), tokens[i + 1].flags.contains(.ordinalSuffix), tokens[i + 1].num >= 1,
              tokens[i + 1].num <= 31, !isWord(i + 2), !isNumber(i + 2) else { return nil }
        let day = Int(tokens[i + 1].num)
        guard let dct else { return TimeMatch(i, i + 2, .unresolved("XXXX-XX-" + String(day).leftPadded(2))) }
        var (y, m) = (dct.year, dct.month)
        switch direction(at: i) {
        case .future where day < dct.day: (y, m) = TimeArithmetic.addMonths(year: y, month: m, 1)
        case .past where day > dct.day: (y, m) = TimeArithmetic.addMonths(year: y, month: m, -1)
        default: break
        }
        guard day <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        return TimeMatch(i, i + 2, .day(CalendarDate(year: y, month: m, day: day)))
    }

    /// "Tuesday", "Tuesday, Dec. 2", "Friday Oct. 13", "Saturday night".
    mutating func weekdayDate(_ i: Int) -> TimeMatch? {
        let t = tokens[i]
        guard t.isCapitalized else { return nil }
        let wd = Int(t.v)
        var j = i + 1
        if p(j, ASCII.comma) { j += 1 }
        if kw(j, .the) { j += 1 }
        if let mdy = monthDayYear(j) {
            if mdy.day != nil { return matchFor(mdy, start: i, weekday: wd) }
        }
        let len = t.length - (t.flags.contains(.abbreviationDot) ? 1 : 0)
        guard len >= 6 else { return nil }  // "Sun", "Wed" alone are other words
        // "Tuesday nights" recur.
        if cls(i + 1) == .dayPart, plural(i + 1), let code = DayPart(rawValue: tokens[i + 1].v)?.code {
            return TimeMatch(i, i + 2, type: .set, value: "XXXX-WXX-\(wd)T" + code)
        }
        let day = placeWeekday(wd, at: i)
        return withDayPart(start: i, end: i + 1, day)
    }

    /// A part of the day right after a day: "Friday evening", "yesterday morning".
    func withDayPart(start: Int, end: Int, _ day: TimePoint) -> TimeMatch {
        if cls(end) == .dayPart, let part = DayPart(rawValue: tokens[end].v) {
            switch (day, part.code) {
            case (.day(let d), let code?): return TimeMatch(start, end + 1, .dayPart(d, code))
            case (.day(let d), nil): return TimeMatch(start, end + 1, .clock(d, part == .noon ? 720 : 1440))
            default: break
            }
        }
        return TimeMatch(start, end, day)
    }

    /// "2025-12-21", "12/21/2025", "21/12/2025", "12/21/98", "31-03-2022", "13.06.2023".
    mutating func numericDate(_ i: Int) -> TimeMatch? {
        let a = tokens[i]
        if a.digits == 4, p(i + 1, ASCII.hyphen), glued(i + 1), isNumber(i + 2), glued(i + 2), tokens[i + 2].digits == 2,
           p(i + 3, ASCII.hyphen), glued(i + 3), isNumber(i + 4), glued(i + 4), tokens[i + 4].digits == 2 {
            let y = Int(a.num), m = Int(tokens[i + 2].num), d = Int(tokens[i + 4].num)
            guard (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
            return TimeMatch(i, i + 5, .day(CalendarDate(year: y, month: m, day: d)))
        }
        // "12/21/2025", and with hyphens only with a four-digit year ("31-03-2022"): a
        // shorter one is a score or a code.
        let slashes = p(i + 1, ASCII.slash) && p(i + 3, ASCII.slash)
        let hyphens = p(i + 1, ASCII.hyphen) && p(i + 3, ASCII.hyphen) && i + 4 < count && tokens[i + 4].digits == 4
        // "13.06.2023": dots are the European way, day first.
        let dots = p(i + 1, ASCII.period) && p(i + 3, ASCII.period) && i + 4 < count && tokens[i + 4].digits == 4
        if a.digits <= 2, slashes || hyphens || dots, glued(i + 1), isNumber(i + 2), glued(i + 2), tokens[i + 2].digits <= 2,
           glued(i + 3), isNumber(i + 4), glued(i + 4),
           tokens[i + 4].digits == 4 || tokens[i + 4].digits == 2 {
            var x = Int(a.num), y2 = Int(tokens[i + 2].num)
            let yy = Int(tokens[i + 4].num)
            let year = tokens[i + 4].digits == 4 ? yy : twoDigitYear(yy)
            if (dots || numbersDayFirst) && y2 <= 12 { swap(&x, &y2) }
            if x > 12 { swap(&x, &y2) }  // day first
            let (m, d) = (x, y2)
            guard (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: year) else { return nil }
            return TimeMatch(i, i + 5, .day(CalendarDate(year: year, month: m, day: d)))
        }
        return nil
    }

    /// Whether the text writes numeric dates day first: some date in it reads only that way
    /// ("25/06/2019", "31-03-2022") and none only month first ("06/25/2019"). Then
    /// "06/05/2019" in it is 6 May, as its writer meant; otherwise it is June 5.
    static func writesDayFirst(_ tokens: [TimeToken]) -> Bool {
        tokens.withUnsafeBufferPointer { t in
            var dayFirst = false
            var i = 0
            while i + 4 < t.count {
                // Most tokens fail the first test: a separator right after a short number.
                guard t[i + 1].kind == .punct, t[i].kind == .number, t[i].digits <= 2 else {
                    i += 1
                    continue
                }
                let sep = t[i + 1], b = t[i + 2], year = t[i + 4]
                let separated = (sep.punct(ASCII.slash) && t[i + 3].punct(ASCII.slash))
                    || (sep.punct(ASCII.hyphen) && t[i + 3].punct(ASCII.hyphen) && year.digits == 4)
                guard separated, !t[i].flags.contains(.numberGroup), !sep.spaced,
                      b.kind == .number, b.digits <= 2, !b.spaced, !t[i + 3].spaced,
                      year.kind == .number, !year.spaced, year.digits == 2 || year.digits == 4 else {
                    i += 1
                    continue
                }
                if t[i].num > 12 && b.num <= 12 { dayFirst = true }
                if b.num > 12 && t[i].num <= 12 { return false }
                i += 5
            }
            return dayFirst
        }
    }

    /// "1990s", "'80s".
    mutating func decade(_ i: Int) -> TimeMatch? {
        guard i < count else { return nil }
        let t = tokens[i]
        if t.kind == .number, t.flags.contains(.pluralS), t.digits == 4, t.num % 10 == 0, t.num >= 1000, t.num < 2200 {
            return TimeMatch(i, i + 1, .decade(Int(t.num) / 10))
        }
        if t.punct(ASCII.apostrophe), i + 1 < count, tokens[i + 1].kind == .number, glued(i + 1), tokens[i + 1].digits == 2,
           tokens[i + 1].flags.contains(.pluralS), tokens[i + 1].num % 10 == 0 {
            return TimeMatch(i, i + 2, .decade(twoDigitYear(Int(tokens[i + 1].num)) / 10))
        }
        return nil
    }

    /// "the nineties", "the '80s", "the 1990s", "the 20th century".
    mutating func decadeWords(_ i: Int) -> TimeMatch? {
        var j = i
        if kw(j, .the) { j += 1 }
        if j < count, tokens[j].cls == .keyword, tokens[j].v >= Keyword.twenties.rawValue,
           tokens[j].v <= Keyword.nineties.rawValue, j > i || tokens[j].isCapitalized {
            let tens = Int(tokens[j].v - Keyword.twenties.rawValue) + 2
            let century = (dct?.year ?? 1999) / 100 - ((dct.map { $0.year % 100 >= tens * 10 } ?? true) ? 0 : 1)
            return TimeMatch(i, j + 1, .decade(century * 10 + tens))
        }
        if j > i, let m = decade(j) { return TimeMatch(i, m.end, m.point!) }
        if j > i, let c = century(j) { return TimeMatch(i, c.end, c.point!) }
        return nil
    }

    /// "20th century", "the twentieth century".
    func century(_ i: Int) -> TimeMatch? {
        guard i < count else { return nil }
        let t = tokens[i]
        var n: Int?
        if t.kind == .number, t.flags.contains(.ordinalSuffix), t.num >= 1, t.num <= 22 { n = Int(t.num) }
        if t.cls == .ordinal { n = Int(t.v) }
        if t.cls == .cardinal, t.v == 20, hyphen(i + 1), cls(i + 2) == .ordinal, unit(i + 3) == .century {
            return TimeMatch(i, i + 4, .century(19 + Int(tokens[i + 2].v)))
        }
        guard let n, unit(i + 1) == .century, !plural(i + 1) else { return nil }
        return TimeMatch(i, i + 2, .century(n - 1))
    }

    /// "nineteen ninety-six", "the year two thousand".
    mutating func yearWords(_ i: Int) -> TimeMatch? {
        guard let (y, e) = yearNumber(i), y >= 1100 else { return nil }
        return TimeMatch(i, e, .year(y))
    }

    /// A four-digit number that reads as a year: not money, not a count of things.
    mutating func bareYear(_ i: Int) -> TimeMatch? {
        guard let (y, e) = yearNumber(i) else { return nil }
        if i > 0 {
            let prev = tokens[i - 1]
            if prev.kind == .punct && (prev.v == 36 || prev.v == 35) { return nil }  // "$2019", "#1999"
            if prev.kind == .punct && prev.v == 0x80 && !tokens[i].spaced { return nil }  // "£1999"
            if prev.kind == .number { return nil }
            // "PokemonElite2000", "Model3000": digits glued to a word are part of a name.
            if prev.kind == .word && !tokens[i].spaced { return nil }
            // "about 2000 people", "some 1500 volunteers"
            if prev.keyword(.about) || prev.keyword(.nearly) || prev.keyword(.around) || prev.keyword(.some)
                || prev.keyword(.over) || prev.keyword(.than) { return nil }
        }
        if p(e, ASCII.percent) || p(e, ASCII.colon) { return nil }
        if e < count, tokens[e].kind == .number, !tokens[e].spaced { return nil }
        // "as of 1045 GMT": a clock written without its colon.
        if kw(e, .zone), tokens[e].flags.contains(.allCaps) { return nil }
        // "Article 2100", "Room 2010", "model 2000": the number labels the thing named before it.
        if kw(i - 1, .numberLabel), tokens[i].kind == .number { return nil }
        let supported = i > 0 && tokens[i - 1].cls == .keyword && Self.yearLeadWords.contains(Keyword(rawValue: tokens[i - 1].v)!)
        if !supported, tokens[i].kind == .number, isHouseNumber(before: e) { return nil }
        let countedNoun = e < count && tokens[e].kind == .word && tokens[e].cls == .none && !tokens[e].isCapitalized
            && tokens[e].flags.contains(.pluralS)
        if supported {
            // "the 1500 volunteers" counts; "the 1996 elections" dates.
            if countedNoun && (y < 1900 || y > 2100) && (kw(i - 1, .the) || kw(i - 1, .possessive) || kw(i - 1, .this)) { return nil }
            return TimeMatch(i, e, .year(y))
        }
        // Without a preposition or an article, only a plausible modern year that is not
        // counting the plural noun after it ("1500 troops", "2000 votes").
        if y < 1900 || y > 2100 { return nil }
        if countedNoun { return nil }
        return TimeMatch(i, e, .year(y))
    }

    /// A street name follows from token `k`: one to three capitalised words (or an ordinal,
    /// "5th") and a street word, as after a house number ("1999 Main Street", "2100 Fifth
    /// Ave."). After "in" or "the" the number is a year ("in 1999 Main Street shops closed").
    func isHouseNumber(before k: Int) -> Bool {
        var j = k
        while j < count, j - k < 3,
              (tokens[j].kind == .word && tokens[j].isCapitalized && !tokens[j].keyword(.streetWord))
                || (tokens[j].kind == .number && tokens[j].flags.contains(.ordinalSuffix)) {
            j += 1
        }
        return j > k && kw(j, .streetWord) && tokens[j].isCapitalized
    }

    static let yearLeadWords: Set<Keyword> = [
        .the, .in_, .since, .by, .of, .from, .until, .through, .before, .after, .during, .fiscal,
        .early, .late, .mid, .possessive, .this, .for_,
    ]
}
