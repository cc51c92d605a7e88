/// Spellings and the joins between them, as a union-find with a guard: each cluster
/// remembers its gazetteer entry and the full personal names in it, and refuses a join
/// that would put two entries, or two people with different first names, together.
struct AliasGraph {
    struct Node {
        var document: Int   // -1 for gazetteer entries
        var text: String
        var words: [[UInt8]]        // folded words
        var kinds: [ActorKind: Int] = [:]
        var mentions = 0
        /// Folded words without a place head ("Kharkiv region" -> ["kharkiv"]).
        var core: [[UInt8]] = []
        var headed = false
        var orgKey: String? = nil
        var qualified = false
    }

    struct Cluster {
        var entry: Int?
        var people: [(first: [UInt8], last: [UInt8])] = []
    }

    private(set) var nodes: [Node] = []
    private var parent: [Int] = []
    private(set) var clusters: [Int: Cluster] = [:]
    private var byDocumentText: [[String: Int]] = []
    let gazetteerCount: Int

    init(gazetteerCount: Int) {
        self.gazetteerCount = gazetteerCount
        for e in 0..<gazetteerCount {
            nodes.append(Node(document: -1, text: "", words: []))
            parent.append(e)
            clusters[e] = Cluster(entry: e)
        }
    }

    // MARK: - Nodes

    mutating func node(document d: Int, mention m: ActorMention) -> Int {
        while byDocumentText.count <= d { byDocumentText.append([:]) }
        let id: Int
        if let existing = byDocumentText[d][m.text] {
            id = existing
        } else {
            id = nodes.count
            let words = WordScanner.scan(Array(m.text.utf8))
            var node = Node(document: d, text: m.text, words: words.map { NameVariants.fold($0.text) })
            let lowers = words.map(\.lower)
            if let last = lowers.last, ["region", "oblast", "province", "district", "raion", "krai",
                                        "county"].contains(last), words.count >= 2 {
                node.core = Array(node.words.dropLast())
                node.headed = true
            } else {
                node.core = node.words
                node.headed = m.impliedHead != nil
            }
            (node.orgKey, node.qualified) = AliasGraph.institutionKey(lowers, possessive: words.map(\.isPossessive))
            nodes.append(node)
            parent.append(id)
            var cluster = Cluster()
            if m.kind == .person || m.kind == nil, words.count >= 2, let f = node.words.first,
               let l = node.words.last, NameLexicon.titles.contains(lowers[0]) == false {
                if m.kind == .person { cluster.people = [(f, l)] }
            }
            clusters[id] = cluster
            byDocumentText[d][m.text] = id
        }
        nodes[id].mentions += 1
        if let k = m.kind { nodes[id].kinds[k, default: 0] += 1 }
        if m.impliedHead != nil { nodes[id].headed = true }
        return id
    }

    /// "Russia’s Ministry of Defense" and "Russian Ministry of Defense" -> "russia|ministry of
    /// defense"; "defense ministry" -> "|ministry of defense" (unqualified).
    static func institutionKey(_ lowers: [String], possessive: [Bool]) -> (String?, Bool) {
        guard lowers.contains(where: { NameLexicon.organizationHeads.contains($0) }) else { return (nil, false) }
        var words = lowers.filter { $0 != "the" }.map { $0 == "defence" ? "defense" : $0 }
        var qualifier = ""
        let acronyms = ["us": "united states", "u.s": "united states", "u.s.": "united states",
                        "usa": "united states", "uk": "united kingdom", "u.k.": "united kingdom"]
        if let first = words.first {
            if let country = NameLexicon.demonyms[first] ?? acronyms[first], !country.isEmpty, words.count >= 2 {
                qualifier = country
                words.removeFirst()
            } else if possessive.first == true, words.count >= 2 {
                qualifier = first
                words.removeFirst()
            }
        }
        // "X ministry" -> "ministry of X"
        if words.count == 2, words[1] == "ministry" { words = ["ministry", "of", words[0]] }
        return (qualifier + "|" + words.joined(separator: " "), !qualifier.isEmpty)
    }

    // MARK: - Union-find

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
                    NameVariants.areVariants(folded: p.first, q.first)
                        && NameVariants.areVariants(folded: p.last, q.last)
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

    // MARK: - Joins

    /// The kind most mentions of node `n` were given (cached once all nodes exist).
    func dominantKind(_ n: Int) -> ActorKind? {
        n < kindCache.count ? kindCache[n] : AliasGraph.majority(nodes[n].kinds)
    }

    private var kindCache: [ActorKind?] = []

    /// Called once every mention has its node: kinds no longer change after that.
    mutating func freezeKinds() {
        kindCache = nodes.map { AliasGraph.majority($0.kinds) }
    }

