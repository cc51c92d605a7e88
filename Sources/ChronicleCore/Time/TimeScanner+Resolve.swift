/// Which way an underspecified date points from the creation date.
enum TimeDirection: Sendable { case past, future, unknown }

/// The tense of the clause around a date.
struct Tense {
    var direction: TimeDirection
    /// The clause's own verb or time word points the way ("met", "will meet"): its day lies
    /// on that side of the writing. A plan told in the past ("was expected to meet"), the
    /// future of a past ("would meet") or a deadline ("by March 3") points the way without
    /// that certainty.
    var settled: Bool

    init(_ direction: TimeDirection, settled: Bool) {
        self.direction = direction
        self.settled = settled
    }
}

/// Placing underspecified dates (no year, a bare weekday) against the creation date.
extension TimeScanner {
    /// Which way the clause around token i points (see `tense(at:)`).
    func direction(at i: Int) -> TimeDirection { tense(at: i).direction }

    /// The tense around token i: the nearest cue word in its sentence decides. Plans and
    /// expectations ("will", "expected to", "next", "scheduled") point forward; reporting
    /// verbs and past forms point back.
    func tense(at i: Int) -> Tense {
        let (lo, hi) = sentenceBounds(i)
        if isAwayFromNow(after: i, hi) { return Tense(.future, settled: true) }
        // "through early Saturday": a part of the day may stand between a bound and its day.
        let bound = kw(i - 1, .early) || kw(i - 1, .late) ? i - 2 : i - 1
        // "by February", "until Jan. 2": a deadline lies ahead unless a past verb is right there.
        if kw(bound, .by) || kw(bound, .until) || kw(bound, .through) {
            // In hard-wrapped text "by" can end the line before, outside the sentence bounds.
            // "By March 10, schools had closed": a past perfect just after it too.
            var after = Array((i + 1)..<min(hi, i + 8))
            // "By late Monday, small states and many others ... had spoken out": a deadline
            // opening its sentence is told of by the whole clause after it, up to any "will".
            if bound == lo {
                // A long list may stand before the verb: read past the usual reach.
                after = Array((i + 1)..<sentenceBounds(i, reach: 60).1)
                if let w = after.firstIndex(where: { kw($0, .will) }) { after.removeSubrange(w...) }
            }
            let near = Array(max(lo, bound - 4)..<max(lo, bound)) + after.filter { pastWord($0) }
            if !near.contains(where: { tokens[$0].flags.contains(.edForm) || pastWord($0) }) {
                return Tense(.future, settled: false)
            }
        }
        var best = Tense(.unknown, settled: false)
        // "extended the offer to Nov. 20": the verb sets the day, it does not tell when it is.
        let target = kw(bound, .to) || kw(bound, .until) || kw(bound, .through) || kw(bound, .by)
        var bestDistance = Int.max
        // A plan told in the past ("was expected to") or the future of a past ("would")
        // points its way without settling on which side of the writing its day lies.
        var settled = true
        func cue(_ k: Int) -> TimeDirection {
            settled = true
            let t = tokens[k]
            if t.flags.contains(.edForm) {
                // "will be named", "has been delayed": a participle, not a past tense.
                if kw(k - 1, .beVerb) || kw(k - 1, .been) || kw(k - 1, .will) { return .unknown }
                // "a still unspecified date", "the revised plan": an adjective, before the noun
                // it describes; "the talks stalled on" is a subject and its verb.
                let nounNext = namesAThing(k + 1)  // "their insured deposits", "the fixed rate"
                for b in [k - 1, k - 2] where nounNext && (kw(b, .a) || kw(b, .an) || kw(b, .the) || kw(b, .possessive)) {
                    return .unknown
                }
                // "access to insured deposits", "a list of revised figures": right after a
                // preposition too.
                if nounNext && (kw(k - 1, .to) || kw(k - 1, .of) || kw(k - 1, .for_) || kw(k - 1, .from)
                                || kw(k - 1, .in_) || kw(k - 1, .on) || kw(k - 1, .at)) {
                    return .unknown
                }
                return .past
            }
            if t.flags.contains(.pastForm) { return irregularPast(k) }
            if t.cls == .keyword {
                switch Keyword(rawValue: t.v) {
                case .futureCue:
                    // "better than expected", "as planned": a comparison with what was
                    // foreseen, not a plan; the clause's own verb tells its tense.
                    if kw(k - 1, .than) || kw(k - 1, .as_) { return .unknown }
                    // "had been due to", "was expected": a plan reported in the past.
                    if pastWord(k - 1) || pastWord(k - 2) || kw(k - 1, .been) || kw(k - 1, .previously) {
                        settled = false
                        return .past
                    }
                    return .future
                case .plan:
                    return kw(k + 1, .to) ? .future : .unknown
                case .would:
                    settled = false
                    return .future
                case .will, .next, .tomorrow, .upcoming, .coming: return .future
                case .beVerb: return kw(k + 1, .to) ? .future : .unknown  // "is to resume"
                case .ll: return k > 0 && tokens[k - 1].punct(ASCII.apostrophe) ? .future : .unknown
                case .set:
                    if kw(k + 1, .to) { return .future }
                    // "set sentencing for May 14": the day set for what is still to come,
                    // though when it was set is told in the past.
                    if kw(i - 1, .for_) {
                        settled = false
                        return .future
                    }
                    return .unknown
                case .headed:
                    // "headed for the February 23 vote"; "headed for Paris on Monday" tells
                    // where, not when.
                    guard kw(k + 1, .for_), i - k <= 3 else { return .unknown }
                    settled = false
                    return .future
                case .pastCue:
                    // "would be paid", "will be held": passive forms of what is still ahead.
                    if kw(k - 1, .beVerb) || kw(k - 1, .been) || kw(k - 1, .will) { return .unknown }
                    return .past
                // "will last until", "could last into": the verb, whose own cue comes before it.
                case .last where kw(k - 1, .will) || kw(k - 1, .would) || kw(k - 1, .to) || kw(k - 1, .modal):
                    return .unknown
                case .yesterday, .ago, .last, .earlier: return .past
                default: return .unknown
                }
            }
            return .unknown
        }
        var k = i - 1
        while k >= lo {
            if tokens[k].punct(ASCII.semicolon) { break }  // a semicolon closes the clause
            let d = cue(k)
            if d != .unknown {
                best = Tense(d, settled: settled && i - k <= Self.governingReach && !target)
                bestDistance = i - k
                break
            }
            k -= 1
        }
        // A cue after the expression counts at twice its distance: the verb that governs a
        // date usually comes before it.
        k = i + 1
        while k < hi && 2 * (k - i) < bestDistance {
            if tokens[k].punct(ASCII.semicolon) { break }
            let d = cue(k)
            if d != .unknown { best = Tense(d, settled: false); break }
            k += 1
        }
        return best
    }

