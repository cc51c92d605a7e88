/// A company is called by the first words of its full name: "Vandel" is "Vandel Airlines",
/// "Borel" is "Borel Motor Corp". The full name is the short one with words that only say
/// what kind of company it is (`companySuffix`, `companyNameTail`).
extension AliasGraph {
    /// Joins each company's short name to the one full name the corpus gives it. A short
    /// name two companies share ("Acme Motors", "Acme Airlines") stays apart from both, and
    /// a short name used as a person's or a place's is no company's.
    mutating func joinCompanyShortNames() {
        let tails = WordClasses.companySuffix.union(.companyNameTail)
        var fullNames: [[[UInt8]]: Set<Int>] = [:]
        for n in textNodes where dominantKind(n) == .organization && nodes[n].words.count >= 2 {
            let words = nodes[n].words
            var keep = words.count
            while keep > 1, !lexicon.classes(lowerBytes: words[keep - 1]).isDisjoint(with: tails) {
                keep -= 1
            }
            guard keep < words.count else { continue }
            fullNames[Array(nodes[n].words.prefix(keep)), default: []].insert(find(n))
        }
        guard !fullNames.isEmpty else { return }
        for n in textNodes {
            guard let owners = fullNames[nodes[n].words], owners.count == 1, let owner = owners.first else { continue }
            let kind = dominantKind(n)
            guard kind == .organization || kind == nil else { continue }
            union(owner, n)
        }
    }
}
