/// The scan without a creation date that notes which outcomes the tokens alone settle, and
/// the scan with one that starts from it (see `UndatedTimeScan`).
extension TimeScanner {
    /// What `scan()` finds, with the starts a scan with a creation date must look at again.
    mutating func undatedScan() -> (matches: [TimeMatch], starts: [UndatedTimeScan.Start], settled: [TimeMatch]) {
        var notes: UndatedNotes? = UndatedNotes()
        let matches = walk(noting: &notes)
        return (matches, notes!.starts, notes!.settled)
    }

    /// What `scan()` finds with this scanner's creation date, given the scan of the same
    /// tokens without one.
    mutating func scan(after undated: UndatedTimeScan) -> [TimeMatch] {
        var out: [TimeMatch] = []
        var next = 0  // the first token no expression has taken
        for start in undated.starts where Int(start.token) >= next {
            let i = Int(start.token)
            resume(sentences: Int(start.sentence))
            let found = start.outcome == UndatedTimeScan.unsettled ? longest(i) : undated.settled[Int(start.outcome)]
            guard let m = found else { continue }
            record(m)
            out.append(m)
            next = m.end
        }
        return out
    }
}