    /// How many tokens before a date its own verb stands: "met on March 3", "fell sharply
    /// Tuesday". A cue farther back governs the sentence, not necessarily the date.
    static let governingReach = 3

    /// "winter just weeks away", "the winter, a few months away": a time said to be some
    /// days, weeks or months away lies ahead, whatever the clause's verb. Read after the
    /// time's own words (`i` is its first).
    func isAwayFromNow(after i: Int, _ hi: Int) -> Bool {
        var k = i + 1
        while k < min(hi, i + 3), isWord(k), unit(k) == nil, !countsAway(k) { k += 1 }
        if k < hi, tokens[k].punct(UInt8(ascii: ",")) { k += 1 }
        while k < hi, countsAway(k) || kw(k, .of) { k += 1 }
        guard k + 1 < hi, unit(k) != nil else { return false }
        return kw(k + 1, .away)
    }

    /// "just", "a few", "several", "three": the words that count how far away.
    private func countsAway(_ k: Int) -> Bool {
        kw(k, .nearly) || kw(k, .a) || kw(k, .few) || kw(k, .several) || kw(k, .couple) || tokens[k].kind == .number
    }

    /// A past form the lexicon knows: "was", "said", "met", "fell". An "-ed" form ("voted")
    /// is read apart, since it may be an adjective.
    @inline(__always) func pastWord(_ k: Int) -> Bool {
        k >= 0 && k < tokens.count && (tokens[k].keyword(.pastCue) || tokens[k].flags.contains(.pastForm))
    }

