/// How many mentions of a spelling gave each kind. Three counters instead of a
/// `[ActorKind: Int]` per spelling: hashing the kind for every mention cost more than
/// the rest of making nodes.
struct KindCounts: Sendable {
    private var person = 0, place = 0, organization = 0

    subscript(kind: ActorKind) -> Int {
        get {
            switch kind {
            case .person: person
            case .place: place
            case .organization: organization
            }
        }
        set {
            switch kind {
            case .person: person = newValue
            case .place: place = newValue
            case .organization: organization = newValue
            }
        }
    }

    mutating func add(_ other: KindCounts) {
        person += other.person
        place += other.place
        organization += other.organization
    }

    /// The kind given most often (ties to the kind whose name sorts last), or nil when no
    /// mention gave one.
    var majority: ActorKind? {
        var best: ActorKind? = nil
        for kind in ActorKind.allCases where self[kind] > 0 {
            if let b = best, (self[kind], kind.rawValue) < (self[b], b.rawValue) { continue }
            best = kind
        }
        return best
    }
}
