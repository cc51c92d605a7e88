/// The spellings of a corpus, each with its nodes (one per document that writes it): joins
/// that compare names with names decide once per spelling, so their cost grows with the
/// distinct names, not with the documents that repeat them.
extension AliasGraph {
    struct Spelling {
        var words: [[UInt8]]
        var kind: ActorKind?
        var nodes: [Int]
    }

    /// The text nodes that `include` takes, by words and kind, in the order first met.
    func spellings(where include: (Int) -> Bool) -> [Spelling] {
        // A slot per word list and kind: the lists are numbered already (`Shape.wordsNumber`).
        let kinds = Self.kindSlots
        var position = [Int32](repeating: -1, count: wordsNumbers.count * kinds)
        var out: [Spelling] = []
        for n in textNodes where include(n) {
            let kind = dominantKind(n)
            let slot = nodes[n].shape.wordsNumber * kinds + Self.slot(of: kind)
            if position[slot] >= 0 {
                out[Int(position[slot])].nodes.append(n)
            } else {
                position[slot] = Int32(out.count)
                out.append(Spelling(words: nodes[n].words, kind: kind, nodes: [n]))
            }
        }
        return out
    }

    /// The number of `slot(of:)`'s values.
    static let kindSlots = ActorKind.allCases.count + 1

    static func slot(of kind: ActorKind?) -> Int {
        switch kind {
        case nil: 0
        case .person: 1
        case .place: 2
        case .organization: 3
        case .product: 4
        }
    }

    /// The clusters the nodes of `spellings` are in now.
    mutating func clusters(of spellings: [Spelling]) -> Set<Int> {
        var out = Set<Int>()
        for s in spellings { for n in s.nodes { out.insert(find(n)) } }
        return out
    }

    /// Joins every node of `spelling` to `owner`.
    mutating func join(_ spelling: Spelling, to owner: Int) {
        for n in spelling.nodes { union(owner, n) }
    }
}
