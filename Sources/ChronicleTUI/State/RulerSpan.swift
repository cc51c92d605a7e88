/// The days the time ruler spreads over its width: the dense body of the timeline, with
/// entries far outside it counted as outliers drawn at the ends. One stray date (a 1943
/// aside, a plan for 2100) must not squeeze the whole story into a few cells.
struct RulerSpan: Equatable {
    /// First and last day of the dense body.
    let from: Int
    let to: Int
    /// Entries before `from` and after `to`, and the farthest day of each side.
    let earlier: Int
    let later: Int
    let earliest: Int
    let latest: Int

    /// `firstDays` ascending (the timeline's order), `lastDays` in the same order.
    /// An outlier is "far out" in Tukey's sense: more than three interquartile ranges
    /// (and more than a month) beyond the middle half of the first days. Quartiles, not
    /// the extremes, so it holds for ten entries or a hundred thousand, and a story told
    /// in two clusters keeps both.
    init(firstDays: [Int32], lastDays: [Int32]) {
        let n = firstDays.count
        precondition(n > 0)
        let q1 = Int(firstDays[n / 4])
        let q3 = Int(firstDays[min(n - 1, n * 3 / 4)])
        let fence = max(31, 3 * (q3 - q1))
        var lo = 0
        while Int(firstDays[lo]) < q1 - fence { lo += 1 }
        var hi = n - 1
        while Int(firstDays[hi]) > q3 + fence { hi -= 1 }
        from = Int(firstDays[lo])
        // The body ends where its entries end: a year entry reaches to its December.
        var end = Int(firstDays[hi])
        for k in lo...hi { end = max(end, Int(lastDays[k])) }
        to = end
        earlier = lo
        later = n - 1 - hi
        earliest = Int(firstDays[0])
        var farthest = Int(firstDays[n - 1])
        if later > 0 { for k in (hi + 1)..<n { farthest = max(farthest, Int(lastDays[k])) } }
        latest = farthest
    }
}
