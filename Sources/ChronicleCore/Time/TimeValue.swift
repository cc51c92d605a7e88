/// A placeable TIMEX3 date value with its granularity and the span of days it covers.
///
/// Ordering is the chronology's: by first day, and at the same first day the coarser
/// value first, so "December 2025" comes before "December 1" and the days after it.
public struct TimeValue: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let value: String
    public let granularity: Granularity
    public let first: CalendarDate
    public let last: CalendarDate

    /// Parses `YYYY-MM-DD[Thh:mm]`, `YYYY-MM`, `YYYY`, `YYY`/`YYYX` (decade), `YY`/`YYXX`
    /// (century), `YYYY-Www`, `YYYY-Www-WE` (weekend), `YYYY-Qn`, `YYYY-Hn`, `YYYY-SP|SU|FA|WI`. Nil otherwise.
    public init?(_ value: String) {
        let v = value
        let chars = Array(v.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= chars.count else { return nil }
            var n = 0
            for i in r {
                let c = chars[i]
                guard c >= 48 && c <= 57 else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        func isX(_ i: Int) -> Bool { i < chars.count && chars[i] == UInt8(ascii: "X") }

        // Century and decade: "19", "19XX", "199", "199X".
        if chars.count == 2 || (chars.count == 4 && isX(2) && isX(3)), let c = digits(0..<2) {
            self.init(value: v, granularity: .century,
                      first: CalendarDate(year: c * 100, month: 1, day: 1),
                      last: CalendarDate(year: c * 100 + 99, month: 12, day: 31))
            return
        }
        if chars.count == 3 || (chars.count == 4 && isX(3)), let d = digits(0..<3) {
            self.init(value: v, granularity: .decade,
                      first: CalendarDate(year: d * 10, month: 1, day: 1),
                      last: CalendarDate(year: d * 10 + 9, month: 12, day: 31))
            return
        }
        guard let year = digits(0..<4) else { return nil }
        if chars.count == 4 {
            self.init(value: v, granularity: .year,
                      first: CalendarDate(year: year, month: 1, day: 1),
                      last: CalendarDate(year: year, month: 12, day: 31))
            return
        }
        guard chars.count >= 7, chars[4] == UInt8(ascii: "-") else { return nil }
        let tail = String(v.dropFirst(5))
        switch tail.first {
        case "W" where tail.count == 3:
            guard let w = digits(6..<8), (1...53).contains(w) else { return nil }
            let jan4 = CalendarDate(year: year, month: 1, day: 4)
            let monday = jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7)
            self.init(value: v, granularity: .week, first: monday, last: monday.adding(days: 6))
            return
        case "W" where tail.count == 6 && tail.hasSuffix("-WE"):
            // The weekend of an ISO week ("the weekend" → 2025-W51-WE): its Saturday and Sunday.
            guard let w = digits(6..<8), (1...53).contains(w) else { return nil }
            let saturday = TimeArithmetic.monday(ofWeek: w, year: year).adding(days: 5)
            self.init(value: v, granularity: .week, first: saturday, last: saturday.adding(days: 1))
            return
        case "Q" where tail.count == 2:
            guard let q = digits(6..<7), (1...4).contains(q) else { return nil }
            self.init(monthsFrom: (q - 1) * 3 + 1, count: 3, year: year, value: v, granularity: .quarter)
            return
        case "H" where tail.count == 2:
            guard let h = digits(6..<7), (1...2).contains(h) else { return nil }
            self.init(monthsFrom: (h - 1) * 6 + 1, count: 6, year: year, value: v, granularity: .half)
            return
        default:
            break
        }
        switch tail {
        case "SP": self.init(monthsFrom: 3, count: 3, year: year, value: v, granularity: .season); return
        case "SU": self.init(monthsFrom: 6, count: 3, year: year, value: v, granularity: .season); return
        case "FA": self.init(monthsFrom: 9, count: 3, year: year, value: v, granularity: .season); return
        case "WI": self.init(monthsFrom: 12, count: 3, year: year, value: v, granularity: .season); return
        default: break
        }
        guard let month = digits(5..<7), (1...12).contains(month) else { return nil }
        if chars.count == 7 {
            self.init(monthsFrom: month, count: 1, year: year, value: v, granularity: .month)
            return
        }
        guard chars.count >= 10, chars[7] == UInt8(ascii: "-"), let day = digits(8..<10),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        let granularity: Granularity = chars.count > 10 && chars[10] == UInt8(ascii: "T") ? .time : .day
        guard chars.count == 10 || granularity == .time else { return nil }
        self.init(value: v, granularity: granularity, first: date, last: date)
    }

    public init(day: CalendarDate) {
        self.init(value: day.iso, granularity: .day, first: day, last: day)
    }

    /// A value as the index stored it, its fields read back as they were written.
    init(stored value: String, granularity: Granularity, first: CalendarDate, last: CalendarDate) {
        self.init(value: value, granularity: granularity, first: first, last: last)
    }

    private init(value: String, granularity: Granularity, first: CalendarDate, last: CalendarDate) {
        self.value = value
        self.granularity = granularity
        self.first = first
        self.last = last
    }

    private init(monthsFrom month: Int, count: Int, year: Int, value: String, granularity: Granularity) {
        let first = CalendarDate(year: year, month: month, day: 1)
        var endMonth = month + count - 1
        var endYear = year
        if endMonth > 12 { endMonth -= 12; endYear += 1 }
        let last = CalendarDate(year: endYear, month: endMonth,
                                day: CalendarDate.daysIn(month: endMonth, year: endYear))
        self.init(value: value, granularity: granularity, first: first, last: last)
    }

    /// True when the two values can describe the same happening: one's span holds the other's.
    public func isCompatible(with other: TimeValue) -> Bool {
        (first <= other.first && other.last <= last) || (other.first <= first && last <= other.last)
    }

    public func contains(_ day: CalendarDate) -> Bool { first <= day && day <= last }

    public static func < (lhs: TimeValue, rhs: TimeValue) -> Bool {
        if lhs.first != rhs.first { return lhs.first < rhs.first }
        if lhs.granularity != rhs.granularity { return lhs.granularity > rhs.granularity }
        return lhs.value < rhs.value
    }

    public var description: String { value }

    /// The value as a calendar date a program can sort and truncate: the TIMEX3 value,
    /// except that a week ("2025-W51", "2025-W51-WE") is written as its first day
    /// ("2025-12-15"), since a week has no year-month-day prefix. `granularity` still says
    /// it is a week.
    public var calendarForm: String {
        granularity == .week ? first.iso : value
    }
}
