import ChronicleCore

/// `EntryFilter`'s actor and kind criteria, checked fast enough to rescan 100,000
/// entries within a keystroke: a handful of chosen names are compared directly rather
/// than hashed once per cited actor.
struct FilterScan {
    private let names: [String]
    private let nameSet: Set<String>
    private let kinds: Set<EventKind>
    private let base: EntryFilter

    init(_ filter: EntryFilter) {
        base = filter
        names = Array(filter.actors)
        nameSet = filter.actors
        kinds = filter.kinds
    }

    var isEmpty: Bool { base.isEmpty }

    func matches(_ e: Entry) -> Bool {
        if !kinds.isEmpty && !kinds.contains(e.kind) { return false }
        if !names.isEmpty {
            var hit = false
            if names.count <= 4 {
                outer: for a in e.actors {
                    for n in names where n == a.name { hit = true; break outer }
                }
            } else {
                hit = e.actors.contains { nameSet.contains($0.name) }
            }
            if !hit { return false }
        }
        if base.from != nil || base.to != nil || !(base.search ?? "").isEmpty {
            return base.matches(e)
        }
        return true
    }
}
