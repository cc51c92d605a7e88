/// The spellings of a corpus, each with its nodes (one per document that writes it): joins
/// that compare names with names decide once per spelling, so their cost grows with the
/// distinct names, not with the documents that repeat them.
extension AliasGraph {
    struct Spelling {
        var words: [[UInt8]]
        var kind: ActorKind?
        var nodes: [Int]
    }

    private struct SpellingKey: Hashable {
        var words: [[UInt8]]
        var kind: ActorKind?
    }

    /// A spelling's shape, which holds its words, and a kind.
    private struct ShapeKey: Hashable {
        var shape: ObjectIdentifier
        var kind: ActorKind?
    }

    /// The text nodes that `include` takes, by words and kind, in the order first met.
    func spellings(where include: (Int) -> Bool) -> [Spelling] {
        var position: [SpellingKey: Int] = [:]
        // The nodes of one text share its shape: their words are hashed once, not at every node.
        var positionOfShape: [ShapeKey: Int] = [:]
        var out: [Spelling] = []
        for n in textNodes where include(n) {
            let kind = dominantKind(n)
            let shapeKey = ShapeKey(shape: ObjectIdentifier(nodes[n].shape), kind: kind)
            if let p = positionOfShape[shapeKey] {
                out[p].nodes.append(n)
                continue
            }
            let key = SpellingKey(words: nodes[n].words, kind: kind)
            if let p = position[key] {
                out[p].nodes.append(n)
                positionOfShape[shapeKey] = p
            } else {
                position[key] = out.count
                positionOfShape[shapeKey] = out.count
                out.append(Spelling(words: key.words, kind: key.kind, nodes: [n]))
            }
        }
        return out
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
