/// Deictic and relative expressions: "today", "last month", "this year", "next Friday",
/// "earlier this month", "the past year", "now", "recently", "the future".
extension TimeScanner {
    mutating func deictic(_ i: Int) -> TimeMatch? {
        guard i < count, tokens[i].cls == .keyword || tokens[i].cls == .dayPart,
              let word = Keyword(rawValue: tokens[i].v) else { return nil }
        if tokens[i].cls == .dayPart {
            guard DayPart(rawValue: tokens[i].v) == .tonight else { return nil }
            guard let dct else { return TimeMatch(i, i + 1, .unresolved("XXXX-XX-XXTNI")) }
            return TimeMatch(i, i + 1, .dayPart(dct, "NI"))
        }
        switch word {
        case .today, .yesterday, .tomorrow:
            // "USA Today", "VOA Today": a capitalized name, not the day.
            if tokens[i].isCapitalized, !tokens[i].flags.contains(.sentenceStart), i > 0,
               tokens[i - 1].kind == .word, tokens[i - 1].cls == .none, tokens[i - 1].isCapitalized {
                return nil
            }
            let shift = word == .today ? 0 : (word == .yesterday ? -1 : 1)
            guard let dct else { return TimeMatch(i, i + 1, .unresolved("XXXX-XX-XX")) }
            return withDayPart(start: i, end: i + 1, .day(dct.adding(days: shift)))
        case .now:
            return TimeMatch(i, i + 1, .presentRef)
        case .right where kw(i + 1, .now):
            return TimeMatch(i, i + 2, .presentRef)
        case .currently, .presently:
            return TimeMatch(i, i + 1, .presentRef)
        case .these where unit(i + 1) == .day && plural(i + 1):
            return TimeMatch(i, i + 2, .presentRef)
        case .present where kw(i - 1, .at) && !isWord(i + 1):
            return TimeMatch(i, i + 1, .presentRef)
        case .recently:
            return TimeMatch(i, i + 1, .pastRef)
        case .more where kw(i + 1, .recently):
            return TimeMatch(i, i + 2, .pastRef)
        case .recent:
            if let u = unit(i + 1), plural(i + 1), u != .quarter {
                var e = i + 2
                if kw(e, .and), unit(e + 1) != nil, plural(e + 1) { e += 2 }
                return TimeMatch(i, e, .pastRef)
            }
            return TimeMatch(i, i + 1, .pastRef)
        case .as_ where kw(i + 1, .soon) && kw(i + 2, .as_) && isWord(i + 3) && tokens[i + 3].cls == .none
                        && !isWord(i + 4):
            return TimeMatch(i, i + 4, .futureRef)  // "as soon as possible"
        case .soon:
            if kw(i + 1, .after) || kw(i + 1, .afterwards) { return nil }
            if kw(i - 1, .as_), kw(i + 1, .as_) { return nil }
            return TimeMatch(i, i + 1, .futureRef)
        case .future where unit(i + 1) != nil && plural(i + 1):
            return TimeMatch(i, i + 2, .futureRef)  // "future quarters"
        case .past where !kw(i - 1, .the) && unit(i + 1) != nil && plural(i + 1):
            return TimeMatch(i, i + 2, .pastRef)  // "in past years"
        case .a where (kw(i + 1, .later) || kw(i + 1, .future)) && kw(i + 2, .date):
            return TimeMatch(i, i + 3, .futureRef)  // "at a later date"
        case .current:
            if unit(i + 1) != nil || kw(i + 1, .fiscal) || kw(i + 1, .calendar) { return nil }
            return TimeMatch(i, i + 1, .presentRef)
        case .then where kw(i + 1, .current) || (hyphen(i + 1) && kw(i + 2, .current)):
            // "the then-current chairman": current as of a past time.
            return TimeMatch(i, kw(i + 1, .current) ? i + 2 : i + 3, .pastRef)
        case .coming where unit(i + 1) != nil && plural(i + 1):
            return TimeMatch(i, i + 2, .futureRef)
        default:
            return nil
        }
    }

