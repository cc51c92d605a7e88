/// Inferring the creation date from what the text mentions, when no byline dates it.
///
/// Only the text is evidence, never the day the program runs; a plan or forecast ("will
/// take over on Jan. 13", "is scheduled for May 2") tells nothing of when it was written.
///
/// 1. The year, among the years the text allows (see `candidateYears`): a weekday named
///    with a month and day fixes it ("Tuesday ... December 2"); else the latest full date
///    gives it, unless the text reports on a later year or its copyright is years later;
///    else weekdays reported in the text that match the days just before the latest
///    month-day choose it, when they choose one year only.
/// 2. The day: a wire dateline's ("UNITED NATIONS, Sept 22 (Reuters) -"); else the latest
///    date reported bounds it from below, and a report dated by weekday ("the ministry said
///    Wednesday") moves it to that weekday.
extension DateMentions {
    func inferred() -> Result<CreationDate, CreationDateFailure> {
        let evidence = InferenceEvidence(self)
        var reasons: [String] = []
        let year: InferredYear
        switch inferredYear(evidence, reasons: &reasons) {
        case .success(let y): year = y
        case .failure(let why): return .failure(why)
        }
        if let d = datelineDay(evidence, year: year.year, reasons: &reasons) { return .success(d) }
        return latestDay(evidence, year: year, reasons: reasons)
    }

    /// What the inference reads: the mentions that are no plan and no footer, by kind.
    struct InferenceEvidence {
        /// The years the text allows (`candidateYears`), and the latest one (`yearCeiling`).
        let years: [Int]
        let ceiling: Int
        /// Full dates that bound the date of writing (`reportedDays`).
        let fulls: [CalendarDate]
        /// Months and days without a year.
        let monthDays: [Mention]
        /// Weekdays named alone.
        let weekdays: [Mention]
        let latestFull: CalendarDate?

        init(_ text: DateMentions) {
            let usable = text.mentions.filter { !$0.onCopyrightLine && $0.direction != .future }
            let ceiling = text.yearCeiling ?? Int.max
            self.ceiling = ceiling
            years = text.candidateYears
            fulls = DateMentions.reportedDays(usable.filter { $0.full != nil && $0.full!.year <= ceiling })
            monthDays = usable.filter { $0.monthDay != nil && $0.full == nil }
            weekdays = usable.filter { $0.weekday != nil && $0.monthDay == nil && $0.full == nil }
            latestFull = fulls.max()
        }
    }

    struct InferredYear {
        var year: Int
        /// Taken from the latest full date, and from nothing else.
        var fromLatestFull: Bool
    }

    /// Step 1: the year, or why none fits.
    func inferredYear(_ e: InferenceEvidence, reasons: inout [String]) -> Result<InferredYear, CreationDateFailure> {
        switch yearOfWeekdayPairs(e, reasons: &reasons) {
        case .success(let y?): return .success(InferredYear(year: y, fromLatestFull: false))
        case .failure(let why): return .failure(why)
        case .success(nil): break
        }
        // The latest day given is the date of writing only if nothing says the text is later:
        // a year it reports on after that day, or a copyright year well after it. Then only
        // the weekdays below may still fix a later year.
        var outdated: String? = nil
        var weekdayYears = e.years
        if let latestFull = e.latestFull {
            if let reported = reportedYearFloor, reported > latestFull.year {
                outdated = "the latest day the text gives, \(Self.describe(latestFull)), is older than \(reported), which it reports on, and nothing fixes the day"
                weekdayYears = Array(reported...min(reported + Self.yearWindow, e.ceiling))
            } else if let copyright = copyrightYear, latestFull.year < copyright - 1 {
                outdated = "the latest day the text gives, \(Self.describe(latestFull)), is long before its copyright year \(copyright), and nothing fixes the day"
                weekdayYears = [copyright - 1, copyright]
            } else {
                return .success(InferredYear(year: latestFull.year, fromLatestFull: true))
            }
        }
        if let y = yearOfReportedWeekdays(e, among: weekdayYears, reasons: &reasons) {
            return .success(InferredYear(year: y, fromLatestFull: false))
        }
        return .failure(CreationDateFailure(message: "no publication date: " + (outdated ?? noYearReason(e))))
    }

    /// A weekday named with a month and day ("Tuesday, December 2") fixes the year that fits
    /// most such pairs; a pair that fits none of the years the text allows leaves it open.
    func yearOfWeekdayPairs(_ e: InferenceEvidence, reasons: inout [String]) -> Result<Int?, CreationDateFailure> {
        let pairs = e.monthDays.filter { $0.weekday != nil }
        guard !pairs.isEmpty else { return .success(nil) }
        var year: Int? = nil
        var bestScore = 0
        for y in e.years {
            let score = pairs.filter { p in Self.day(p.monthDay!, y)?.weekday == p.weekday! }.count
            if score > bestScore { bestScore = score; year = y }
        }
        if let y = year, let p = pairs.first(where: { Self.day($0.monthDay!, y)?.weekday == $0.weekday }) {
            reasons.append("\(p.weekdayWord ?? Self.weekdayNames[p.weekday! - 1]) fits \(Self.monthNames[p.monthDay!.month - 1]) \(p.monthDay!.day) in \(y)")
            return .success(y)
        }
        let p = pairs[0]
        let named = "\(p.weekdayWord ?? Self.weekdayNames[p.weekday! - 1]), \(Self.monthNames[p.monthDay!.month - 1]) \(p.monthDay!.day)"
        let span = e.years.isEmpty ? "and the text names no year to choose among the years it fits"
            : "fits none of the years the text allows (\(e.years.first!)–\(e.years.last!))"
        return .failure(CreationDateFailure(message: "no publication date: '\(named)' \(span)"))
    }

