import ChronicleCore

/// `EntryFilter`'s criteria checked against the index: kinds and actors as small
/// integers, so a rescan of 100,000 entries costs about a millisecond. Date bounds and
/// text search, which the browser does not set, and what dates an entry (the undated
/// toggle), fall back to the filter itself.
struct FilterScan {
    private let kindMask: UInt32
    /// By actor id: chosen or not. Empty when no actor is chosen.
    private let chosen: [Bool]
    private let index: TimelineIndex
    private let base: EntryFilter
    private let needsEntries: Bool

    init(_ filter: EntryFilter, index: TimelineIndex) {
        base = filter
        self.index = index
        var mask: UInt32 = 0
        for k in filter.kinds { mask |= 1 << UInt32(EventKind.allCases.firstIndex(of: k) ?? 0) }
        kindMask = mask
        if filter.actors.isEmpty {
            chosen = []
        } else {
            var c = [Bool](repeating: false, count: index.actorNames.count)
            for name in filter.actors { if let id = index.actorID[name] { c[Int(id)] = true } }
            chosen = c
        }
        needsEntries = filter.from != nil || filter.to != nil || !(filter.search ?? "").isEmpty || !filter.bases.isEmpty
    }

    var isEmpty: Bool { base.isEmpty }

    func matches(_ i: Int, _ entries: [Entry]) -> Bool {
        if kindMask != 0 && kindMask & (1 << UInt32(index.kind[i])) == 0 { return false }
        if !base.actors.isEmpty {
            var hit = false
            var k = Int(index.actorStart[i])
            let end = Int(index.actorStart[i + 1])
            while k < end {
                if chosen[Int(index.actorIDs[k])] { hit = true; break }
                k += 1
            }
            if !hit { return false }
        }
        return needsEntries ? base.matches(entries[i]) : true
    }
}
