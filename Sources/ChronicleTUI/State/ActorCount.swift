import ChronicleCore

/// An actor as the picker lists it: with the number of entries that cite it.
public struct ActorCount: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var entries: Int

    /// Every actor of the chronology, with entry counts; most cited first.
    public static func tally(_ chronology: Chronology, index: TimelineIndex) -> [ActorCount] {
        let counts = index.entryCounts()
        var kinds: [String: ActorKind] = [:]
        var out: [ActorCount] = []
        var seen = Set<String>()
        for a in chronology.actors where seen.insert(a.name).inserted {
            let n = index.actorID[a.name].map { counts[Int($0)] } ?? 0
            out.append(ActorCount(name: a.name, kind: a.kind, aliases: a.aliases, entries: n))
        }
        for (id, name) in index.actorNames.enumerated() where !seen.contains(name) {
            if kinds.isEmpty {
                for e in chronology.entries { for r in e.actors where kinds[r.name] == nil { kinds[r.name] = r.kind } }
            }
            out.append(ActorCount(name: name, kind: kinds[name] ?? .person, aliases: [], entries: counts[id]))
        }
        return out.sorted { ($0.entries, $1.name) > ($1.entries, $0.name) }
    }
}
