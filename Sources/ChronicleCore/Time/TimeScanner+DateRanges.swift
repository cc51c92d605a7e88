/// Date ranges written once: "March 3-5, 2020", "30 Nov - 11 Dec 2015", "Nov. 30-Dec. 11,
/// 2015", "3-5 March 2020", "Dec. 28 to Jan. 3, 2016". The first end leaves out what the
/// second gives: it takes the second's year (a year before when its month comes later in
/// the calendar), and its month when it has none.
extension TimeScanner {
    /// A word or dash joining two ends of a range or a short list of days.
    func rangeConnector(_ k: Int) -> Bool {
        p(k, ASCII.hyphen) || kw(k, .to) || kw(k, .through) || kw(k, .until) || kw(k, .and)
    }

    /// The other end after a first end without a year: "- 11 Dec 2015", "-Dec. 11, 2015",
    /// "-5, 2020", "to Jan. 3, 2016". Its month is nil when it gives only a day.
    mutating func rangeEnd(after k: Int) -> (month: Int?, day: Int, year: Int)? {
        guard rangeConnector(k) else { return nil }
        let j = k + 1
        if let mdy = monthDayYear(j), let d = mdy.day, let y = mdy.year { return (mdy.month, d, y) }
        if isNumber(j), let (d, e) = dayOfMonth(j) {
            var y = e
            if p(y, ASCII.comma) { y += 1 }
            if let (year, _) = yearNumber(y) { return (nil, d, year) }
        }
        return nil
    }

    /// The first end, month and day, placed by the second end's year.
    func firstEnd(month: Int, day: Int, before end: (month: Int?, day: Int, year: Int)) -> CalendarDate? {
        let endMonth = end.month ?? month
        if end.month == nil && day >= end.day { return nil }  // "3-5" counts up
        let year = (month, day) > (endMonth, end.day) ? end.year - 1 : end.year
        guard day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "3-5 March 2020", "28 to 30 June": a bare day before a day and month. The days count up,
    /// so a score before a date ("lost 2-1 March 3") is no range.
    mutating func dayBeforeRange(_ i: Int) -> TimeMatch? {
        guard isNumber(i), let (d, e) = dayOfMonth(i), rangeConnector(e), isNumber(e + 1),
              let mdy = monthDayYear(e + 1), let d2 = mdy.day, d < d2 else { return nil }
        if let y = mdy.year {
            guard d <= CalendarDate.daysIn(month: mdy.month, year: y) else { return nil }
            return TimeMatch(i, e, .day(CalendarDate(year: y, month: mdy.month, day: d)))
        }
        return TimeMatch(i, e, placeMonthDay(month: mdy.month, day: d, at: i))
    }

    /// "5, 2020" in "March 3-5, 2020": a bare day after a month and day and a connector
    /// takes that month.
    mutating func dayAfterRange(_ i: Int) -> TimeMatch? {
        guard isNumber(i), i >= 3, rangeConnector(i - 1), isNumber(i - 2), cls(i - 3) == .month,
              let m = monthName(i - 3, supported: true), let (d0, _) = dayOfMonth(i - 2),
              let (d, e) = dayOfMonth(i), d0 < d else { return nil }
        var y = e
        if p(y, ASCII.comma) { y += 1 }
        if let (year, ye) = yearNumber(y) {
            guard d <= CalendarDate.daysIn(month: m, year: year) else { return nil }
            return TimeMatch(i, ye, .day(CalendarDate(year: year, month: m, day: d)))
        }
        // "on May 5 and 12 others" counts people: after "and" only a year makes it a day.
        if kw(i - 1, .and) { return nil }
        return TimeMatch(i, e, placeMonthDay(month: m, day: d, at: i))
    }
}
