/// The scan without a creation date that notes which outcomes the tokens alone settle, and
/// the scan with one that starts from it (see `UndatedTimeScan`).
extension TimeScanner {
    /// What `scan()` finds, with the starts a scan with a creation date must look at again.
    mutating func undatedScan() -> (matches: [TimeMatch], starts: [UndatedTimeScan.Start], settled: [TimeMatch]) {
        var out: [TimeMatch] = []
        var starts: [UndatedTimeScan.Start] = []
        var settled: [TimeMatch] = []
        func note(_ k: Int, _ outcome: Int32) {
            starts.append(UndatedTimeScan.Start(token: Int32(k), sentence: Int32(sentence), outcome: outcome))
        }
        var i = 0
        while i < tokens.count {
            i = skipPlainTokens(from: i)
            guard i < tokens.count else { break }
            let t = tokens[i]
            if t.flags.contains(.sentenceStart) { enterSentence() }
            guard mayStart(t) else { i += 1; continue }
            readBeyondTokens = false
            let found = longest(i)
            if readBeyondTokens {
                note(i, UndatedTimeScan.unsettled)
            } else if let found {
                note(i, Int32(settled.count))
                settled.append(found)
            }
            guard let m = found else { i += 1; continue }
            record(m)
            out.append(m)
            // Another creation date may end this expression sooner or not find it: the
            // tokens inside it may then start one.
            for k in (i + 1)..<m.end {
                if tokens[k].flags.contains(.sentenceStart) { enterSentence() }
                if mayStart(tokens[k]) { note(k, UndatedTimeScan.unsettled) }
            }
            i = m.end
        }
        return (out, starts, settled)
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
