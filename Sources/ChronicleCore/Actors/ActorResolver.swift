/// Merges the mentions of all documents into actors: one per person, place or
/// organization, whatever the spelling.
///
/// Each distinct spelling within one document is a node; nodes join when
/// 1. they match the same gazetteer entry;
/// 2. the text ties them: an acronym spelled out ("the defense ministry (MoD)"), a
///    surname after the full name ("Volodymyr Zelenskyy ... Zelenskyy"), a bare place
///    after the same place with its head ("Donetsk region ... Donetsk"), an unqualified
///    institution after the qualified one;
/// 3. their spellings are variants (`NameVariants`): full names when both first and last
///    names are variants, single words, places with the same head, organizations with the
///    same normalized name; a product only with its own spelling, or its plural; a
///    product's or organization's name with an inner word left out ("Lumen Store", "Lumen
///    Music Store"), or with its place or maker before it ("U.S. Federal Aviation Agency",
///    "Vandel Z300"); a product line's own word alone ("MAX" of "Z7 MAX", "Z7 MAX 8"); a
///    company's first or last word beside its full name ("Vandel" of "Vandel Airlines",
///    "Shell" of "Orvan Dutch Shell PLC");
/// 4. a name with a capital inside a word ("eBay") is the same letters in any other case;
/// 5. an acronym spells the initials of exactly one multi-word name ("US", "United States").
/// A join never puts two people with different first names into one actor (Donald and
/// Melania Trump), nor two gazetteer entries.
public struct ActorResolver: Sendable {
    public let gazetteer: Gazetteer

    /// Place and organization head words.
    public let lexicon: Lexicon

    public init(gazetteer: Gazetteer, lexicon: Lexicon = .bundled) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    public struct Result: Sendable {
        public var actors: [Actor]
        /// For each document, for each of its mentions: the index of its actor in `actors`,
        /// or nil when the mention turned out to name nothing.
        public var mentionActors: [[Int?]]
    }

    /// Documents whose spellings are told apart together.
    static let spellingBatch = 4096

    public func resolve(_ documents: [[ActorMention]]) -> Result {
        var graph = AliasGraph(gazetteer: gazetteer, lexicon: lexicon)
        var nodeOfMention: [[Int]] = []
        nodeOfMention.reserveCapacity(documents.count)
        // A node is a spelling of one document, so there are never more than mentions: room
        // for that many is made at once. Room never written to takes no memory, while arrays
        // left to double on their own are moved whole at their last doubling, a million
        // nodes and more held twice at once.
        graph.reserveNodes(documents.reduce(0) { $0 + $1.count })
        var gazetteerLinks: [(node: Int, entry: Int)] = []
        // Each document's spellings are told apart on all cores, a batch at a time (their
        // tallies are not all held at once); the graph takes them in order. Telling the next
        // batch apart while the graph takes one would hold two batches at once, 80 MiB more
        // at the peak of a 200 MB corpus, to save a tenth of a second.
        for batch in stride(from: 0, to: documents.count, by: Self.spellingBatch) {
            let range = batch..<min(documents.count, batch + Self.spellingBatch)
            let spellings = ParallelMap.map(Array(range)) { DocumentSpellings(documents[$0]) }
            for (d, told) in zip(range, spellings) {
                let ids = told.spellings.map { graph.node(document: d, first: documents[d][Int($0.first)], spelling: $0) }
                nodeOfMention.append(told.ofMention.map { ids[Int($0)] })
                for link in told.entries { gazetteerLinks.append((ids[Int(link.spelling)], Int(link.entry))) }
            }
        }
        graph.freezeKinds()
        // 1. Gazetteer.
        for link in gazetteerLinks { graph.union(link.node, link.entry) }
        // Variants of full person names, before surnames attach to them.
        graph.joinFullNameVariants()
        graph.joinSpacingVariants()
        // 2. Ties within a document.
        for (d, mentions) in documents.enumerated() {
            // The one field read in place: a copy of each mention would retain its texts.
            for k in mentions.indices {
                if let l = mentions[k].linkedTo, l < mentions.count {
                    graph.union(nodeOfMention[d][k], nodeOfMention[d][l])
                }
            }
            graph.attachSurnames(document: d, mentions: mentions, nodes: nodeOfMention[d])
            let distinct = graph.firstMentions(nodeOfMention[d]).map(\.node).sorted()
            graph.attachBarePlaces(document: d, nodes: distinct)
            graph.attachUnqualifiedInstitutions(nodes: distinct)
        }
        // 3. Variants across documents.
        graph.joinSingleWordVariants()
        graph.joinHeadedPlaceVariants()
        graph.joinMultiWordVariants()
        graph.joinProductPlurals()
        graph.joinInstitutionKeys()
        graph.joinInnerWordForms()
        graph.joinQualifiedNames()
        graph.joinProductFamilyWords()
        graph.joinMakerModels()
        graph.joinCompanyShortNames()
        graph.joinCompanyEndWords()
        graph.joinCaseVariants()
        graph.joinLoneSurnames()
        graph.joinAcronymsToInitials()
        return graph.actors(gazetteer: gazetteer, nodeOfMention: &nodeOfMention)
    }
}
