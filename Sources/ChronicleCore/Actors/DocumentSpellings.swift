/// The distinct spellings of one document's mentions, each with what its mentions tell
/// together: worked out for every document on all cores, before the alias graph, which
/// takes documents one after the other, makes one node of each.
struct DocumentSpellings: Sendable {
    struct Spelling: Sendable {
        /// The mention that first writes it.
        var first: Int32
        var mentions: Int32 = 0
        var kinds = KindCounts()
        /// A mention implies its head ("Kharkiv ... the region").
        var headed = false
        let hash: UInt64
    }

    /// In the order first written.
    private(set) var spellings: [Spelling] = []
    /// Each mention's spelling, by its place in `spellings`.
    private(set) var ofMention: [Int32] = []
    /// The gazetteer entries the mentions matched, with their spelling, each pair once in the
    /// order first met: joining a node to an entry a second time changes nothing, as a join
    /// once refused stays refused while clusters only grow.
    private(set) var entries: [(spelling: Int32, entry: Int32)] = []

    init(_ mentions: [ActorMention]) {
        ofMention.reserveCapacity(mentions.count)
        var byText = WordTable<Int32>()
        for (k, m) in mentions.enumerated() {
            let hash = WordHash.of(m.text)
            let s: Int32
            if let e = byText.find(m.text, hash: hash) {
                s = byText.values[e]
            } else {
                s = Int32(spellings.count)
                spellings.append(Spelling(first: Int32(k), hash: hash))
                byText.set(m.text, hash: hash, s)
            }
            spellings[Int(s)].mentions += 1
            if let kind = m.kind {
                spellings[Int(s)].kinds.count(kind, guessed: m.guessed)
            } else if m.guessed {
                spellings[Int(s)].kinds.countNameOfNoKind()
            }
            if m.impliedHead != nil { spellings[Int(s)].headed = true }
            if let e = m.gazetteerEntry, !entries.contains(where: { $0 == (s, Int32(e)) }) { entries.append((s, Int32(e))) }
            ofMention.append(s)
        }
    }
}
