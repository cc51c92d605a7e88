/// One line of the merged chronology: a happening and every passage that reports it.
public struct Entry: Hashable, Sendable, Codable, Identifiable {
    /// 1-based position in the chronology's order; stable for a given corpus.
    public var id: Int
    public var date: TimeValue
    public var kind: EventKind
    public var summary: String
    public var actors: [ActorRef]
    public var sources: [Source]

    public init(id: Int, date: TimeValue, kind: EventKind, summary: String, actors: [ActorRef],
                sources: [Source]) {
        self.id = id
        self.date = date
        self.kind = kind
        self.summary = summary
        self.actors = actors
        self.sources = sources
    }

    /// What dates the entry: its firmest source's basis (a time expression of its own
    /// before the clause it continues, before its article's date).
    public var basis: DateBasis {
        var best = DateBasis.published
        for s in sources {
            if s.basis == .text { return .text }
            if s.basis == .context { best = .context }
        }
        return best
    }

    /// Distinct claimants among the sources, in source order.
    public var claimants: [String] {
        var seen = Set<String>()
        return sources.compactMap(\.claimBy).filter { seen.insert($0).inserted }
    }
}
