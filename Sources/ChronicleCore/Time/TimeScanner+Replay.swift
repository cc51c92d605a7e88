/// The second scan of a text: where the first found its outcome from the tokens alone, the
/// outcome stands whatever the creation date and context (see `TimeScanMemo`); only the
/// other tokens go through the rules again.
extension TimeScanner {
    mutating func replay(_ memo: TimeScanMemo) -> [TimeMatch] {
        var out: [TimeMatch] = []
        var next = 0  // the first token no match has taken
        for c in memo.candidates {
            let i = Int(c.token)
            guard i >= next else { continue }
            resumeSentence(Int(c.sentence))
            let found = c.outcome >= 0 ? memo.match(c.outcome) : longest(i)
            guard let m = found else { continue }
            record(m)
            out.append(m)
            next = m.end
        }
        return out
    }
}
