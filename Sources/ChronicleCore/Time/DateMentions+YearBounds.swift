/// The years a text can be from, as the inference of its creation date bounds them.
///
/// Only the text sets them, never the day the program runs. A copyright line is no
/// publication date, but a page is not published after the year its copyright gives (a wire
/// story's footer gives its own year, a site's footer the year it was served). The years
/// the text names bound it from below: a text is written no earlier than the latest year
/// it reports on, and news reports on its own year or the few before.
extension DateMentions {
    /// How many years after the latest year it names (or before its copyright year) a text
    /// is taken to be from. Within three years a weekday fits a month and day at most once,
    /// so a weekday named with a day fixes the year without a guess.
    static let yearWindow = 2

    /// The latest year on a copyright line ("© 2011-2013 ...", "Copyright 2013 The ..."),
    /// unless the text reports on a later year in the past tense: a footer nobody updated.
    var copyrightYear: Int? {
        guard let year = latestYear(upTo: Int.max, where: \.onCopyrightLine) else { return nil }
        let reported = latestYear(upTo: Int.max) { !$0.onCopyrightLine && $0.direction == .past }
        return (reported ?? year) > year ? nil : year
    }

    /// The latest year the text can be from: its copyright year, if it has one.
    var yearCeiling: Int? { copyrightYear }

    /// The latest year the text names outside plans and forecasts: the text is no older.
    /// A year past the copyright year is a plan whatever its tense ("the 2030 games").
    var namedYearFloor: Int? {
        latestYear(upTo: yearCeiling ?? Int.max) { !$0.onCopyrightLine && $0.direction != .future }
    }

    /// The latest year the text names in the past tense ("he won his last race in 2008"):
    /// the text was written after it, whatever older days it also gives.
    var reportedYearFloor: Int? {
        latestYear(upTo: yearCeiling ?? Int.max) { !$0.onCopyrightLine && $0.direction == .past }
    }

    /// The latest year named or dated by the mentions that pass `keep`, up to `bound`.
    private func latestYear(upTo bound: Int, where keep: (Mention) -> Bool) -> Int? {
        var latest: Int? = nil
        for m in mentions where keep(m) {
            if let y = m.namedYear ?? m.full?.year, y <= bound, y > (latest ?? Int.min) { latest = y }
        }
        return latest
    }

    /// The years a day named without one can be in, oldest first: from the latest year the
    /// text names up to `yearWindow` years on (never past the copyright year), else the
    /// copyright year and the `yearWindow` before it. Empty when the text names no year at
    /// all: then nothing but the present could choose among the years a weekday fits, and
    /// the present is no evidence.
    var candidateYears: [Int] {
        let ceiling = yearCeiling
        if let floor = namedYearFloor {
            return Array(floor...min(floor + Self.yearWindow, max(floor, ceiling ?? Int.max)))
        }
        if let ceiling { return Array((ceiling - Self.yearWindow)...ceiling) }
        return []
    }
}
