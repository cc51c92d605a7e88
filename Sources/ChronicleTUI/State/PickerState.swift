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

    public init(actors: [ActorCount], selected: [String]) {
        self.actors = actors
        self.selected = selected
        refresh()
    }

    public var highlightedActor: ActorCount? {
        shown.indices.contains(highlighted) ? actors[shown[highlighted]] : nil
    }

    public mutating func refresh() {
        var scored: [(Int, Int)] = []
        for (i, a) in actors.enumerated() where tab.admits(a.kind) {
            if query.isEmpty {
                scored.append((i, 0))
                continue
            }
            let best = ([a.name] + a.aliases).compactMap { FuzzyMatch.score(query, $0) }.max()
            if let best { scored.append((i, best)) }
        }
        if !query.isEmpty {
            scored.sort { ($0.1, actors[$0.0].entries) > ($1.1, actors[$1.0].entries) }
        }
        shown = scored.map(\.0)
        highlighted = min(highlighted, max(0, shown.count - 1))
        if !query.isEmpty { highlighted = 0 }
        scroll = min(scroll, highlighted)
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
