import ChronicleCore

/// An actor as the picker lists it: with the number of entries that cite it.
public struct ActorCount: Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var entries: Int

    /// Every actor of the chronology, with entry counts; most cited first.
    public static func tally(_ chronology: Chronology) -> [ActorCount] {
        var counts: [String: Int] = [:]
        var kinds: [String: ActorKind] = [:]
        for e in chronology.entries {
            for a in e.actors {
                counts[a.name, default: 0] += 1
                if kinds[a.name] == nil { kinds[a.name] = a.kind }
            }
        }
        var out: [ActorCount] = []
        var seen = Set<String>()
        for a in chronology.actors where seen.insert(a.name).inserted {
            out.append(ActorCount(name: a.name, kind: a.kind, aliases: a.aliases, entries: counts[a.name] ?? 0))
        }
        for (name, n) in counts where !seen.contains(name) {
            out.append(ActorCount(name: name, kind: kinds[name] ?? .person, aliases: [], entries: n))
        }
        return out.sorted { ($0.entries, $1.name) > ($1.entries, $0.name) }
    }
}
