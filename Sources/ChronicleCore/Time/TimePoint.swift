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
    /// Some year of a decade, which one unknown ("a few years ago" in 1998: 199X).
    case yearOfDecade(Int)
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
        case .yearOfDecade(let d): return String(d).leftPadded(3) + "X"
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
        case .decade, .yearOfDecade: return .decade
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
        case .decade(let d), .yearOfDecade(let d): return CalendarDate(year: d * 10, month: 1, day: 1)
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
