/// The entries a timeline search matches (summary or an actor's name), found once per
/// search so that `n` and `N` are binary searches.
public struct SearchHits: Sendable {
    public let search: TextSearch
    /// Chronology indices, ascending.
    public let entries: [Int32]

    public init(search: TextSearch, haystack: SummaryHaystack, index: TimelineIndex) {
        self.search = search
        let bySummary = haystack.entries(matching: search)
        let actorHit = index.actorNames.map { search.occurs(in: $0) }
        guard actorHit.contains(true) else {
            entries = bySummary
            return
        }
        var merged: [Int32] = []
        var j = 0
        for i in 0..<index.count {
            var hit = false
            for k in Int(index.actorStart[i])..<Int(index.actorStart[i + 1]) where actorHit[Int(index.actorIDs[k])] {
                hit = true
                break
            }
            while j < bySummary.count, Int(bySummary[j]) < i { j += 1 }
            if hit || (j < bySummary.count && Int(bySummary[j]) == i) { merged.append(Int32(i)) }
        }
        entries = merged
    }
}
