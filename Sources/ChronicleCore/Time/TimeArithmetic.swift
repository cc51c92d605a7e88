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