    static func majority(_ kinds: [ActorKind: Int]) -> ActorKind? {
        kinds.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key
    }

    /// Joins nodes that spell the same (by `key`) at once, then compares one node per
    /// spelling within a bucket: the cost grows with distinct names, not with mentions.
    private mutating func joinDistinct(_ ids: [Int], key: (Int) -> String, bucket: (Int) -> Int,
                                       same: (Int, Int) -> Bool) {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for n in ids {
            let k = key(n)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(n)
        }
        var buckets: [Int: [Int]] = [:]
        for k in order {
            let members = groups[k]!
            for m in members.dropFirst() { union(members[0], m) }
            buckets[bucket(members[0]), default: []].append(members[0])
        }
        for (_, list) in buckets {
            for (i, a) in list.enumerated() {
                for b in list[(i + 1)...] where same(a, b) { union(a, b) }
            }
        }
    }

    private func kindKey(_ n: Int) -> String { dominantKind(n)?.rawValue ?? "?" }

    private var textNodes: Range<Int> { gazetteerCount..<nodes.count }

    /// Full names whose first and last names are variants ("Volodymyr Zelenskyy",
    /// "Vladimir Zelensky", "Volodomyr Zelensky"), bucketed by the last name's first letter.
    mutating func joinFullNameVariants() {
        let g = self  // nodes do not change while joining
        let ids = textNodes.filter { nodes[$0].words.count >= 2 && dominantKind($0) == .person }
        joinDistinct(ids, key: { g.nodes[$0].text }, bucket: { Int(g.nodes[$0].words.last!.first ?? 0) }) { a, b in
            let wa = g.nodes[a].words, wb = g.nodes[b].words
            return NameVariants.areVariants(folded: wa.last!, wb.last!)
                && NameVariants.areVariants(folded: wa.first!, wb.first!)
        }
    }

    /// A single word after a full name in the same document whose last word it spells:
    /// "Zelenskyy" joins "Volodymyr Zelenskyy", "Fanil Sarvarov" joins "Fanil Fanisovich
    /// Sarvarov". The nearest full name before its first use wins.
    mutating func attachSurnames(document d: Int, mentions: [ActorMention], nodes ids: [Int]) {
        var fullNames: [(node: Int, order: Int)] = []
        var seen = Set<Int>()
        for (k, n) in ids.enumerated() where nodes[n].words.count >= 2 && dominantKind(n) == .person {
            if seen.insert(n).inserted { fullNames.append((n, k)) }
        }
        guard !fullNames.isEmpty else { return }
        var done = Set<Int>()
        for (k, n) in ids.enumerated() where !done.contains(n) {
            let words = nodes[n].words
            let kind = dominantKind(n)
            guard kind == .person || kind == nil else { continue }
            let candidates = fullNames.filter { f in
                f.node != n && isShorterForm(words, of: nodes[f.node].words)
            }
            guard !candidates.isEmpty else { continue }
            done.insert(n)
            let before = candidates.filter { $0.order < k }
            let pick = before.last ?? candidates.first!
            union(n, pick.node)
        }
    }

    /// "Zelenskyy" of "Volodymyr Zelenskyy", "Fanil Sarvarov" of "Fanil Fanisovich Sarvarov".
    private func isShorterForm(_ short: [[UInt8]], of full: [[UInt8]]) -> Bool {
        guard short.count < full.count, let last = short.last, let fullLast = full.last,
              NameVariants.areVariants(folded: last, fullLast) else { return false }
        if short.count == 1 { return true }
        return NameVariants.areVariants(folded: short[0], full[0])
    }

    /// "Donetsk" joins "Donetsk region" when both are in one document.
    mutating func attachBarePlaces(document d: Int, nodes ids: Set<Int>) {
        let headed = ids.filter { nodes[$0].headed && dominantKind($0) == .place }
        guard !headed.isEmpty else { return }
        for n in ids where !nodes[n].headed && dominantKind(n) != .person && dominantKind(n) != .organization {
            for h in headed where sameWords(nodes[n].core, nodes[h].core) {
                union(n, h)
                break
            }
        }
    }

    /// "the defense ministry" joins "Russian Ministry of Defense" in the same document,
    /// when only one country's ministry is named there.
    mutating func attachUnqualifiedInstitutions(nodes ids: Set<Int>) {
        for n in ids {
            guard let key = nodes[n].orgKey, !nodes[n].qualified else { continue }
            let body = key.split(separator: "|", omittingEmptySubsequences: false).last ?? ""
            let owners = ids.filter { m in
                nodes[m].qualified && (nodes[m].orgKey?.hasSuffix("|" + body) ?? false)
            }
            let countries = Set(owners.compactMap { nodes[$0].orgKey })
            if countries.count == 1, let target = owners.first { union(n, target) }
        }
    }

