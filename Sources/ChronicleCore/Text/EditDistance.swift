/// Damerau-Levenshtein distance in its optimal-string-alignment form: insertions,
/// deletions, substitutions and swaps of two neighbours each cost one ("Zelensky" /
/// "Zelesnky" is one slip, as a typist makes it).
enum EditDistance {
    /// The distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
    static func between<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let w = b.count + 1
        var prev2 = [Int](repeating: 0, count: w)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: w)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d = min(d, prev2[j - 2] + 1)
                }
                cur[j] = d
                rowMin = min(rowMin, d)
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev2, &prev)
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
