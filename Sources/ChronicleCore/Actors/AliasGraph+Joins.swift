/// The joins of `AliasGraph`: which spellings are one actor, by text ties within a
/// document and by spelling variants across documents.
extension AliasGraph {
    /// Joins nodes that spell the same (by `key`) at once, then compares one node per
    /// spelling within a bucket: the cost grows with distinct names, not with mentions.
    /// `variantWord`, when given, is a folded word that `same` requires to be a variant
    /// (`NameVariants.areVariants`) for a join: then only the pairs `VariantCandidates`
    /// finds are compared, in the same order, so the joins are the same.
    /// `keyClass`: a number below `classes` that tells the key, so that the key is made
    /// and hashed once per class (a spelling and kind), not at every node.
    mutating func joinDistinct(_ ids: [Int], key: (Int) -> String, keyClass: (Int) -> Int, classes: Int,
                               bucket: (Int) -> Int, variantWord: ((Int) -> [UInt8])? = nil,
                               same: (Int, Int) -> Bool) {
        // Groups in a word table: its entries keep the order keys were first met in.
        var groups = WordTable<[Int]>()
        var groupOfClass = [Int32](repeating: -1, count: classes)
        for n in ids {
            let c = keyClass(n)
            var e = Int(groupOfClass[c])
            if e < 0 {
                let k = key(n)
                let hash = WordHash.of(k)
                e = groups.find(k, hash: hash) ?? groups.set(k, hash: hash, [])
                groupOfClass[c] = Int32(e)
            }
            groups.update(entry: e) { $0.append(n) }
        }
        var buckets: [Int: [Int]] = [:]
        for members in groups.values {
            for m in members.dropFirst() { union(members[0], m) }
            buckets[bucket(members[0]), default: []].append(members[0])
        }
        // Bucket by bucket in key order: a join can be refused depending on what was joined
        // before, so the order must not depend on the dictionary's layout.
        for key in buckets.keys.sorted() {
            let list = buckets[key]!
            if let variantWord {
                let candidates = VariantCandidates(list.map(variantWord))
                for (i, a) in list.enumerated() {
                    for j in candidates.after(i) where same(a, list[j]) { union(a, list[j]) }
                }
                continue
            }
            for (i, a) in list.enumerated() {
                for b in list[(i + 1)...] where same(a, b) { union(a, b) }
            }
        }
    }

    func kindKey(_ n: Int) -> String { dominantKind(n)?.rawValue ?? "?" }

    /// A number for node `n`'s spelling and dominant kind, below `spellingCount * kindSlots`.
    func spellingAndKind(_ n: Int) -> Int { nodes[n].shape.number * Self.kindSlots + Self.slot(of: dominantKind(n)) }

    var textNodes: Range<Int> { gazetteerCount..<nodes.count }

