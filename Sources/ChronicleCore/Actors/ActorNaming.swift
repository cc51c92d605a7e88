/// Turning clusters of spellings into named actors.
///
/// The canonical name is the gazetteer's when there is one; otherwise the most used
/// spelling of the fullest kind (a full name over a surname, a name over an acronym or a
/// possessive form). Aliases are the spellings met in the texts, most used first. Names
/// are unique: a clash gets the kind added ("Georgia (person)").
extension AliasGraph {
    /// `nodeOfMention` is emptied as the mentions' actors are given.
    mutating func actors(gazetteer: Gazetteer, nodeOfMention: inout [[Int]]) -> ActorResolver.Result {
        // Indexed by root node: node numbers are dense, so an array needs no hashing.
        var members = [[Int]](repeating: [], count: nodes.count)
        // In first-met order: a root is met first at its cluster's lowest node.
        var roots: [Int] = []
        for n in gazetteerCount..<nodes.count {
            let r = find(n)
            if members[r].isEmpty { roots.append(r) }
            members[r].append(n)
        }

        var actors: [Actor] = []
        // -1 for none: a 32-bit number per node, not an optional word and its tag.
        var actorOfRoot = [Int32](repeating: -1, count: nodes.count)
        var usedNames = Set<String>()
        var formOfSpelling = [Int32](repeating: -1, count: spellingCount)
        for r in roots {
            let list = members[r]
            let entry = clusterEntry(r)
            var votes = KindCounts()
            for n in list { votes.add(nodes[n].kinds) }
            let kind = entry.map { gazetteer.entries[$0].kind }
                ?? votes.majority ?? votes.kindOfBareName
            guard let kind else { continue }  // nothing ever said what this is
            let forms = spellings(list, formOfSpelling: &formOfSpelling)
            var name = entry.map { gazetteer.entries[$0].name } ?? preferredName(forms, kind: kind)
            if usedNames.contains(name) { name = "\(name) (\(kind.rawValue))" }
            var n = 2
            while usedNames.contains(name) { name = "\(name) \(n)"; n += 1 }
            usedNames.insert(name)
            let mentions = list.reduce(0) { $0 + nodes[$1].mentions }
            let aliases = [name] + forms.map(\.text).filter { $0 != name }
            actorOfRoot[r] = Int32(actors.count)
            actors.append(Actor(name: name, kind: kind, aliases: aliases, mentions: mentions))
        }
        members = []
        AliasGraph.addSurnames(&actors, lexicon: lexicon)
        // Every document's mentions are numbered once more: each document's nodes are let
        // go as its actors are given, so the two lists are not both held whole.
        var mentionActors: [[Int?]] = []
        mentionActors.reserveCapacity(nodeOfMention.count)
        for d in nodeOfMention.indices {
            mentionActors.append(nodeOfMention[d].map { n in
                let actor = actorOfRoot[root(n)]
                return actor < 0 ? nil : Int(actor)
            })
            nodeOfMention[d] = []
        }
        nodeOfMention = []
        return ActorResolver.Result(actors: actors, mentionActors: mentionActors)
    }

    /// The surname of a full name is written in the text too ("Zelenksy" in "Volodymyr
    /// Zelenksy") and is how people look a person up; it becomes an alias unless another
    /// person shares it (Donald and Melania Trump), where it would name both, or it is
    /// what the corpus calls an actor of another kind ("Ford", the company of "Ford Motor",
    /// is no alias of "William Clay Ford").
    static func addSurnames(_ actors: inout [Actor], lexicon: Lexicon) {
        // The one actor whose full name ends with the surname, or `several`.
        let several = -1
        var owners: [String: Int] = [:]
        for a in actors where a.kind != .person {
            for form in a.aliases where !hasSpace(form) { owners[form] = several }
        }
        for (k, a) in actors.enumerated() where a.kind == .person {
            for form in a.aliases where hasSpace(form) {
                // "Abdullah II", "Martin Luther King Jr.": a generation mark names nobody alone.
                if let last = LastWord.of(form), last.first?.isUppercase == true, !NameLexicon.isGenerationMark(last, lexicon: lexicon) {
                    guard let surname = surname(of: form, last: last, lexicon: lexicon) else { continue }
                    owners[surname] = owners[surname].map { $0 == k ? k : several } ?? k
                }
            }
        }
        // In the order of the full names among the aliases, not of the dictionary: the
        // alias list is output and must not change from run to run.
        for k in actors.indices where actors[k].kind == .person {
            for form in actors[k].aliases where hasSpace(form) {
                guard let last = LastWord.of(form), let surname = surname(of: form, last: last, lexicon: lexicon),
                      let owner = owners[surname], owner != several else { continue }
                if !actors[k].aliases.contains(surname) { actors[k].aliases.append(surname) }
            }
        }
    }