    /// A word of the content, neither a word of the grammar nor one that opens a date: after
    /// an "-ed" form ("the revised figures", "a fixed rate"), the noun it describes. A unit
    /// is such a noun ("the extended weeks").
    func namesAThing(_ k: Int) -> Bool {
        guard isWord(k), !tokens[k].flags.contains(.grammarWord) else { return false }
        return tokens[k].cls == .unit || !mayStart(tokens[k])
    }

    /// An irregular past form ("met", "fell", "left") at k tells a past, unless the word
    /// before makes it something else: a participle after "be", "been" or "will" ("will be
    /// held"), a base form after "to", "not" or a modal ("to found", "could fell"), a noun
    /// after a determiner ("the left", "a shot").
    func irregularPast(_ k: Int) -> TimeDirection {
        let participle = kw(k - 1, .beVerb) || kw(k - 1, .been) || kw(k - 1, .will)
        let base = kw(k - 1, .would) || kw(k - 1, .to) || kw(k - 1, .not) || kw(k - 1, .modal)
            || (cls(k - 1) == .month && !tokens[k - 1].isCapitalized)  // "may"
        let noun = kw(k - 1, .a) || kw(k - 1, .an) || kw(k - 1, .the) || kw(k - 1, .possessive)
        return participle || base || noun ? .unknown : .past
    }

    /// A month and day without a year: near the day with a year just before it, else the
    /// year that puts it on the side of the creation date the tense says, else the nearest one.
    mutating func placeMonthDay(month: Int, day: Int, at i: Int, weekday: Int? = nil) -> TimePoint {
        if let d = anchoredMonthDay(month: month, day: day, weekday: weekday) {
            // A day within a month of the creation date, on the side the tense allows, is of
            // the article's own time, whatever year the sentence before named: "launch it in
            // November 2006 ... when it arrives on November 11" written on 5 November 2005.
            if let dct, d.year != dct.year, let near = nearCreationDate(month: month, day: day, at: i, weekday: weekday),
               abs(d.dayNumber - dct.dayNumber) > 2 * Self.nearCreationDate {
                return .day(near)
            }
            return .day(d)
        }
        guard let dct else {
            return .unresolved("XXXX-" + String(month).leftPadded(2) + "-" + String(day).leftPadded(2))
        }
        var candidates: [CalendarDate] = []
        for y in (dct.year - 1)...(dct.year + 1) where day <= CalendarDate.daysIn(month: month, year: y) {
            candidates.append(CalendarDate(year: y, month: month, day: day))
        }
        guard !candidates.isEmpty else { return .unresolved("XXXX-" + String(month).leftPadded(2) + "-" + String(day).leftPadded(2)) }
        if let weekday {
            // A weekday named with the date fixes the year where it can.
            let fitting = candidates.filter { $0.weekday == weekday }
            if let nearest = fitting.min(by: { abs($0.dayNumber - dct.dayNumber) < abs($1.dayNumber - dct.dayNumber) }) {
                return .day(nearest)
            }
        }
        // Where the date's own verb tells its side ("met on March 3", "will meet on March 3"),
        // the day lies on that side, but for a week's grace: a creation date is often a day
        // or two off the writing, and an "-ed" adjective can pass for a verb. Otherwise the
        // verb may set the day rather than tell it ("extended the offer to Nov. 20",
        // "said it is calling the vote on Dec. 7"), and the day stays in the year of writing
        // for two months past it.
        let tense = tense(at: i)
        return .day(choose(candidates, around: dct, direction: tense.direction, slack: tense.settled ? 7 : 60))
    }

    /// How many days from the creation date a month and day without a year is taken as of
    /// the article's own time rather than a year named before it.
    static let nearCreationDate = 31

    /// The month and day within `nearCreationDate` days of the creation date, on the side the
    /// tense allows (a report's day not after it, a plan's not before), with the weekday if
    /// one is named.
    mutating func nearCreationDate(month: Int, day: Int, at i: Int, weekday: Int?) -> CalendarDate? {
        guard let dct else { return nil }
        let direction = direction(at: i)
        for y in (dct.year - 1)...(dct.year + 1) where day <= CalendarDate.daysIn(month: month, year: y) {
            let d = CalendarDate(year: y, month: month, day: day)
            let gap = d.dayNumber - dct.dayNumber
            guard abs(gap) <= Self.nearCreationDate else { continue }
            if direction == .past && gap > 0 || direction == .future && gap < 0 { continue }
            if let weekday, d.weekday != weekday { continue }
            return d
        }
        return nil
    }