    /// The text nodes that `include` takes, in order. Room for all of them is made at once:
    /// a list left to double on its way through a million nodes is copied some twenty times.
    func textNodes(where include: (Int) -> Bool) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(textNodes.count)
        for n in textNodes where include(n) { out.append(n) }
        return out
    }

    /// Full names whose first and last names are variants ("Volodymyr Zelenskyy",
    /// "Vladimir Zelensky", "Volodomyr Zelensky"), bucketed by the last name's first letter.
    mutating func joinFullNameVariants() {
        let g = nodesOnly  // nodes do not change while joining
        let ids = textNodes(where: { nodes[$0].words.count >= 2 && dominantKind($0) == .person })
        joinDistinct(ids, key: { g.nodes[$0].text }, keyClass: { g.nodes[$0].shape.number }, classes: spellingCount,
                     bucket: { Int(g.nodes[$0].words.last!.first ?? 0) },
                     variantWord: { g.nodes[$0].words.last! }) { a, b in
            let wa = g.nodes[a].words, wb = g.nodes[b].words
            return NameVariants.areVariants(folded: wa.last!, wb.last!)
                && g.areSameGivenName(wa.first!, wb.first!)
        }
    }

    /// A single word after a full name in the same document whose last word it spells:
    /// "Zelenskyy" joins "Volodymyr Zelenskyy", "Fanil Sarvarov" joins "Fanil Fanisovich
    /// Sarvarov". The nearest full name before its first use wins. A person's given name
    /// alone joins the one full name of the document that it starts (`onlyBearer`).
    mutating func attachSurnames(document d: Int, mentions: [ActorMention], nodes ids: [Int]) {
        // `ids` has a node per mention: a node's candidates depend on the node alone, so
        // its first mention decides, and later ones are not compared again.
        let firsts = firstMentions(ids)
        let fullNames = firsts.filter { nodes[$0.node].words.count >= 2 && dominantKind($0.node) == .person }
            .map { (node: $0.node, order: $0.order, words: nodes[$0.node].words) }
        guard !fullNames.isEmpty else { return }
        if isAttachedToPerson.count != nodes.count { isAttachedToPerson = [Bool](repeating: false, count: nodes.count) }
        // "Velcor Systems ... Dana Velcor ... money from Velcor": a word that is both a
        // company's short name and a person's surname in one text is the company's unless
        // a cue makes it a person's.
        var companyShortNames: [[UInt8]] = []
        for (n, _) in firsts where nodes[n].words.count >= 2 && dominantKind(n) == .organization
            && wordsNamingCompany(n) == 1 {
            companyShortNames.append(nodes[n].words[0])
        }
        for (n, _) in firsts {
            let words = nodes[n].words
            let kind = dominantKind(n)
            guard kind == .person || kind == nil else { continue }
            if kind == nil, words.count == 1, companyShortNames.contains(words[0]) { continue }
            // A spelling variant of a surname that the text also writes exactly ("Toyota"
            // beside "Akio Toyoda ... Toyoda") is another name.
            // Of two people the text calls by one surname ("Mayor Ana Roe ... her brother,
            // Luis Roe ... Roe said"), the bare surname is the one it introduced first: news
            // writes the other by a full or given name from then on.
            let candidate = fullNames.first { f in
                f.node != n && isShorterForm(words, of: f.words)
                    && (words.count > 1 || words[0] == f.words.last! || !spellsExactly(f.words.last!, among: firsts))
            }
            guard let person = candidate?.node ?? onlyBearer(ofGivenName: words, kind: kind, among: fullNames)
            else { continue }
            union(n, person)
            isAttachedToPerson[n] = true
        }
    }

    /// "Jane" after "Jane Roe": a person called by the given name alone is the one person
    /// of the document with that given name; with two ("Jane Roe", "Jane Doe"), neither.
    func onlyBearer(ofGivenName words: [[UInt8]], kind: ActorKind?,
                    among fullNames: [(node: Int, order: Int, words: [[UInt8]])]) -> Int? {
        guard kind == .person, words.count == 1 else { return nil }
        let bearers = fullNames.filter { $0.words[0] == words[0] }
        guard let first = bearers.first,
              bearers.allSatisfy({ $0.words.last! == first.words.last! }) else { return nil }
        return first.node
    }

    /// Whether one of the document's single-word names is `word` as written.
    func spellsExactly(_ word: [UInt8], among firsts: [(node: Int, order: Int)]) -> Bool {
        firsts.contains { nodes[$0.node].words.count == 1 && nodes[$0.node].words[0] == word }
    }

    /// "Zelenskyy" of "Volodymyr Zelenskyy", "Fanil Sarvarov" of "Fanil Fanisovich Sarvarov".
    func isShorterForm(_ short: [[UInt8]], of full: [[UInt8]]) -> Bool {
        guard short.count < full.count, let last = short.last, let fullLast = full.last,
              NameVariants.areVariants(folded: last, fullLast) else { return false }
        if short.count == 1 { return true }
        // "Le Pen" of "Marine Le Pen", "van Dijk" of "Virgil van Dijk": a surname that opens
        // with a particle or an article is the end of the full name.
        if Array(full.suffix(short.count)) == short,
           !lexicon.classes(lower: String(decoding: short[0], as: UTF8.self)).isDisjoint(with: [.nameParticle, .romanceArticle]) {
            return true
        }
        return NameVariants.areVariants(folded: short[0], full[0])
    }

    /// "Donetsk" joins "Donetsk region" when both are in one document. `ids`: the
    /// document's nodes, each once, in ascending order (which headed place a bare one
    /// joins must not change from run to run).
    mutating func attachBarePlaces(document d: Int, nodes ids: [Int]) {
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
    /// when only one country's ministry is named there. `ids`: the document's nodes, each
    /// once, in ascending order (joins in a fixed order).
    mutating func attachUnqualifiedInstitutions(nodes ids: [Int]) {
        for n in ids {
            guard let suffix = nodes[n].shape.unqualifiedEnd else { continue }
            let owners = ids.filter { m in
                nodes[m].qualified && (nodes[m].orgKey?.hasSuffix(suffix) ?? false)
            }
            let countries = Set(owners.compactMap { nodes[$0].orgKey })
            if countries.count == 1, let target = owners.first { union(n, target) }
        }
    }

    /// Single words that are variants ("Kyiv"/"Kiev", "Witoff"/"Witkoff"), across documents.
    mutating func joinSingleWordVariants() {
        let g = nodesOnly  // nodes do not change while joining
        let ids = textNodes(where: { nodes[$0].words.count == 1 && !nodes[$0].headed })
        joinDistinct(ids, key: { String(decoding: g.nodes[$0].words[0], as: UTF8.self) + "|" + g.kindKey($0) },
                     keyClass: { g.spellingAndKind($0) }, classes: spellingCount * Self.kindSlots,
                     bucket: { Int(g.nodes[$0].words[0].first ?? 0) }, variantWord: { g.nodes[$0].words[0] }) { a, b in
            // A typo makes a variant of a person's one-word name ("Zelenksy"), not of a
            // word that may be a common one ("Pilot" is no "Pitot").
            g.kindsAgree(a, b) && (g.isProduct(a) || g.isProduct(b) ? g.nodes[a].words == g.nodes[b].words
                                   : NameVariants.areVariants(folded: g.nodes[a].words[0], g.nodes[b].words[0],
                                                              typos: g.dominantKind(a) == .person || g.dominantKind(b) == .person))
        }
    }

    /// A maker spells its product one way: a letter apart is another product ("zPod",
    /// "zPad"), not a transliteration. A product is never a variant of another spelling.
    func isProduct(_ n: Int) -> Bool { dominantKind(n) == .product }

    /// "Zphones" and "Zphone", "Zpod Touches" and "Zpod Touch": a product named in the
    /// plural is the product, across documents, when the corpus also names it in the
    /// singular.
    mutating func joinProductPlurals() {
        var singular = WordTable<Int>()
        // By spelling (`Shape.number`), each worked out once: whether its text is in
        // `singular`, then the node its singular form joins (-1 for none, -2 not known yet).
        var listed = [Bool](repeating: false, count: spellingCount)
        for n in textNodes where isProduct(n) && !listed[nodes[n].shape.number] {
            listed[nodes[n].shape.number] = true
            singular.set(nodes[n].text, n)
        }
        var target = [Int32](repeating: -2, count: spellingCount)
        for n in textNodes where isProduct(n) {
            let number = nodes[n].shape.number
            if target[number] == -2 {
                target[number] = -1
                for form in Self.singularForms(nodes[n].text, lexicon: lexicon) {
                    if let e = singular.find(form, hash: WordHash.of(form)) {
                        target[number] = Int32(singular.values[e])
                        break
                    }
                }
            }
            if target[number] >= 0 { union(n, Int(target[number])) }
        }
    }

    /// The text with its last word made singular: "-es" after a sibilant ("Touches", an
    /// ending of the lexicon's `sibilantPluralEnding`), else "-s" ("Phones"); nothing for a
    /// last word of three letters or fewer ("iOS", "TVs") or one ending in "ss" or "us".
    static func singularForms(_ text: String, lexicon: Lexicon) -> [String] {
        let lastWord = text.split(separator: " ").last.map(String.init) ?? text
        let lower = lastWord.lowercased()
        guard lastWord.utf8.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"),
              lastWord.last?.isLowercase == true else { return [] }
        var forms: [String] = []
        if lexicon.phrases.sibilantPluralEndings.contains(where: { lower.hasSuffix($0) }) {
            forms.append(String(text.dropLast(2)))
        }
        forms.append(String(text.dropLast()))
        return forms
    }

    /// Names of several words other than people's, written alike or as variants word by
    /// word, across documents ("United States", "South Ossetia" / "South Osetia").
    mutating func joinMultiWordVariants() {
        let g = nodesOnly  // nodes do not change while joining
        let ids = textNodes(where: { nodes[$0].words.count >= 2 && dominantKind($0) != .person })
        joinDistinct(ids, key: { g.nodes[$0].text + "|" + g.kindKey($0) },
                     keyClass: { g.spellingAndKind($0) }, classes: spellingCount * Self.kindSlots,
                     bucket: { Int(g.nodes[$0].words[0].first ?? 0) }, variantWord: { g.nodes[$0].words[0] }) { a, b in
            g.kindsAgree(a, b) && (g.isProduct(a) || g.isProduct(b) ? g.nodes[a].words == g.nodes[b].words
                                   : g.sameWords(g.nodes[a].words, g.nodes[b].words))
        }
    }

    /// Places with the same head and variant names ("Zaporizhzhia region", "Zaporozhye
    /// Region", "Zaporizhia [regions]"; "Prypyat River", "Pripyat River").
    mutating func joinHeadedPlaceVariants() {
        let g = nodesOnly  // nodes do not change while joining
        let ids = textNodes(where: { (nodes[$0].headed || isPlaceWithHead($0)) && !nodes[$0].core.isEmpty })
        joinDistinct(ids, key: { g.nodes[$0].text + (g.nodes[$0].headed ? "|h" : "") },
                     keyClass: { 2 * g.nodes[$0].shape.number + (g.nodes[$0].headed ? 1 : 0) }, classes: 2 * spellingCount,
                     bucket: { Int(g.nodes[$0].core[0].first ?? 0) }, variantWord: { g.nodes[$0].core[0] }) { a, b in
            g.sameHead(a, b) && g.sameWords(g.nodes[a].core, g.nodes[b].core)
        }
    }

    func isPlaceWithHead(_ n: Int) -> Bool {
        guard nodes[n].words.count >= 2, dominantKind(n) == .place else { return false }
        let last = LastWord.of(nodes[n].text).map { $0.lowercased() } ?? ""
        return lexicon.classes(lower: last).contains(.placeHead)
    }

    func sameHead(_ a: Int, _ b: Int) -> Bool {
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
    /// one multi-word name in the corpus whose initials it spells. When none does, a
    /// country's acronym opening a name may be left out of them ("EPA" is the "U.S.
    /// Environmental Protection Agency" of a corpus that never writes "Environmental
    /// Protection Agency").
    mutating func joinAcronymsToInitials() {
        // Worked out once per spelling, in word tables (one FNV hash per node, not SipHash
        // for each of two dictionary look-ups).
        var initialsOfText = WordTable<String?>()
        var withoutCountry = WordTable<String?>()
        var byInitials: [String: [Int]] = [:]
        var byInitialsAfterCountry: [String: [Int]] = [:]
        for n in textNodes where nodes[n].words.count >= 2 {
            let text = nodes[n].text
            let hash = WordHash.of(text)
            let e = initialsOfText.find(text, hash: hash)
                ?? initialsOfText.set(text, hash: hash, AcronymLetters.initials(of: text, lexicon: lexicon))
            if let initials = initialsOfText.values[e] { byInitials[initials, default: []].append(n) }
            guard nodes[n].words.count >= 4 else { continue }
            let c = withoutCountry.find(text, hash: hash)
                ?? withoutCountry.set(text, hash: hash, initialsAfterCountry(text))
            if let initials = withoutCountry.values[c] { byInitialsAfterCountry[initials, default: []].append(n) }
        }
        var lettersOfText = WordTable<String?>()
        // What an acronym may join depends only on its letters, its kind and whether it is
        // held to institutions; each such list of candidates is kept as one node per cluster
        // met, shrunk as clusters join: an acronym written in every document is not compared
        // with every spelled-out name in every document.
        var clustersOf: [AcronymCandidates: [Int]] = [:]
        for n in textNodes where nodes[n].words.count == 1 {
            let text = nodes[n].text
            let hash = WordHash.of(text)
            let e = lettersOfText.find(text, hash: hash)
                ?? lettersOfText.set(text, hash: hash, AcronymLetters.letters(of: text))
            guard let letters = lettersOfText.values[e],
                  let candidates = byInitials[letters] ?? byInitialsAfterCountry[letters] else { continue }
            // Two letters spell too many things ("ET" and "Eiffel Tower"): they join only an
            // institution, or a country among the known country acronyms.
            let institutionsOnly = letters.count == 2 && !isPlaceAcronym(text)
            let key = AcronymCandidates(letters: letters, kind: dominantKind(n), institutionsOnly: institutionsOnly)
            let list = clustersOf[key] ?? candidates.filter { c in
                kindsAgree(n, c) && (!institutionsOnly || dominantKind(c) == .organization)
            }
            // Joined only when every agreeing candidate is in one cluster.
            var kept: [Int] = []
            var cluster: Int? = nil
            var several = false
            for (i, c) in list.enumerated() {
                let r = find(c)
                if cluster == nil {
                    cluster = r
                    kept.append(c)
                } else if r != cluster {
                    several = true
                    kept += list[i...]
                    break
                }
            }
            clustersOf[key] = kept
            if !several, let target = kept.first { union(n, target) }
        }
    }

    /// The initials of `text` without the country's acronym opening it ("U.S.
    /// Environmental Protection Agency": "EPA"), when they are three letters or more.
    func initialsAfterCountry(_ text: String) -> String? {
        guard let space = text.firstIndex(of: " "), isPlaceAcronym(String(text[..<space])) else { return nil }
        guard let initials = AcronymLetters.initials(of: String(text[text.index(after: space)...]), lexicon: lexicon),
              initials.count >= 3 else { return nil }
        return initials
    }

    /// The candidates of an acronym: by its letters, its kind, and whether only
    /// institutions may be joined.
    struct AcronymCandidates: Hashable {
        var letters: String
        var kind: ActorKind?
        var institutionsOnly: Bool
    }

    func kindsAgree(_ a: Int, _ b: Int) -> Bool {
        guard let ka = dominantKind(a), let kb = dominantKind(b) else { return true }
        return ka == kb
    }

    func sameWords(_ a: [[UInt8]], _ b: [[UInt8]]) -> Bool {
        guard a.count == b.count, !a.isEmpty else { return false }
        return zip(a, b).allSatisfy { NameVariants.areVariants(folded: $0, $1) }
    }

    /// "US", "U.K.": a country's acronym of the lexicon, written in capitals.
    func isPlaceAcronym(_ text: String) -> Bool {
        !text.utf8.contains(where: { WordScanner.isLowerASCII($0) })
            && lexicon.classes(lower: text.lowercased()).contains(.placeAcronym)
    }
}
