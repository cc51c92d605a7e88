/// Spellings and the joins between them, as a union-find with a guard: each cluster
/// remembers its gazetteer entry and the full personal names in it, and refuses a join
/// that would put two entries, or two people with different first names, together.
struct AliasGraph {
    /// What every node of one spelling shares, worked out once per corpus: its words, head
    /// and institution key. A class, so that a spelling's nodes (one per document that
    /// writes it) hold it once.
    final class Shape: Sendable {
        let text: String
        let words: [[UInt8]]        // folded words
        /// Folded words without a place head ("Kharkiv region" -> ["kharkiv"]).
        let core: [[UInt8]]
        /// Written with a place head ("Kharkiv region").
        let headed: Bool
        let orgKey: String?
        let qualified: Bool
        /// For an institution named without its country, the end of the key the qualified
        /// ones it may stand for end with ("|ministry of defense").
        let unqualifiedEnd: String?
        let lowerFirst: String
        /// Of two words or more, the first neither a title nor a particle or article: its
        /// first and last words are a person's given name and surname.
        let opensWithGivenName: Bool
        /// The number of the spelling among the corpus's texts, in the order first met (-1
        /// for a gazetteer entry's placeholder): what is worked out per spelling is kept in
        /// arrays by it, not in dictionaries hashing the text again at every node.
        let number: Int
        /// The number of `words` among the distinct folded word lists of the corpus (-1 for a
        /// gazetteer entry's placeholder): spellings are grouped by it, not by hashing the words.
        let wordsNumber: Int

        init(text: String, words: [[UInt8]], number: Int = -1, wordsNumber: Int = -1, core: [[UInt8]] = [],
             headed: Bool = false, orgKey: String? = nil, qualified: Bool = false, lowerFirst: String = "",
             opensWithGivenName: Bool = false) {
            self.text = text
            self.number = number
            self.words = words
            self.wordsNumber = wordsNumber
            self.core = core
            self.headed = headed
            self.orgKey = orgKey
            unqualifiedEnd = qualified ? nil : orgKey.map { key in
                "|" + (key.split(separator: "|", omittingEmptySubsequences: false).last ?? "")
            }
            self.qualified = qualified
            self.lowerFirst = lowerFirst
            self.opensWithGivenName = opensWithGivenName
        }
    }

    /// One spelling in one document. Kept small: a corpus has one per distinct name of
    /// each of its articles.
    struct Node {
        let shape: Shape
        private var counts: (document: Int32, mentions: Int32)
        var kinds = KindCounts()
        /// Headed by its spelling, or by a mention that implies the head ("Kharkiv ... the region").
        var headed: Bool

        init(document: Int, shape: Shape) {
            self.shape = shape
            counts = (Int32(document), 0)
            headed = shape.headed
        }

        var document: Int { Int(counts.document) }   // -1 for gazetteer entries
        var mentions: Int {
            get { Int(counts.mentions) }
            set { counts.mentions = Int32(newValue) }
        }
        var text: String { shape.text }
        var words: [[UInt8]] { shape.words }
        var core: [[UInt8]] { shape.core }
        var orgKey: String? { shape.orgKey }
        var qualified: Bool { shape.qualified }
        var lowerFirst: String { shape.lowerFirst }
    }

    struct Cluster {
        var entry: Int?
        var people: [(first: [UInt8], last: [UInt8])] = []
    }

    private(set) var nodes: [Node] = []
    private var parent: [Int] = []
    /// By node; nil once the node's cluster has joined another. (Arrays and WordTables,
    /// not dictionaries: node numbers are dense, and texts come with their hash.)
    private(set) var clusters: [Cluster?] = []
    /// Words, head and institution key of each spelling, worked out once per corpus.
    private var shapeOfText = WordTable<Shape>()
    /// The distinct folded word lists of the shapes, numbered in the order first met.
    private(set) var wordsNumbers: [[[UInt8]]: Int] = [:]
    /// By spelling (`Shape.number`): how many of its first words name a company, worked out
    /// once for all the joins that ask (-1 not yet; see `wordsNamingCompany`).
    var companyWordsOfSpelling: [Int] = []
    /// By node: joined to a company as its short name (`joinCompanyShortNames`), so no
    /// person's surname across documents.
    var isCompanyShortName: [Bool] = []
    /// By node: joined to a person of its document as a surname or a given name
    /// (`attachSurnames`), so no company's short name.
    var isAttachedToPerson: [Bool] = []
    let gazetteerCount: Int
    /// By node, the last `firstMentions` call that met it: one pass over a document's
    /// nodes finds each once, with nothing to clear between documents and no node number
    /// hashed (a `Set<Int>` per document was a third of attaching surnames).
    private var metInCall: [Int32] = []
    private var calls: Int32 = 0