    /// Phrases that start with "the": "the past", "the future", "the near term", "the year",
    /// "the weekend", "the past year", "the following month", "that year".
    mutating func theRelative(_ i: Int) -> TimeMatch? {
        guard kw(i, .the) || kw(i, .that) || kw(i, .this) || kw(i, .last) || kw(i, .next) || kw(i, .past)
                || kw(i, .previous) || kw(i, .coming) || kw(i, .following) || kw(i, .current) || kw(i, .latest)
        else { return nil }
        if let m = theFutureOrPast(i) { return m }
        guard var h = relationWord(i) else { return nil }
        if kw(h.j, .full) && h.isThe && h.relation == 0 { h.j += 1 }
        if kw(h.j, .fiscal) || kw(h.j, .calendar) { h.j += 1 }
        switch cls(h.j) {
        case .unit:
            guard let u = unit(h.j), !plural(h.j) else { return nil }
            return relativeUnit(i, u, h)
        case .dayPart: return relativeDayPart(i, h)
        case .weekday: return relativeWeekday(i, h)
        case .month: return relativeMonth(i, h)
        case .season:
            // "last fall", "this summer", "this past spring", "the summer"
            guard let s = Season(rawValue: tokens[h.j].v) else { return nil }
            let relation = h.isThe && !h.anaphoric ? h.relation : (h.isThe ? 0 : h.relation)
            return seasonMatch(i, h.j, s, relation: relation, strict: h.strictWeekday)
        default: return nil
        }
    }

    /// "the future", "the near future", "the near term", "the past".
    func theFutureOrPast(_ i: Int) -> TimeMatch? {
        guard kw(i, .the) else { return nil }
        let j = i + 1
        if kw(j, .future) { return TimeMatch(i, j + 1, .futureRef) }
        if kw(j, .near) || kw(j, .short) || kw(j, .long) {
            if kw(j + 1, .future) || kw(j + 1, .term) { return TimeMatch(i, j + 2, .futureRef) }
        }
        if kw(j, .past), !isNumberish(j + 1), !isNumberish(j + 2), unit(j + 1) == nil, cls(j + 1) != .season, cls(j + 1) != .weekday,
           cls(j + 1) != .month, !kw(j + 1, .few), !kw(j + 1, .several) {
            return TimeMatch(i, j + 1, .pastRef)
        }
        return nil
    }

    /// The relation word of a relative phrase, and what follows it.
    struct RelativeHead {
        /// The token after the relation word.
        var j: Int
        /// -1 "last", 0 "this", 1 "next".
        var relation: Int
        /// Counted from what the text placed before ("the previous", "that", "the same").
        var anaphoric = false
        /// "this past Friday", "this coming Sunday": strictly before or after.
        var strictWeekday = false
        /// The phrase opens with "the".
        var isThe: Bool
    }

    /// "this", "this past", "last", "the previous", "next", "the following", "current",
    /// "that", "the same", or "the" alone (the period under discussion).
    func relationWord(_ i: Int) -> RelativeHead? {
        let isThe = kw(i, .the)
        let j = isThe ? i + 1 : i
        var h = RelativeHead(j: j + 1, relation: 0, isThe: isThe)
        if kw(j, .this) {
            if kw(j + 1, .past) { h.relation = -1; h.strictWeekday = true; h.j += 1 }
            else if kw(j + 1, .coming) { h.relation = 1; h.strictWeekday = true; h.j += 1 }
        } else if kw(j, .last) || kw(j, .past) || kw(j, .previous) {
            h.relation = -1
            h.anaphoric = kw(j, .previous) && isThe
        } else if kw(j, .next) || kw(j, .coming) || (kw(j, .following) && isThe) {
            // Without "the", "following" is "after": "following Sunday's election".
            h.relation = 1
            h.anaphoric = kw(j, .following) && isThe
        } else if kw(j, .current) || kw(j, .present) {
        } else if kw(j, .that) || kw(j, .same) {
            h.anaphoric = true
        } else if isThe {
            h.j = j
            h.anaphoric = true
        } else {
            return nil
        }
        return h
    }

