/// A day named without its year right after one written with it ("confirmed on March 3,
/// 2019 ... By March 10, schools had closed", "In March 2019 ... By March 10") is in the
/// story's year, not the creation date's: writers drop the year once the sentence before
/// has given it.
extension TimeScanner {
    /// Days of the anchor's context within this many days of it take its year.
    static let yearAnchorReach = 62

    mutating func recordYearAnchor(_ m: TimeMatch, _ point: TimePoint) {
        switch point {
        case .day(let d), .clock(let d, _), .dayPart(let d, _):
            if writesItsYear(m, d.year) {
                // "the March 3, 2019 vote" names a thing of the past, not the story's time.
                if kw(m.start - 1, .the) || kw(m.start - 1, .possessive) { placed.yearAnchor = nil; return }
                placed.yearAnchor = d
                placed.yearAnchorSentence = sentence
            } else if let anchor = placed.yearAnchor, abs(d.dayNumber - anchor.dayNumber) <= Self.yearAnchorReach {
                // A day placed near the anchor carries the story on.
                placed.yearAnchorSentence = sentence
            } else {
                placed.yearAnchor = nil
            }
        case .month(let y, let month) where writesItsYear(m, y) && (kw(m.start - 1, .in_) || kw(m.start - 1, .during)):
            // "In March 2019 ... By March 10": the middle of the month stands for it. Only
            // as the time of a clause: "the August 1988 cease-fire" names a thing of the past.
            placed.yearAnchor = CalendarDate(year: y, month: month, day: 15)
            placed.yearAnchorSentence = sentence
        default:
            placed.yearAnchor = nil
        }
    }

    /// The month and day placed near the anchor, when the anchor is the nearest context (this
    /// sentence or the one before) and a year puts the day within reach of it.
    mutating func anchoredMonthDay(month: Int, day: Int, weekday: Int?) -> CalendarDate? {
        guard let anchor = context.yearAnchor, sentence - context.yearAnchorSentence <= 1 else { return nil }
        let near = (anchor.year - 1...anchor.year + 1).compactMap { y -> CalendarDate? in
            guard day <= CalendarDate.daysIn(month: month, year: y) else { return nil }
            let d = CalendarDate(year: y, month: month, day: day)
            guard abs(d.dayNumber - anchor.dayNumber) <= Self.yearAnchorReach else { return nil }
            if let weekday, d.weekday != weekday { return nil }
            return d
        }
        return near.min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) }
    }

    /// The match spells out a year equal to `year`: "March 3, 2019", "3/3/2019".
    private func writesItsYear(_ m: TimeMatch, _ year: Int) -> Bool {
        (m.start..<m.end).contains { k in
            tokens[k].kind == .number && (tokens[k].digits == 4 ? Int(tokens[k].num) == year
                : tokens[k].digits == 2 && k >= 2 && tokens[k - 1].punct(ASCII.slash) && Int(tokens[k].num) == year % 100)
        }
    }
}
