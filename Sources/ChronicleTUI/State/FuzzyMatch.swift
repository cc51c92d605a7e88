/// fzf-style matching: the query's characters must appear in order, case ignored;
/// runs of consecutive characters and matches at word starts score higher.
public enum FuzzyMatch {
    /// Nil when `query` is not a subsequence of `candidate`. Spaces in the query are ignored.
    public static func score(_ query: String, _ candidate: String) -> Int? {
        let q = Array(query.lowercased().unicodeScalars.filter { $0 != " " })
        if q.isEmpty { return 0 }
        let c = Array(candidate.lowercased().unicodeScalars)
        var qi = 0
        var score = 0
        var run = 0
        var prev: Unicode.Scalar = " "
        for ch in c {
            if qi < q.count, ch == q[qi] {
                run += 1
                score += 1 + run * 2
                if prev == " " || prev == "-" || prev == "(" || prev == "." { score += 6 }
                qi += 1
            } else {
                run = 0
            }
            prev = ch
        }
        guard qi == q.count else { return nil }
        // Shorter candidates are the closer match at equal score.
        return score * 8 - min(7, c.count / 8)
    }
}
