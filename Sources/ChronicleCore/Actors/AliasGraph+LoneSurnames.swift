/// "Obama said" in an article that never gives his full name is the one person of the
/// corpus whose full name ends with that word ("Barack Obama"): within an article a surname
/// joins the full name written before it (`attachSurnames`); across articles it joins only
/// when the corpus's cues make the word a person's, or nothing in the corpus tells what
/// it is ("On Tuesday Obama cut ..."), and one person alone bears it. With two
/// ("Barack Obama", "Michelle Obama") it joins neither; a company named like a surname
/// ("Ford", whose cues make it a company) never joins "William Clay Ford", nor does the
/// short name of a company ("Velcor" of "Velcor Systems") that no cue makes a person's.
extension AliasGraph {
    mutating func joinLoneSurnames() {
        // By spelling (`Shape.number`): what its one-word nodes tell over the corpus.
        var told = [KindCounts](repeating: KindCounts(), count: spellingCount)
        for n in textNodes where nodes[n].words.count == 1 { told[nodes[n].shape.number].add(nodes[n].kinds) }
        // The clusters of people named in full, by their last word; nil once two differ.
        var bearer: [[UInt8]: Int?] = [:]
        for n in textNodes where nodes[n].words.count >= 2 && dominantKind(n) == .person {
            let root = find(n)
            let last = nodes[n].words.last!
            if let known = bearer[last] {
                if let k = known, find(k) != root { bearer[last] = .some(nil) }
            } else {
                bearer[last] = root
            }
        }
        guard !bearer.isEmpty else { return }
        // A company's short name the corpus gives no person's cue stays the company's
        // ("Velcor" of "Velcor Systems", beside its founder "Dana Velcor").
        for n in textNodes where nodes[n].words.count == 1 && !(n < isCompanyShortName.count && isCompanyShortName[n]) {
            let kinds = told[nodes[n].shape.number]
            guard kinds.cuedMajority == .person || kinds.majority == nil else { continue }
            guard let known = bearer[nodes[n].words[0]], let person = known else { continue }
            union(find(person), n)
        }
    }
}