    /// Weak evidence: weekdays reported in the text that match the days just before the
    /// latest month-day choose a year, when one year matches best.
    func yearOfReportedWeekdays(_ e: InferenceEvidence, among years: [Int], reasons: inout [String]) -> Int? {
        guard !e.monthDays.isEmpty, !e.weekdays.isEmpty else { return nil }
        var scores: [(year: Int, score: Int)] = []
        for y in years {
            let days = e.monthDays.compactMap { Self.day($0.monthDay!, y) }
            guard let latest = days.max() else { continue }
            let recentWeekdays = Set(days.filter { $0.dayNumber >= latest.dayNumber - 6 }.map(\.weekday))
            let score = e.weekdays.filter { recentWeekdays.contains($0.weekday!) }.count
            if score > 0 { scores.append((y, score)) }
        }
        let best = scores.map(\.score).max() ?? 0
        let top = scores.filter { $0.score == best }
        guard top.count == 1 else { return nil }
        reasons.append("the weekdays reported match the latest dates in \(top[0].year)")
        return top[0].year
    }

    /// Why no year was found when nothing dated the text out.
    func noYearReason(_ e: InferenceEvidence) -> String {
        if e.monthDays.isEmpty && e.fulls.isEmpty {
            if mentions.contains(where: { !$0.onCopyrightLine && ($0.full != nil || $0.monthDay != nil) }) {
                return "every date in the text is a plan or forecast"
            }
            return "no sidecar date, no dated byline, and no date with month and day in the text to infer one from"
        }
        if e.years.isEmpty { return "the text gives days without a year and names no year to place them in" }
        return "the text gives days without a year and nothing fixes the year among \(e.years.first!)–\(e.years.last!)"
    }

    /// Step 2a: a wire dateline near the top is the day of filing, no older than any full
    /// date given.
    func datelineDay(_ e: InferenceEvidence, year: Int, reasons: inout [String]) -> CreationDate? {
        guard let line = e.monthDays.first(where: { $0.dateline && $0.range.start <= Self.topOfPage }),
              var d = Self.day(line.monthDay!, year) else { return nil }
        if let latestFull = e.latestFull, d < latestFull, let next = Self.day(line.monthDay!, year + 1), next.year <= e.ceiling {
            d = next
        }
        let text = String(decoding: bytes[line.range.start..<line.range.end], as: UTF8.self)
        reasons.append("the dateline '\(DisplayText.sanitize(text))' is \(Self.describe(d))")
        return CreationDate(date: d, source: .inferred, evidence: reasons.joined(separator: "; "))
    }

    /// Step 2b: the latest date mentioned, then the weekday of the first dated report.
    func latestDay(_ e: InferenceEvidence, year: InferredYear, reasons: [String]) -> Result<CreationDate, CreationDateFailure> {
        var reasons = reasons
        var placed: [CalendarDate] = e.fulls
        for m in e.monthDays {
            guard var d = Self.day(m.monthDay!, year.year) else { continue }
            // A day long after the latest full date that gave the year is of the year before.
            if year.fromLatestFull, let latestFull = e.latestFull, d.dayNumber > latestFull.dayNumber + 60 {
                d = TimeArithmetic.addYears(d, -1)
            }
            placed.append(d)
        }
        guard var dct = placed.max() else {
            return .failure(CreationDateFailure(message: "no publication date: every date in the text is a plan or forecast"))
        }
        reasons.append("latest date mentioned \(Self.describe(dct))")
        if let report = e.weekdays.first(where: { $0.reported }), let wd = report.weekday {
            let ahead = (wd - dct.weekday + 7) % 7
            if ahead > 0 {
                dct = dct.adding(days: ahead)
                let text = String(decoding: bytes[report.range.start..<report.range.end], as: UTF8.self)
                reasons.append("it reports what was said '\(DisplayText.sanitize(text))' after that, so \(Self.describe(dct))")
            }
        }
        return .success(CreationDate(date: dct, source: .inferred, evidence: reasons.joined(separator: "; ")))
    }

    /// The full dates that can bound the date of writing. A report tells its own days in the
    /// past tense; once it has, a later day given with no tense at all ("its lease runs to
    /// June 30, 2031", "the plant opens May 20, 2024") is a term or a schedule ahead of the
    /// writing, not a day already past.
    static func reportedDays(_ mentions: [Mention]) -> [CalendarDate] {
        let days = mentions.compactMap(\.full)
        guard let latestPast = mentions.filter({ $0.direction == .past }).compactMap(\.full).max() else { return days }
        return mentions.filter { $0.direction == .past || $0.dateline || $0.full! <= latestPast }.compactMap(\.full)
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