    /// Place and organization head words.
    let lexicon: Lexicon
    /// Folded familiar forms of given names and the folded names they stand for ("joe" to
    /// "joseph"), from the lexicon's `nickname` table.
    private let nicknames: [[UInt8]: [UInt8]]

    init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.lexicon = lexicon
        var nicknames: [[UInt8]: [UInt8]] = [:]
        for (form, name) in lexicon.tables.nicknameOf where !name.isEmpty {
            nicknames[NameVariants.fold(form)] = NameVariants.fold(name)
        }
        self.nicknames = nicknames
        self.gazetteerCount = gazetteer.entries.count
        for (e, entry) in gazetteer.entries.enumerated() {
            nodes.append(Node(document: -1, shape: Shape(text: "", words: [])))
            parent.append(e)
            // A known person's full names guard the entry: "Mike Johnson" never joins the
            // "Boris Johnson" the gazetteer knows, even through a shared "Johnson".
            var people: [(first: [UInt8], last: [UInt8])] = []
            if entry.kind == .person {
                for form in entry.forms {
                    let words = form.split(separator: " ")
                    if words.count >= 2 {
                        people.append((NameVariants.fold(String(words.first!)), NameVariants.fold(String(words.last!))))
                    }
                }
            }
            clusters.append(Cluster(entry: e, people: people))
        }
    }

    // MARK: - Nodes

    /// Room for `count` more nodes, made before they are added.
    mutating func reserveNodes(_ count: Int) {
        nodes.reserveCapacity(nodes.count + count)
        parent.reserveCapacity(parent.count + count)
        clusters.reserveCapacity(clusters.count + count)
    }

    /// Each node of `ids` once, with the index of its first place there, in that order.
    mutating func firstMentions(_ ids: [Int]) -> [(node: Int, order: Int)] {
        // Made once, when every node exists: growing it meant a copy of it at every call
        // that met more nodes.
        if metInCall.count < nodes.count { metInCall = [Int32](repeating: 0, count: nodes.count) }
        calls += 1
        var out: [(node: Int, order: Int)] = []
        for (k, n) in ids.enumerated() where metInCall[n] != calls {
            metInCall[n] = calls
            out.append((n, k))
        }
        return out
    }

    /// A node for `spelling` of document `d`, whose first mention is `m`: the spellings of
    /// a document are added together, each once, and documents in order.
    mutating func node(document d: Int, first m: ActorMention, spelling: DocumentSpellings.Spelling) -> Int {
        let id = nodes.count
        let textHash = spelling.hash
        let shape: Shape
        if let e = shapeOfText.find(m.text, hash: textHash) {
            shape = shapeOfText.values[e]   // the same spelling in another document: same shape
        } else {
            let scanned = WordScanner.scan(Array(m.text.utf8))
            let folded = scanned.map { NameVariants.fold($0.text) }
            let words = m.kind == .person ? AliasGraph.withoutArabicArticle(scanned, folded, lexicon: lexicon) : folded
            let lowers = scanned.map { $0.lower }
            let headed = lowers.count >= 2 && lexicon.classes(lower: lowers[lowers.count - 1]).contains(.areaHead)
            let (orgKey, qualified) = AliasGraph.institutionKey(lowers, lexicon: lexicon,
                                                                possessive: scanned.map { $0.isPossessive })
            let number = wordsNumbers[words] ?? wordsNumbers.count
            if number == wordsNumbers.count { wordsNumbers[words] = number }
            shape = Shape(text: m.text, words: words, number: shapeOfText.count, wordsNumber: number,
                          core: headed ? Array(words.dropLast()) : words,
                          headed: headed, orgKey: orgKey, qualified: qualified, lowerFirst: lowers.first ?? "",
                          opensWithGivenName: words.count >= 2 && lexicon.classes(lower: lowers.first ?? "")
                            .isDisjoint(with: [.personTitle, .titleWord, .nameParticle, .romanceArticle]))
            shapeOfText.set(m.text, hash: textHash, shape)
        }
        var node = Node(document: d, shape: shape)
        node.mentions = Int(spelling.mentions)
        node.kinds = spelling.kinds
        if spelling.headed { node.headed = true }
        nodes.append(node)
        parent.append(id)
        var cluster = Cluster()
        // "Le Pen", "van Dijk": a surname opening with a particle or an article has no
        // given name to keep it apart from the full name it ends.
        if m.kind == .person, shape.opensWithGivenName {
            cluster.people = [(shape.words[0], shape.words[shape.words.count - 1])]
        }
        clusters.append(cluster)
        return id
    }

    /// "al-Ansari", "Al Ansari" and "Ansari" are one surname: the article is dropped from a
    /// person's name words, joined ("al-Thani") or apart ("Al Thani").
    static func withoutArabicArticle(_ words: [Word], _ folded: [[UInt8]], lexicon: Lexicon) -> [[UInt8]] {
        var out: [[UInt8]] = []
        for (k, w) in words.enumerated() {
            let l = w.lower
            // Written apart only as "Al" or "El" ("Al Thani"); joined, in any of its forms
            // ("ash-Shara").
            if (l == "al" || l == "el"), k + 1 < words.count { continue }
            // The byte test first: finding the Character is slow, and few words hold a hyphen.
            if l.utf8.contains(UInt8(ascii: "-")), let dash = l.firstIndex(of: "-"), lexicon.classes(lower: String(l[..<dash])).contains(.arabicArticle),
               l.index(after: dash) < l.endIndex {
                out.append(NameVariants.fold(String(w.text[w.text.index(after: w.text.firstIndex(of: "-")!)...])))
                continue
            }
            out.append(folded[k])
        }
        return out.isEmpty ? folded : out
    }

    /// "Russia’s Ministry of Defense", "Russian Ministry of Defense" and "Russia Ministry of
    /// Defense" -> "russia|ministry of defense"; "defense ministry" -> "|ministry of defense"
    /// (unqualified).
    static func institutionKey(_ lowers: [String], lexicon: Lexicon, possessive: [Bool]) -> (String?, Bool) {
        guard lowers.contains(where: { lexicon.classes(lower: $0).contains(.organizationHead) }) else { return (nil, false) }
        var words = lowers.filter { $0 != "the" }.map { $0 == "defence" ? "defense" : $0 }
        var qualifier = ""
        if let first = words.first {
            if let country = lexicon.tables.country(of: first), words.count >= 2 {
                qualifier = country
                words.removeFirst()
            } else if possessive.first == true, words.count >= 2 {
                qualifier = first
                words.removeFirst()
            } else if let n = (1..<min(4, words.count)).first(where: {
                lexicon.tables.demonymPlaces.contains(words[..<$0].joined(separator: " "))
            }) {
                // "United States Anti-Doping Agency" is the "U.S. Anti-Doping Agency": the
                // country spelled out owns it as its acronym does.
                qualifier = words[..<n].joined(separator: " ")
                words.removeFirst(n)
            }
        }
        // "X ministry" -> "ministry of X"
        if words.count == 2, words[1] == "ministry" { words = ["ministry", "of", words[0]] }
        return (qualifier + "|" + words.joined(separator: " "), !qualifier.isEmpty)
    }

    /// The number of distinct texts among the nodes (see `Shape.number`).
    var spellingCount: Int { shapeOfText.count }

    /// The `Shape.number` of the nodes written `text`, if any is.
    func spellingNumber(_ text: String) -> Int? {
        shapeOfText.find(text, hash: WordHash.of(text)).map { shapeOfText.values[$0].number }
    }

    // MARK: - Kinds

    /// The kind most mentions of node `n` were given (cached once all nodes exist).
    func dominantKind(_ n: Int) -> ActorKind? {
        n < kindCache.count ? kindCache[n] : nodes[n].kinds.majority
    }

    private(set) var kindCache: [ActorKind?] = []

    /// Called once every mention has its node: kinds no longer change after that.
    /// A spelling that no cue classed in one document ("Acme said") is the company cues
    /// made it in others ("Acme shares fell"): one name, one actor, wherever written. Only
    /// a company: one "in Hale's" makes no place of a man every other article names.
    mutating func freezeKinds() {
        kindCache = nodes.map(\.kinds.majority)
        // By spelling (`Shape.number`).
        var cued = [KindCounts?](repeating: nil, count: spellingCount)
        var anyCued = false
        for n in textNodes where nodes[n].kinds.cuedMajority != nil {
            let number = nodes[n].shape.number
            if cued[number] == nil { cued[number] = KindCounts() }
            cued[number]!.addCues(nodes[n].kinds)
            anyCued = true
        }
        guard anyCued else { return }
        for n in textNodes where nodes[n].kinds.cuedMajority == nil {
            if let kind = cued[nodes[n].shape.number]?.cuedMajority, kind == .organization { kindCache[n] = kind }
        }
        takeMakersNames(cued: cued)
        takeCompaniesReadAsSpeakers(cued: cued)
    }

    /// "Velcor, who named a new chief" read as a person, where other articles show the
    /// company ("cloud company Velcor", "Velcor Inc."): a word alone that is nobody's
    /// surname in the corpus (no person's full name ends with it), cued a company at least
    /// as often as a person, is the company wherever it is written. "Hale said", beside
    /// "Dana Hale" anywhere, stays the person.
    private mutating func takeCompaniesReadAsSpeakers(cued: [KindCounts?]) {
        var candidates: [Int] = []
        for n in textNodes where kindCache[n] == .person && nodes[n].words.count == 1 {
            guard let counts = cued[nodes[n].shape.number], counts[.organization] > 0,
                  counts[.organization] >= counts[.person] else { continue }
            candidates.append(n)
        }
        guard !candidates.isEmpty else { return }
        var surnames = Set<[UInt8]>()
        for n in textNodes where kindCache[n] == .person && nodes[n].words.count >= 2 {
            if let last = nodes[n].words.last { surnames.insert(last) }
        }
        for n in candidates where !surnames.contains(nodes[n].words[0]) { regardAll(n, as: .organization) }
    }

    /// Counts every mention of node `n` as one of `kind`, once the corpus shows what it is.
    mutating func regardAll(_ n: Int, as kind: ActorKind) {
        nodes[n].kinds.regardAll(as: kind)
        if n < kindCache.count { kindCache[n] = kind }
    }

    /// "Orbis Tern" guessed a person by its shape alone, where cues in the corpus make
    /// "Orbis" a company or a product: a maker's name opens its product's name ("Orbis
    /// Tern", "Orbis OS Tern"), a person's opens with a given name. A title or a given name
    /// is a cue, and a cued person stays one.
    private mutating func takeMakersNames(cued: [KindCounts?]) {
        for n in textNodes where kindCache[n] == .person && nodes[n].kinds.cuedMajority == nil
            && nodes[n].words.count >= 2 {
            let text = nodes[n].text
            guard let space = text.firstIndex(of: " "),
                  let maker = spellingNumber(String(text[..<space])).flatMap({ cued[$0] })?.cuedMajority,
                  maker == .organization || maker == .product else { continue }
            kindCache[n] = .product
            nodes[n].kinds.regardGuesses(as: .product)
        }
    }


    // MARK: - Union-find

    /// Whether two folded first names are one given name: spelling variants, or a familiar
    /// form and the name it is short for ("Joe", "Joseph").
    func areSameGivenName(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        NameVariants.areVariants(folded: a, b) || (nicknames[a] ?? a) == (nicknames[b] ?? b)
    }

    /// The graph for a join's closures to read its nodes from while the join changes the
    /// clusters: a copy without the union-find, which a whole copy would share, so that the
    /// join's first change copied every node's parent and cluster.
    var nodesOnly: AliasGraph {
        var copy = self
        copy.parent = []
        copy.clusters = []
        return copy
    }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }

    func root(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        return r
    }

    /// Joins `a`'s and `b`'s clusters as one person's, whose first and last words differ only
    /// by where the name is split ("Horta-Osorio", "Horta Osório"); two gazetteer entries
    /// still stay apart.
    mutating func joinAsOnePerson(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        guard ra != rb, let ca = clusters[ra], let cb = clusters[rb] else { return }
        // Each answers to the other's names, so the people guard of `union` lets them meet.
        clusters[rb]!.people = cb.people + ca.people.filter { p in !cb.people.contains { $0 == p } }
        union(ra, rb)
    }

    /// Joins two clusters unless the guard forbids it; returns whether they are one now.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb { return true }
        let ca = clusters[ra]!, cb = clusters[rb]!
        if let ea = ca.entry, let eb = cb.entry, ea != eb { return false }
        if !ca.people.isEmpty && !cb.people.isEmpty {
            let compatible = ca.people.contains { p in
                cb.people.contains { q in
                    areSameGivenName(p.first, q.first) && NameVariants.areVariants(folded: p.last, q.last)
                }
            }
            if !compatible { return false }
        }
        parent[rb] = ra
        var people = ca.people
        for p in cb.people where !people.contains(where: { $0.first == p.first && $0.last == p.last }) {
            people.append(p)
        }
        clusters[ra] = Cluster(entry: ca.entry ?? cb.entry, people: people)
        clusters[rb] = nil
        return true
    }
}