    /// "last year", "the past year", "this week", "that year", "the year", "next weekend".
    mutating func relativeUnit(_ i: Int, _ u: TimeUnit, _ h: RelativeHead) -> TimeMatch? {
        let (j, rel, isThe) = (h.j, h.relation, h.isThe)
        var anaphoric = h.anaphoric
        if u == .quarter { return nil }  // quarters have their own grammar
        if hyphen(j + 1) { return nil }  // "the year-earlier period" has its own grammar
        // "This Week" in title case mid-sentence is a name (a programme, a column).
        if tokens[i].isCapitalized, tokens[j].isCapitalized, !tokens[i].flags.contains(.sentenceStart) { return nil }
        // "the year ended March 31" is a span measured back from its end.
        if isThe, rel == 0, kw(j + 1, .ending) {
            return TimeMatch(i, j + 1, type: .duration, value: Self.durationValue(u, 1))
        }
        if u == .weekend && isThe { anaphoric = false }
        if isThe && !kw(i + 1, .same) && !kw(i + 1, .following) && !kw(i + 1, .previous) { anaphoric = false }
        if u == .day {
            return relativeDay(i, j, relation: rel, anaphoric: anaphoric)
        }
        if u == .hour || u == .minute || u == .second {
            return nil
        }
        // "the past year" is the year before; "the year" is the creation year.
        if anaphoric, let base = context.lastPoint?.firstDay {
            if let p = TimeArithmetic.point(u, rel, from: base) { return TimeMatch(i, j + 1, p).anaphora() }
        }
        if u == .weekend {
            if rel == 0 { return TimeMatch(i, j + 1, weekend(at: i, this: kw(i, .this))) }
            return TimeMatch(i, j + 1, relative(.weekend, rel))
        }
        if isThe && rel == 0 && u != .year && u != .week && u != .month { return nil }
        return TimeMatch(i, j + 1, relative(u, rel))
    }

    /// "last night", "this morning".
    mutating func relativeDayPart(_ i: Int, _ h: RelativeHead) -> TimeMatch? {
        let j = h.j
        guard let part = DayPart(rawValue: tokens[j].v), let code = part.code, !h.isThe,
              !plural(j), part != .overnight, part != .tonight else { return nil }
        // "that morning", "later that night": a part of the day the text placed last.
        if h.anaphoric, let day = context.lastDay {
            return TimeMatch(i, j + 1, .dayPart(day, code)).anaphora()
        }
        guard let dct else { return TimeMatch(i, j + 1, .unresolved("XXXX-XX-XXT" + code)) }
        if h.relation == -1 && part != .night && part != .evening { return nil }
        let day = h.relation == -1 ? dct.adding(days: -1) : dct
        return TimeMatch(i, j + 1, .dayPart(day, code))
    }

    /// "last Friday", "this coming Sunday", "the previous Friday", "next Monday".
    mutating func relativeWeekday(_ i: Int, _ h: RelativeHead) -> TimeMatch? {
        let (j, rel) = (h.j, h.relation)
        guard tokens[j].isCapitalized, !h.isThe || h.anaphoric,
              tokens[j].length - (tokens[j].flags.contains(.abbreviationDot) ? 1 : 0) >= 6 else { return nil }
        let wd = Int(tokens[j].v)
        var anchor: CalendarDate? = nil
        if h.anaphoric, rel != 0 { anchor = context.lastDay }
        if h.isThe && anchor == nil && rel == 0 { return nil }
        let point: TimePoint
        if rel == 0 && kw(i, .this) {
            // "this Friday" is today or the coming one, unless the sentence reports the past.
            let today = dct?.weekday == wd
            point = placeWeekday(wd, at: j, relation: direction(at: j) == .past || today ? 0 : 1)
        } else {
            point = placeWeekday(wd, at: j, relation: rel == 0 && !h.strictWeekday ? 0 : rel, anchor: anchor)
        }
        // "this coming Sunday, March eighth"
        var k = j + 1
        if p(k, ASCII.comma) { k += 1 }
        if let mdy = monthDayYear(k), mdy.day != nil, let m = matchFor(mdy, start: i, weekday: wd) {
            return m
        }
        return withDayPart(start: i, end: j + 1, point)
    }

