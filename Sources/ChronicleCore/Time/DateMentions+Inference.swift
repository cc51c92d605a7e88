/// Inferring the creation date from what the text mentions, when no byline dates it.
///
/// 1. The year: a weekday named with a month and day fixes it ("Tuesday ... December 2" is
///    2025 among recent years); else the latest full date gives it; else weekdays reported
///    in the text that match the days just before the latest month-day choose it.
/// 2. The day: the latest date mentioned (not in a plan or forecast) bounds it from below;
///    a report dated by weekday ("the ministry said Wednesday") moves it to that weekday.
extension DateMentions {
    /// The latest year the text names outside plans and forecasts: the text is no older.
    var namedYearFloor: Int? {
        mentions.filter { !$0.onCopyrightLine && $0.direction != .future }
            .compactMap { $0.namedYear ?? $0.full?.year }.max()
    }

    func inferred() -> Result<CreationDate, CreationDateFailure> {
        let usable = mentions.filter { !$0.onCopyrightLine }
        let fulls = usable.compactMap { m -> CalendarDate? in m.direction == .future ? nil : m.full }
        let monthDays = usable.filter { $0.monthDay != nil && $0.full == nil }
        let weekdays = usable.filter { $0.weekday != nil && $0.monthDay == nil && $0.full == nil && $0.direction != .future }
        var reasons: [String] = []

        // The year.
        let latestFull = fulls.max()
        var year: Int? = nil
        let pairs = monthDays.filter { $0.weekday != nil }
        if !pairs.isEmpty {
            // A text is written no earlier than the latest full date it gives: look from that
            // year up to the present. Without one, look back from the present, first down to
            // the latest year the text names.
            let candidateLists: [[Int]]
            if let latestFull {
                candidateLists = [Array(latestFull.year...max(latestFull.year, today.year)),
                                  Array(stride(from: latestFull.year - 1, through: latestFull.year - 30, by: -1))]
            } else {
                let floor = min(namedYearFloor ?? (today.year - 30), today.year)
                candidateLists = [Array(stride(from: today.year, through: floor, by: -1)),
                                  Array(stride(from: floor - 1, through: today.year - 30, by: -1))]
            }
            for candidates in candidateLists where year == nil {
                var bestScore = 0
                for y in candidates {
                    let score = pairs.filter { p in
                        Self.day(p.monthDay!, y)?.weekday == p.weekday!
                    }.count
                    guard score > bestScore else { continue }
                    let latestInYear = monthDays.compactMap { Self.day($0.monthDay!, y) }.max()
                    if latestFull == nil, let l = latestInYear, l > today { continue }
                    bestScore = score
                    year = y
                }
            }
            if let y = year, let p = pairs.first(where: { Self.day($0.monthDay!, y)?.weekday == $0.weekday }) {
                reasons.append("\(p.weekdayWord ?? Self.weekdayNames[p.weekday! - 1]) fits \(Self.monthNames[p.monthDay!.month - 1]) \(p.monthDay!.day) in \(y)")
            }
        }
        if year == nil, let latestFull {
            year = latestFull.year
        }
        if year == nil, !monthDays.isEmpty, !weekdays.isEmpty {
            var bestScore = 0
            for y in stride(from: today.year, through: min(namedYearFloor ?? (today.year - 30), today.year), by: -1) {
                let days = monthDays.compactMap { Self.day($0.monthDay!, y) }
                guard let latest = days.max(), latest <= today else { continue }
                let recentWeekdays = Set(days.filter { $0.dayNumber >= latest.dayNumber - 6 }.map(\.weekday))
                let score = weekdays.filter { recentWeekdays.contains($0.weekday!) }.count
                if score > bestScore { bestScore = score; year = y }
            }
            if let y = year { reasons.append("the weekdays reported match the latest dates in \(y)") }
        }
        guard let year else {
            if monthDays.isEmpty && fulls.isEmpty {
                return .failure(CreationDateFailure(message: "no publication date: no sidecar date, no dated byline, and no date with month and day in the text to infer one from"))
            }
            return .failure(CreationDateFailure(message: "no publication date: the text gives days without a year and nothing fixes the year"))
        }

        // The day: the latest date mentioned, then the weekday of the first dated report.
        var placed: [CalendarDate] = fulls
        for m in monthDays where m.direction != .future {
            guard var d = Self.day(m.monthDay!, year) else { continue }
            if let latestFull, d.dayNumber > latestFull.dayNumber + 60 { d = TimeArithmetic.addYears(d, -1) }
            placed.append(d)
        }
        guard var dct = placed.max() else {
            return .failure(CreationDateFailure(message: "no publication date: every date in the text is a plan or forecast"))
        }
        reasons.append("latest date mentioned \(Self.describe(dct))")
        if let report = weekdays.first(where: { $0.reported }), let wd = report.weekday {
            let ahead = (wd - dct.weekday + 7) % 7
            if ahead > 0 {
                dct = dct.adding(days: ahead)
                let text = String(decoding: bytes[report.range.start..<report.range.end], as: UTF8.self)
                reasons.append("it reports what was said '\(DisplayText.sanitize(text))' after that, so \(Self.describe(dct))")
            }
        }
        return .success(CreationDate(date: dct, source: .inferred, evidence: reasons.joined(separator: "; ")))
    }

    static func day(_ md: (month: Int, day: Int), _ year: Int) -> CalendarDate? {
        guard (1...12).contains(md.month), md.day >= 1, md.day <= CalendarDate.daysIn(month: md.month, year: year) else { return nil }
        return CalendarDate(year: year, month: md.month, day: md.day)
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    static func describe(_ d: CalendarDate) -> String {
        "\(weekdayNames[d.weekday - 1]) \(d.day) \(monthNames[d.month - 1]) \(d.year)"
    }
}
