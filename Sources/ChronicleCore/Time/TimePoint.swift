/// A normalized calendar reference, before it is written out as a TIMEX3 value.
enum TimePoint: Sendable, Equatable {
    case day(CalendarDate)
    /// A clock time on a day: minutes since midnight (1440 = the midnight that ends the day).
    case clock(CalendarDate, Int)
    /// A part of a day: "MO", "AF", "EV", "NI".
    case dayPart(CalendarDate, String)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, season: Season)
    case year(Int)
    /// The first three digits of the decade's years: 199 for the 1990s.
    case decade(Int)
    /// The first two digits: 19 for the twentieth century.
    case century(Int)
    case presentRef, pastRef, futureRef
    /// A value the tagger cannot place without a creation date, written as given.
    case unresolved(String)

    var value: String {
        switch self {
        case .day(let d): return d.iso
        case .clock(let d, let minutes):
            if minutes == 1440 { return d.iso + "T24:00" }
            return d.iso + "T" + String(minutes / 60).leftPadded(2) + ":" + String(minutes % 60).leftPadded(2)
        case .dayPart(let d, let code): return d.iso + "T" + code
        case .week(let y, let w): return Self.year4(y) + "-W" + String(w).leftPadded(2)
        case .weekend(let y, let w): return Self.year4(y) + "-W" + String(w).leftPadded(2) + "-WE"
        case .month(let y, let m): return Self.year4(y) + "-" + String(m).leftPadded(2)
        case .quarter(let y, let q): return Self.year4(y) + "-Q\(q)"
        case .half(let y, let h): return Self.year4(y) + "-H\(h)"
        case .season(let y, let s): return Self.year4(y) + "-" + s.code
        case .year(let y): return Self.year4(y)
        case .decade(let d): return String(d).leftPadded(3)
        case .century(let c): return String(c).leftPadded(2)
        case .presentRef: return "PRESENT_REF"
        case .pastRef: return "PAST_REF"
        case .futureRef: return "FUTURE_REF"
        case .unresolved(let s): return s
        }
    }

    var granularity: Granularity? {
        switch self {
        case .day: return .day
        case .clock, .dayPart: return .time
        case .week, .weekend: return .week
        case .month: return .month
        case .quarter: return .quarter
        case .half: return .half
        case .season: return .season
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        case .presentRef, .pastRef, .futureRef, .unresolved: return nil
        }
    }

    var type: TimexType {
        switch self {
        case .clock, .dayPart: return .time
        default: return .date
        }
    }

    /// True for values that place something on the calendar (anaphora may point at them).
    var isPlaced: Bool { granularity != nil }

    private static func year4(_ y: Int) -> String { String(y).leftPadded(4) }

    /// The first day this value covers, when it has one.
    var firstDay: CalendarDate? {
        switch self {
        case .day(let d), .clock(let d, _), .dayPart(let d, _): return d
        case .week(let y, let w), .weekend(let y, let w): return TimeArithmetic.monday(ofWeek: w, year: y)
        case .month(let y, let m): return CalendarDate(year: y, month: m, day: 1)
        case .quarter(let y, let q): return CalendarDate(year: y, month: (q - 1) * 3 + 1, day: 1)
        case .half(let y, let h): return CalendarDate(year: y, month: (h - 1) * 6 + 1, day: 1)
        case .season(let y, let s): return CalendarDate(year: y, month: [3, 6, 9, 12][Int(s.rawValue) - 1], day: 1)
        case .year(let y): return CalendarDate(year: y, month: 1, day: 1)
        case .decade(let d): return CalendarDate(year: d * 10, month: 1, day: 1)
        case .century(let c): return CalendarDate(year: c * 100, month: 1, day: 1)
        default: return nil
        }
    }

    /// The same kind of value moved by whole years ("a year earlier" of a quarter is that
    /// quarter of the year before).
    func shifted(years n: Int) -> TimePoint {
        switch self {
        case .day(let d): return .day(TimeArithmetic.addYears(d, n))
        case .clock(let d, let m): return .clock(TimeArithmetic.addYears(d, n), m)
        case .dayPart(let d, let c): return .dayPart(TimeArithmetic.addYears(d, n), c)
        case .week(let y, let w): return .week(year: y + n, week: w)
        case .weekend(let y, let w): return .weekend(year: y + n, week: w)
        case .month(let y, let m): return .month(year: y + n, month: m)
        case .quarter(let y, let q): return .quarter(year: y + n, quarter: q)
        case .half(let y, let h): return .half(year: y + n, half: h)
        case .season(let y, let s): return .season(year: y + n, season: s)
        case .year(let y): return .year(y + n)
        case .decade(let d): return .decade(d + n / 10)
        default: return self
        }
    }
}

/// Calendar arithmetic the resolver needs beyond `CalendarDate`.
enum TimeArithmetic {
    static func monday(ofWeek w: Int, year: Int) -> CalendarDate {
        let jan4 = CalendarDate(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7)
    }

    static func addYears(_ d: CalendarDate, _ n: Int) -> CalendarDate {
        let y = d.year + n
        return CalendarDate(year: y, month: d.month, day: min(d.day, CalendarDate.daysIn(month: d.month, year: y)))
    }

    static func addMonths(year: Int, month: Int, _ n: Int) -> (year: Int, month: Int) {
        let total = year * 12 + (month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        return (y, total - y * 12 + 1)
    }

    static func addMonths(_ d: CalendarDate, _ n: Int) -> CalendarDate {
        let (y, m) = addMonths(year: d.year, month: d.month, n)
        return CalendarDate(year: y, month: m, day: min(d.day, CalendarDate.daysIn(month: m, year: y)))
    }

    static func quarter(of d: CalendarDate) -> Int { (d.month - 1) / 3 + 1 }

    static func week(of d: CalendarDate) -> TimePoint {
        let w = d.isoWeek
        return .week(year: w.year, week: w.week)
    }

    /// The value naming the unit of `unit` that lies `n` units from `d` (negative: before).
    static func point(_ unit: TimeUnit, _ n: Int, from d: CalendarDate) -> TimePoint? {
        switch unit {
        case .day: return .day(d.adding(days: n))
        case .week, .fortnight: return week(of: d.adding(days: n * (unit == .week ? 7 : 14)))
        case .weekend:
            let w = d.adding(days: n * 7).isoWeek
            return .weekend(year: w.year, week: w.week)
        case .month:
            let (y, m) = addMonths(year: d.year, month: d.month, n)
            return .month(year: y, month: m)
        case .quarter:
            let (y, m) = addMonths(year: d.year, month: d.month, n * 3)
            return .quarter(year: y, quarter: (m - 1) / 3 + 1)
        case .year: return .year(d.year + n)
        case .decade: return .decade(d.year / 10 + n)
        case .century: return .century(d.year / 100 + n)
        case .second, .minute, .hour: return nil
        }
    }

    /// The date `n` units from `d`, for "three days later" and "two weeks ago".
    static func date(_ unit: TimeUnit, _ n: Int, from d: CalendarDate) -> CalendarDate? {
        switch unit {
        case .day: return d.adding(days: n)
        case .week, .weekend: return d.adding(days: 7 * n)
        case .fortnight: return d.adding(days: 14 * n)
        case .month: return addMonths(d, n)
        case .quarter: return addMonths(d, 3 * n)
        case .year: return addYears(d, n)
        case .decade: return addYears(d, 10 * n)
        case .century: return addYears(d, 100 * n)
        case .second, .minute, .hour: return nil
        }
    }
}