    /// "last April", "next May", "this September".
    mutating func relativeMonth(_ i: Int, _ h: RelativeHead) -> TimeMatch? {
        let j = h.j
        guard !h.isThe, let m = monthName(j, supported: true) else { return nil }
        guard let dct else { return TimeMatch(i, j + 1, .unresolved("XXXX-" + String(m).leftPadded(2))) }
        switch h.relation {
        case 0: return TimeMatch(i, j + 1, .month(year: dct.year, month: m))
        case ..<0:
            // "last February" said in March means the February of a year before.
            let recent = m < dct.month - 1
            return TimeMatch(i, j + 1, .month(year: recent ? dct.year : dct.year - 1, month: m))
        default: return TimeMatch(i, j + 1, .month(year: m > dct.month ? dct.year : dct.year + 1, month: m))
        }
    }

    /// "the next day", "the following day", "the previous day", "that day", "the same day",
    /// "the day before": counted from the last day the text placed, else the creation date.
    mutating func relativeDay(_ i: Int, _ j: Int, relation: Int, anaphoric: Bool) -> TimeMatch? {
        var rel = relation
        var end = j + 1
        let explicit = !(kw(i, .the) && j == i + 1)  // a bare "the day" is too vague
        if !explicit {
            guard (kw(end, .before) || kw(end, .after)) && !isWord(end + 1) else { return nil }
            rel = kw(end, .before) ? -1 : 1
            end += 1
        }
        if kw(i, .this) || kw(i, .current) || kw(i, .last) || kw(i, .past) || kw(i, .coming) { return nil }
        guard let base = context.lastDay ?? dct else { return TimeMatch(i, end, .unresolved("XXXX-XX-XX")) }
        return TimeMatch(i, end, .day(base.adding(days: rel))).anaphora()
    }

    func isNumberish(_ i: Int) -> Bool {
        isNumber(i) || cls(i) == .cardinal || kw(i, .a) || kw(i, .an)
    }

    /// The weekend nearest the creation date on the tense's side. "the weekend" in a report
    /// is the one just past; "this weekend" is the coming one unless the tense looks back.
    mutating func weekend(at i: Int, this: Bool = false) -> TimePoint {
        guard let dct else { return .unresolved("XXXX-WXX-WE") }
        if dct.weekday >= 6 { return relative(.weekend, 0) }
        let d = direction(at: i)
        return relative(.weekend, d == .future || (this && d != .past) ? 0 : -1)
    }

    /// A season with its year: "summer", "the summer of 1994", "last fall", "winter 2024".
    mutating func seasonMatch(_ i: Int, _ j: Int, _ s: Season, relation: Int, strict: Bool) -> TimeMatch? {
        var end = j + 1
        var year: Int? = nil
        if kw(end, .of), let (y, e) = yearNumber(end + 1) { year = y; end = e }
        else if let (y, e) = yearNumber(end) { year = y; end = e }
        if let year { return TimeMatch(i, end, .season(year: year, season: s)) }
        // A bare "spring" or "fall" is too often a verb or a noun to be a date ("prices fall
        // in May", "a fall in exports"); so is "the fall" unless a preposition of time leads
        // it and no "of" makes it something's fall ("in the fall" is a season, "the fall of
        // Kabul" and "since the fall of the Wall" are not).
        if s == .spring || (s == .fall && tokens[j].length == 4) {  // "autumn" is only a season
            if i == j, !seasonLead(i - 1) { return nil }
            if i != j, kw(i, .the), j == i + 1, !seasonLead(i - 1) || kw(end, .of) { return nil }
        }
        guard let dct else { return TimeMatch(i, end, .unresolved("XXXX-" + s.code)) }
        // The winter that began in December belongs to the year it began in.
        var base = dct.year
        if s == .winter && dct.month <= 2 { base -= 1 }
        switch relation {
        case 0:
            // "plans to reopen in the spring" in November: next year's spring; "this
            // spring" is this year's whatever the tense.
            let first = [3, 6, 9, 12][Int(s.rawValue) - 1]
            let own = base == dct.year && !kw(i, .this) ? yearShift(first: first, months: 3, at: i) : 0
            return TimeMatch(i, end, .season(year: base + own, season: s))
        case ..<0:
            if strict {
                let startMonth = [3, 6, 9, 12][Int(s.rawValue) - 1]
                return TimeMatch(i, end, .season(year: startMonth < dct.month ? dct.year : dct.year - 1, season: s))
            }
            return TimeMatch(i, end, .season(year: base - 1, season: s))
        default: return TimeMatch(i, end, .season(year: base + 1, season: s))
        }
    }

