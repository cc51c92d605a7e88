/// How many mentions of a spelling gave each kind. Counters instead of a
/// `[ActorKind: Int]` per spelling: a kind is one of a few, so no hashing is needed per
/// mention. Kinds guessed from a name's shape are counted apart and only
/// decide when no mention gave a cue: "a Pine Bluff man" twice does not outvote "in Pine
/// Bluff" once.
struct KindCounts: Sendable {
    private var cues = Tally(), guesses = Tally()
    /// Mentions that are surely names, of a kind nothing in their text tells.
    private var namesOfNoKind: Int32 = 0

    /// Mentions with a cue for each kind.
    subscript(kind: ActorKind) -> Int {
        get { cues[kind] }
        set { cues[kind] = newValue }
    }

    /// Counts one mention's kind, apart when it is a guess from shape.
    mutating func count(_ kind: ActorKind, guessed: Bool) {
        if guessed { guesses[kind] += 1 } else { cues[kind] += 1 }
    }

    mutating func add(_ other: KindCounts) {
        cues.add(other.cues)
        guesses.add(other.guesses)
        namesOfNoKind += other.namesOfNoKind
    }

    mutating func countNameOfNoKind() { namesOfNoKind += 1 }

    /// The kind of an actor no mention gave a kind: a name met inside sentences with
    /// nothing to tell what it names ("On Monday Orvala cut fares") is a business's more
    /// often than anything's, in news. Nil when no mention was surely a name.
    var kindOfBareName: ActorKind? { namesOfNoKind > 0 ? .organization : nil }

    /// The kind cues gave most often, or when none did the kind guessed most often (ties
    /// to the kind whose name sorts last); nil when no mention gave one.
    var majority: ActorKind? { cues.majority ?? guesses.majority }

    /// The kind cues gave most often; nil when only the name's shape spoke.
    var cuedMajority: ActorKind? { cues.majority }

    /// Adds another spelling's cues, not its guesses.
    mutating func addCues(_ other: KindCounts) { cues.add(other.cues) }

    /// Counts every guess again as a guess of `kind`, when the corpus tells more than the
    /// name's shape did.
    mutating func regardGuesses(as kind: ActorKind) {
        var total = 0
        for k in ActorKind.allCases {
            total += guesses[k]
            guesses[k] = 0
        }
        guesses[kind] = total
    }

    /// Counts every mention, cued or guessed, again as one of `kind`, when the corpus shows
    /// what the name is ("the MAX" of a family of products).
    mutating func regardAll(as kind: ActorKind) {
        regardGuesses(as: kind)
        var total = 0
        for k in ActorKind.allCases {
            total += cues[k]
            cues[k] = 0
        }
        cues[kind] = total
    }

    /// 32-bit counters: a corpus's alias graph holds one pair of tallies per spelling of
    /// each article.
    private struct Tally: Sendable {
        var person: Int32 = 0, place: Int32 = 0, organization: Int32 = 0, product: Int32 = 0

        subscript(kind: ActorKind) -> Int {
            get {
                switch kind {
                case .person: Int(person)
                case .place: Int(place)
                case .organization: Int(organization)
                case .product: Int(product)
                }
            }
            set {
                switch kind {
                case .person: person = Int32(newValue)
                case .place: place = Int32(newValue)
                case .organization: organization = Int32(newValue)
                case .product: product = Int32(newValue)
                }
            }
        }

        mutating func add(_ other: Tally) {
            person += other.person
            place += other.place
            organization += other.organization
            product += other.product
        }

        var majority: ActorKind? {
            var best: ActorKind? = nil
            for kind in ActorKind.allCases where self[kind] > 0 {
                if let b = best, (self[kind], kind.rawValue) < (self[b], b.rawValue) { continue }
                best = kind
            }
            return best
        }
    }
}
