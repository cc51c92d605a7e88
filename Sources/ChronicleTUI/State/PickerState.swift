/// The actor picker: a query narrowing the list, a tab, the highlighted row and the
/// actors selected so far.
public struct PickerState: Sendable {
    public let actors: [ActorCount]
    public var query: String = ""
    public var tab: ActorTab = .all
    /// Names, in the order they were selected.
    public var selected: [String]
    /// Indices into `actors` that pass the tab and the query, best first.
    public private(set) var shown: [Int] = []
    public var highlighted: Int = 0
    public var scroll: Int = 0

    /// Each actor's name and aliases, case and accents folded once.
    private let spellings: [[String]]

    public init(actors: [ActorCount], selected: [String]) {
        self.actors = actors
        self.selected = selected
        spellings = actors.map { ([$0.name] + $0.aliases).map(ActorRank.fold) }
        refresh()
    }

    public var highlightedActor: ActorCount? {
        shown.indices.contains(highlighted) ? actors[shown[highlighted]] : nil
    }

    /// Narrows and orders: by how well the query names the actor (`ActorRank`), then
    /// actors of the current view before the others, then the closer fuzzy match, then
    /// the most cited.
    public mutating func refresh() {
        var scored: [(index: Int, rank: ActorRank, score: Int)] = []
        for (i, a) in actors.enumerated() where tab.admits(a.kind) {
            if let r = ActorRank.rank(query, spellings: spellings[i]) { scored.append((i, r.rank, r.score)) }
        }
        scored.sort { x, y in
            if x.rank != y.rank { return x.rank < y.rank }
            let xv = actors[x.index].inView > 0, yv = actors[y.index].inView > 0
            if xv != yv { return xv }
            if x.score != y.score { return x.score > y.score }
            let xc = xv ? actors[x.index].inView : actors[x.index].entries
            let yc = yv ? actors[y.index].inView : actors[y.index].entries
            if xc != yc { return xc > yc }
            return x.index < y.index
        }
        shown = scored.map(\.index)
        highlighted = min(highlighted, max(0, shown.count - 1))
        if !query.isEmpty { highlighted = 0 }
    }

    public mutating func toggleHighlighted() {
        guard let a = highlightedActor else { return }
        if let i = selected.firstIndex(of: a.name) {
            selected.remove(at: i)
        } else {
            selected.append(a.name)
        }
    }
}