    /// The surname of a full name: its last word, with the particles and articles before it
    /// ("Le Pen" of "Marine Le Pen", "von der Leyen", "bin Salman"); none for a name that
    /// is a surname already ("Le Pen").
    static func surname(of form: String, last: Substring, lexicon: Lexicon) -> String? {
        let words = form.split(separator: " ")
        let particles: WordClasses = [.nameParticle, .romanceArticle, .pairedParticle]
        if !lexicon.classes(lower: words[0].lowercased()).isDisjoint(with: particles) { return nil }
        var k = words.count - 1
        while k > 1, !lexicon.classes(lower: words[k - 1].lowercased()).isDisjoint(with: particles) {
            k -= 1
        }
        return k == words.count - 1 ? String(last) : words[k...].joined(separator: " ")
    }

    /// The spellings of a cluster's nodes (`list`, ascending) with their mentions, the
    /// most used first, then the first met. `formOfSpelling`: by `Shape.number`, -1 or
    /// the spelling's place in the list being made; left all -1 again.
    private func spellings(_ list: [Int], formOfSpelling: inout [Int32]) -> [(text: String, mentions: Int)] {
        var forms: [(text: String, mentions: Int, first: Int)] = []
        for n in list {
            let number = nodes[n].shape.number
            let k = Int(formOfSpelling[number])
            if k >= 0 {
                forms[k].mentions += nodes[n].mentions
            } else {
                formOfSpelling[number] = Int32(forms.count)
                forms.append((nodes[n].text, nodes[n].mentions, n))
            }
        }
        for form in forms { formOfSpelling[nodes[form.first].shape.number] = -1 }
        forms.sort { ($0.mentions, $1.first) > ($1.mentions, $0.first) }
        return forms.map { ($0.text, $0.mentions) }
    }

    private func clusterEntry(_ r: Int) -> Int? {
        clusters[r]?.entry
    }

    /// Whether a name has a space in it: by bytes for a plain ASCII name (Foundation's
    /// search by Character costs thousands of instructions a name).
    private static func hasSpace(_ form: String) -> Bool {
        PlainName(form)?.hasSpace ?? form.contains(" ")
    }

    private func preferredName(_ forms: [(text: String, mentions: Int)], kind: ActorKind) -> String {
        func rank(_ f: String) -> Int {
            // A company named with its "'s" ("Kohl's"): the form with it is the name, and
            // the bare word a fragment of it.
            if kind == .organization, f.hasSuffix("'s") || f.hasSuffix("’s") {
                return (f.contains(" ") ? 4 : 0) + 3
            }
            // A capital inside a word is written on purpose ("eBay", "YouTube"): that form
            // is the name, where "EBay" or "Youtube" is a slip.
            let inner = Self.hasInnerCapital(f)
            if let plain = PlainName(f) {
                return (plain.wordCount >= 2 ? 4 : 0) + (plain.firstIsUpper || inner ? 2 : 0)
                    + (inner ? 1 : 0) - (plain.hasApostrophe ? 3 : 0)
                    - (plain.wordCount == 1 && !plain.hasLower ? 1 : 0)
            }
            var score = 0
            let words = f.split(separator: " ")
            if words.count >= 2 { score += 4 }
            if f.first?.isUppercase == true || inner { score += 2 }
            if inner { score += 1 }
            if f.contains("’") || f.contains("'") { score -= 3 }
            if words.count == 1 && f == f.uppercased() { score -= 1 }
            return score
        }
        // "Marine Le Pen" over "Le Pen", however often the surname alone is written: a
        // person's form that holds another at its end is the fuller name.
        func fuller(_ f: String) -> Int {
            guard kind == .person, forms.count <= 16 else { return 0 }
            return forms.contains { $0.text != f && f.hasSuffix(" " + $0.text) } ? 1 : 0
        }
        // Each form ranked once; the first of the highest (rank, count) wins, as `max(by:)` picks.
        let ranked = forms.map { (rank($0.text) + fuller($0.text), $0.mentions) }
        var best = 0
        for k in ranked.indices.dropFirst() where ranked[best] < ranked[k] { best = k }
        return forms[best].text
    }
}
