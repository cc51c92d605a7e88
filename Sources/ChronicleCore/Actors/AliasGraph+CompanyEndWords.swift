/// A company is called by the first or the last word of its name: "Shell" is "Orvan Dutch
/// Shell PLC", "Lumo" is "Lumo Banking Group", where the article names both. Safe only for
/// a company: the full name ends with words that say what kind of company it is
/// (`companySuffix`, `companyNameTail`), so it is no person's name and no place's ("Ford
/// Australia" has none), and the short name is used as an organization in the same
/// article, where one company whose name opens or ends so is written.
extension AliasGraph {
    mutating func joinCompanyEndWords() {
        // The names before the kind words of the corpus's full company names, of two words or
        // more (a one-word one is the short name itself, which `joinCompanyShortNames` joins).
        var cores = Set<[[UInt8]]>()
        var met = [Bool](repeating: false, count: spellingCount)
        for n in textNodes where dominantKind(n) == .organization && nodes[n].words.count >= 3 {
            guard !met[nodes[n].shape.number] else { continue }
            met[nodes[n].shape.number] = true
            let keep = wordsNamingCompany(n)
            if keep >= 2, keep < nodes[n].words.count { cores.insert(Array(nodes[n].words.prefix(keep))) }
        }
        guard !cores.isEmpty else { return }
        var document = -1
        // By spelling: whether its naming words are one of `cores` (nil not worked out).
        var isCoreSpelling = [Bool?](repeating: nil, count: spellingCount)
        // Of the article being read: its one-word organizations, and its other names that
        // may be a company's. Most articles have no such one-word name, and their names are
        // then never looked at again.
        var shortNames: [Int] = []
        var longNames: [Int] = []
        func joinArticle() {
            defer {
                shortNames.removeAll(keepingCapacity: true)
                longNames.removeAll(keepingCapacity: true)
            }
            guard !shortNames.isEmpty else { return }
            // The clusters of the article's names of companies by the first and the last word
            // of their name, and whether that word may name the company alone (the name is one
            // of `cores`). A word that opens or ends two companies' names ("Tarne Brell Ltd",
            // written "Tarne Brell" here) names neither.
            var fullNames: [[UInt8]: (owners: Set<Int>, core: Bool)] = [:]
            for n in longNames {
                let keep = wordsNamingCompany(n)
                let words = nodes[n].words
                let spelling = nodes[n].shape.number
                if isCoreSpelling[spelling] == nil {
                    isCoreSpelling[spelling] = keep >= 2 && cores.contains(Array(words.prefix(keep)))
                }
                let isCore = isCoreSpelling[spelling]!
                for word in keep >= 2 ? [words[0], words[keep - 1]] : [words[0]] {
                    var names = fullNames[word] ?? ([], false)
                    names.owners.insert(find(n))
                    if isCore { names.core = true }
                    fullNames[word] = names
                }
            }
            for n in shortNames {
                guard let names = fullNames[nodes[n].words[0]], names.core, names.owners.count == 1 else { continue }
                union(names.owners.first!, n)
            }
        }
        for n in textNodes {
            if nodes[n].document != document {
                joinArticle()
                document = nodes[n].document
            }
            let kind = dominantKind(n)
            if nodes[n].words.count == 1 {
                if kind == .organization { shortNames.append(n) }
            } else if kind == .organization || kind == nil {
                longNames.append(n)
            }
        }
        joinArticle()
    }
}
