import ChronicleCore

/// An actor as the picker lists it: with the number of entries that cite it.
public struct ActorCount: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var entries: Int
    /// Entries citing it in the current view (the other filters applied); an actor with
    /// none is offered last, dimmed.
    public var inView: Int

    /// Every actor of the chronology, with entry counts; most cited first.
    public static func tally(_ chronology: Chronology, index: TimelineIndex) -> [ActorCount] {
        let counts = index.entryCounts()
        var kinds: [String: ActorKind] = [:]
        var out: [ActorCount] = []
        var seen = Set<String>()
        for a in chronology.actors where seen.insert(a.name).inserted {
            let n = index.actorID[a.name].map { counts[Int($0)] } ?? 0
            out.append(ActorCount(name: a.name, kind: a.kind, aliases: a.aliases, entries: n, inView: n))
        }
        for (id, name) in index.actorNames.enumerated() where !seen.contains(name) {
            if kinds.isEmpty {
                for e in chronology.entries { for r in e.actors where kinds[r.name] == nil { kinds[r.name] = r.kind } }
            }
            out.append(ActorCount(name: name, kind: kinds[name] ?? .person, aliases: [], entries: counts[id],
                                  inView: counts[id]))
        }
        return out.sorted { ($0.entries, $1.name) > ($1.entries, $0.name) }
    }

    /// `counts` with `inView` counted over the given entries (chronology indices).
    public static func counting(_ counts: [ActorCount], in visible: [Int], index: TimelineIndex) -> [ActorCount] {
        var perID = [Int](repeating: 0, count: index.actorNames.count)
        var seen = [Int](repeating: -1, count: index.actorNames.count)
        for i in visible {
            for k in Int(index.actorStart[i])..<Int(index.actorStart[i + 1]) {
                let id = Int(index.actorIDs[k])
                if seen[id] != i { seen[id] = i; perID[id] += 1 }
            }
        }
        return counts.map { c in
            var c = c
            c.inView = index.actorID[c.name].map { perID[Int($0)] } ?? 0
            return c
        }
    }
}