    /// Which year, relative to the creation date's, a part of a year without one is in
    /// ("the first quarter", "the second half", "the spring"): a plan's is the next one that
    /// has not ended, a report's the last one that has begun, else the creation date's own.
    /// The part runs from month `first` for `months` months. A period that is `reported`
    /// in the quarter after it ends (a business quarter or half) is still the one just ended
    /// in a plan to report it ("expects to post a loss for the third quarter" in October).
    mutating func yearShift(first: Int, months: Int, reported: Bool = false, at i: Int) -> Int {
        guard let dct else { return 0 }
        let now = dct.year * 12 + dct.month - 1
        let start = dct.year * 12 + first - 1
        let end = start + months - 1 + (reported ? 3 : 0)
        switch direction(at: i) {
        case .future where end < now: return 1
        case .past where start > now: return -1
        default: return 0
        }
    }

    /// A month without a year.
    mutating func placeMonth(_ month: Int, at i: Int) -> TimePoint {
        guard let dct else { return .unresolved("XXXX-" + String(month).leftPadded(2)) }
        if month == dct.month { return .month(year: dct.year, month: month) }
        let candidates = ((dct.year - 1)...(dct.year + 1)).map { CalendarDate(year: $0, month: month, day: 15) }
        let d = choose(candidates, around: dct, direction: direction(at: i), slack: 75)
        return .month(year: d.year, month: month)
    }

    /// The candidate on the tense's side of the creation date, nearest first, unless the
    /// same-year one lies within `slack` days on the other side. With no tense, the same-year
    /// one when it lies within nine months before or four months after (reports look back
    /// more often than ahead), else the nearest.
    func choose(_ candidates: [CalendarDate], around dct: CalendarDate, direction: TimeDirection,
                        slack: Int) -> CalendarDate {
        let sameYear = candidates.first { $0.year == dct.year }
        let gap = { (d: CalendarDate) in d.dayNumber - dct.dayNumber }
        if let s = sameYear {
            switch direction {
            case .past where gap(s) <= slack: return s
            case .future where gap(s) >= -slack: return s
            case .unknown where gap(s) >= -270 && gap(s) <= 120: return s
            default: break
            }
        }
        switch direction {
        case .past:
            if let d = candidates.filter({ gap($0) <= 0 }).max() { return d }
        case .future:
            if let d = candidates.filter({ gap($0) >= 0 }).min() { return d }
        case .unknown:
            break
        }
        return candidates.min { abs(gap($0)) < abs(gap($1)) }!
    }

    /// A weekday: with `relation` -1 the latest such day strictly before the anchor ("last
    /// Friday"), +1 the next strictly after ("next Friday"), 0 by tense (a report points
    /// back to the latest on or before the creation date, a plan forward).
    mutating func placeWeekday(_ weekday: Int, at i: Int, relation: Int = 0, anchor: CalendarDate? = nil) -> TimePoint {
        guard let base = anchor ?? dct else { return .unresolved("XXXX-WXX-\(weekday)") }
        let back = (base.weekday - weekday + 7) % 7
        let forward = (weekday - base.weekday + 7) % 7
        switch relation {
        case ..<0: return .day(base.adding(days: -(back == 0 ? 7 : back)))
        case 1...: return .day(base.adding(days: forward == 0 ? 7 : forward))
        default:
            if back == 0 { return .day(base) }
            return .day(direction(at: i) == .future ? base.adding(days: forward) : base.adding(days: -back))
        }
    }

    /// The current value of `unit` moved by `n` from the creation date.
    mutating func relative(_ unit: TimeUnit, _ n: Int) -> TimePoint {
        guard let dct, let p = TimeArithmetic.point(unit, n, from: dct) else {
            return .unresolved(Self.unresolvedValue(unit))
        }
        return p
    }

    static func unresolvedValue(_ unit: TimeUnit) -> String {
        switch unit {
        case .day: return "XXXX-XX-XX"
        case .week, .fortnight: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .month: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .decade: return "XXX"
        case .century: return "XX"
        default: return "XXXX"
        }
    }
}