    /// Single words that are variants ("Kyiv"/"Kiev", "Witoff"/"Witkoff"), across documents.
    mutating func joinSingleWordVariants() {
        let g = self  // nodes do not change while joining
        let ids = textNodes.filter { nodes[$0].words.count == 1 && !nodes[$0].headed }
        joinDistinct(ids, key: { String(decoding: g.nodes[$0].words[0], as: UTF8.self) + "|" + g.kindKey($0) },
                     bucket: { Int(g.nodes[$0].words[0].first ?? 0) }) { a, b in
            g.kindsAgree(a, b) && NameVariants.areVariants(folded: g.nodes[a].words[0], g.nodes[b].words[0])
        }
    }

    /// Names of several words other than people's, written alike or as variants word by
    /// word, across documents ("United States", "South Ossetia" / "South Osetia").
    mutating func joinMultiWordVariants() {
        let g = self  // nodes do not change while joining
        let ids = textNodes.filter { nodes[$0].words.count >= 2 && dominantKind($0) != .person }
        joinDistinct(ids, key: { g.nodes[$0].text + "|" + g.kindKey($0) },
                     bucket: { Int(g.nodes[$0].words[0].first ?? 0) }) { a, b in
            g.kindsAgree(a, b) && g.sameWords(g.nodes[a].words, g.nodes[b].words)
        }
    }

    /// Places with the same head and variant names ("Zaporizhzhia region", "Zaporozhye
    /// Region", "Zaporizhia [regions]"; "Prypyat River", "Pripyat River").
    mutating func joinHeadedPlaceVariants() {
        let g = self  // nodes do not change while joining
        let ids = textNodes.filter { (nodes[$0].headed || isPlaceWithHead($0)) && !nodes[$0].core.isEmpty }
        joinDistinct(ids, key: { g.nodes[$0].text + (g.nodes[$0].headed ? "|h" : "") },
                     bucket: { Int(g.nodes[$0].core[0].first ?? 0) }) { a, b in
            g.sameHead(a, b) && g.sameWords(g.nodes[a].core, g.nodes[b].core)
        }
    }

    private func isPlaceWithHead(_ n: Int) -> Bool {
        guard nodes[n].words.count >= 2, dominantKind(n) == .place else { return false }
        let last = nodes[n].text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return NameLexicon.placeHeads.contains(last)
    }

    private func sameHead(_ a: Int, _ b: Int) -> Bool {
        if nodes[a].headed && nodes[b].headed { return true }
        let la = nodes[a].words.last!, lb = nodes[b].words.last!
        return !nodes[a].headed && !nodes[b].headed && la == lb
    }

    /// Organizations with the same normalized name, across documents.
    mutating func joinInstitutionKeys() {
        var byKey: [String: Int] = [:]
        for n in textNodes {
            guard let key = nodes[n].orgKey, nodes[n].qualified || nodes[n].words.count >= 2 else { continue }
            if let other = byKey[key] { union(n, other) } else { byKey[key] = n }
        }
    }

    /// "US"/"U.S." and "United States", "AP" and "Associated Press": an acronym joins the
    /// one multi-word name in the corpus whose initials it spells.
    mutating func joinAcronymsToInitials() {
        var byInitials: [String: Set<Int>] = [:]
        for n in textNodes where nodes[n].words.count >= 2 {
            let words = nodes[n].text.split(separator: " ")
            guard words.allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "and", "for"].contains($0) })
            else { continue }
            let initials = String(words.filter { $0.first?.isUppercase == true }.compactMap(\.first))
            guard initials.count >= 2 else { continue }
            byInitials[initials, default: []].insert(n)
        }
        for n in textNodes where nodes[n].words.count == 1 {
            let letters = nodes[n].text.filter { $0 != "." }
            guard letters.count >= 2, letters.count <= 6, letters.allSatisfy({ $0.isUppercase && $0.isLetter }),
                  let candidates = byInitials[letters] else { continue }
            let fitting = candidates.filter { kindsAgree(n, $0) }
            let clusters = Set(fitting.map { root($0) })
            if clusters.count == 1, let target = fitting.first { union(n, target) }
        }
    }

    private func kindsAgree(_ a: Int, _ b: Int) -> Bool {
        guard let ka = dominantKind(a), let kb = dominantKind(b) else { return true }
        return ka == kb
    }

    private func sameWords(_ a: [[UInt8]], _ b: [[UInt8]]) -> Bool {
        guard a.count == b.count, !a.isEmpty else { return false }
        return zip(a, b).allSatisfy { NameVariants.areVariants(folded: $0, $1) }
    }
}
