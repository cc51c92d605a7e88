/// The years a text can be from, as the inference of its creation date bounds them.
///
/// A copyright line is no publication date, but a page is not published after the year its
/// copyright gives (a wire story's footer gives its own year, a site's footer the year it was
/// served). The years the text names bound it from below: a text is written no earlier than
/// the latest year it reports on.
extension DateMentions {
    /// The latest year on a copyright line ("© 2011-2013 ...", "Copyright 2013 The ..."),
    /// unless the text reports on a later year in the past tense: a footer nobody updated.
    var copyrightYear: Int? {
        guard let year = latestYear(upTo: today.year, where: \.onCopyrightLine) else { return nil }
        let reported = latestYear(upTo: today.year) { !$0.onCopyrightLine && $0.direction == .past }
        return (reported ?? year) > year ? nil : year
    }

    /// The latest year the text can be from: its copyright year, and never after the present.
    var yearCeiling: Int { min(today.year, copyrightYear ?? today.year) }

    /// The latest year the text names outside plans and forecasts: the text is no older.
    /// A year past the ceiling is a plan whatever its tense ("the 2030 games").
    var namedYearFloor: Int? {
        latestYear(upTo: yearCeiling) { !$0.onCopyrightLine && $0.direction != .future }
    }

    /// The latest year the text names in the past tense ("he won his last race in 2008"):
    /// the text was written after it, whatever older days it also gives.
    var reportedYearFloor: Int? {
        latestYear(upTo: yearCeiling) { !$0.onCopyrightLine && $0.direction == .past }
    }

    /// The latest year named or dated by the mentions that pass `keep`, up to `bound`.
    private func latestYear(upTo bound: Int, where keep: (Mention) -> Bool) -> Int? {
        var latest: Int? = nil
        for m in mentions where keep(m) {
            if let y = m.namedYear ?? m.full?.year, y <= bound, y > (latest ?? Int.min) { latest = y }
        }
        return latest
    }

    /// Years to try for days named without one, most likely first: upward from the latest
    /// year the text names (news names the recent past), else back from the ceiling; then the
    /// thirty years before.
    var candidateYearLists: [[Int]] {
        let ceiling = yearCeiling
        if let floor = namedYearFloor {
            return [Array(floor...max(floor, ceiling)), Array(stride(from: floor - 1, through: floor - 30, by: -1))]
        }
        return [Array(stride(from: ceiling, through: ceiling - 30, by: -1))]
    }
}