    /// Words that make the next "spring" or "fall" a season: "in", "by", "during the".
    func seasonLead(_ k: Int) -> Bool {
        kw(k, .in_) || kw(k, .this) || kw(k, .by) || kw(k, .since) || kw(k, .until) || kw(k, .during)
            || kw(k, .early) || kw(k, .late) || kw(k, .through)
    }

    /// "earlier this month", "late yesterday", "early next year", "mid-November",
    /// "the end of 1990", "around Nov. 1", "the beginning of October".
    mutating func modifiedDate(_ i: Int) -> TimeMatch? {
        guard i < count, tokens[i].cls == .keyword, let word = Keyword(rawValue: tokens[i].v) else { return nil }
        var j: Int
        switch word {
        case .early, .late, .mid, .earlier, .later:
            j = i + 1
            if p(j, ASCII.hyphen), glued(j) { j += 1 }
        case .the where cls(i + 1) == .dayPart && kw(i + 2, .of):
            // "the morning of March 3", "the night of Jan. 5": that day's part.
            guard let code = DayPart(rawValue: tokens[i + 1].v)?.code, let day = core(i + 3), day.start == i + 3,
                  case .day(let d)? = day.point else { return nil }
            return TimeMatch(i, day.end, .dayPart(d, code))
        case .the where kw(i + 1, .early) || kw(i + 1, .late) || kw(i + 1, .mid):
            j = i + 2
            if p(j, ASCII.hyphen), glued(j) { j += 1 }
        case .around:
            // "around Nov. 1", "around 7:15 p.m.": the approximation is part of the span.
            guard let inner = core(i + 1), let point = inner.point else { return nil }
            return TimeMatch(i, inner.end, point)
        case .the, .end:
            // "the end of 1990", "the beginning of October", "end of the month"
            let k = word == .the ? i + 1 : i
            guard kw(k, .end) || kw(k, .beginning) || kw(k, .start) || kw(k, .middle), kw(k + 1, .of) else { return nil }
            j = k + 2
        default:
            return nil
        }
        // "mid-afternoon yesterday", "early morning", "late Friday night"
        if cls(j) == .dayPart, let code = DayPart(rawValue: tokens[j].v)?.code, word != .the, word != .end {
            if let day = core(j + 1), case .day(let d)? = day.point, day.start == j + 1 {
                return TimeMatch(i, day.end, .dayPart(d, code))
            }
            if word == .mid || word == .early || word == .late, let dct {
                return TimeMatch(i, j + 1, .dayPart(dct, code))
            }
        }
        guard let inner = core(j), let point = inner.point, inner.type == .date || inner.type == .time else { return nil }
        if case .presentRef = point { return nil }
        if case .pastRef = point { return nil }
        if case .futureRef = point { return nil }
        if word == .earlier || word == .later, !tokens[i].isCapitalized, case .year = point, tokens[j].kind == .number {
            return nil  // "earlier 1990 figures" is no date
        }
        return TimeMatch(i, inner.end, point)
    }

    /// "year-end", "year end", "year's end", "the turn of the year".
    mutating func yearEnd(_ i: Int) -> TimeMatch? {
        guard unit(i) == .year, !plural(i) else { return nil }
        var j = i + 1
        if hyphen(j) { j += 1 } else if p(j, ASCII.apostrophe), glued(j), isWord(j + 1), glued(j + 1) { j += 2 }
        guard kw(j, .end) else { return nil }
        guard let dct else { return TimeMatch(i, j + 1, .unresolved("XXXX")) }
        return TimeMatch(i, j + 1, .year(dct.year))
    }
}
