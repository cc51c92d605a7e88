/// A company is called by the first words of its full name: "Vandel" is "Vandel Airlines",
/// "Borel" and "Borel Motor" are "Borel Motor Corp". The full name is the short one with words that only say
/// what kind of company it is (`companySuffix`, `companyNameTail`, and `companyNameInnerTail`
/// before one: "Vandel Air Lines").
extension AliasGraph {
    /// Joins each company's short name to the one full name the corpus gives it. A short
    /// name two companies share ("Acme Motors", "Acme Airlines") stays apart from both, and
    /// a short name used as a person's or a place's (unless only its shape made it a
    /// person's), or that its text gives to a person named there in full, is no company's.
    mutating func joinCompanyShortNames() {
        joinLegalForms()
        var fullNames: [[[UInt8]]: Set<Int>] = [:]
        for n in textNodes where dominantKind(n) == .organization && nodes[n].words.count >= 2 {
            let words = nodes[n].words
            let keep = wordsNamingCompany(n)
            guard keep < words.count else { continue }
            // "Borel Motor Corp" is called "Borel Motor" as well as "Borel".
            for short in keep..<words.count {
                fullNames[Array(words.prefix(short)), default: []].insert(find(n))
            }
        }
        guard !fullNames.isEmpty else { return }
        // By numbered word list (`Shape.wordsNumber`): a short name no node writes is nobody's.
        var ownersOfWords = [Set<Int>?](repeating: nil, count: wordsNumbers.count)
        for (words, owners) in fullNames { if let number = wordsNumbers[words] { ownersOfWords[number] = owners } }
        isCompanyShortName = [Bool](repeating: false, count: nodes.count)
        // Names of two words or more first: "Orvo Group" joins "Orvo Group Holding", and
        // then "Orvo", which starts both, names one company.
        for n in textNodes where nodes[n].words.count >= 2 { joinShortName(n, ownersOfWords) }
        for n in textNodes where nodes[n].words.count == 1 { joinShortName(n, ownersOfWords) }
    }

    private mutating func joinShortName(_ n: Int, _ ownersOfWords: [Set<Int>?]) {
        guard let owners = ownersOfWords[nodes[n].shape.wordsNumber], let owner = owners.first,
              owners.count == 1 || Set(owners.map { find($0) }).count == 1 else { return }
        let kind = dominantKind(n)
        // "Velmar Pipeline said" makes a person of two capitalised words by their shape
        // alone: the company "Velmar Pipeline Company" tells more. A given name or a
        // title is a cue, and keeps "Dana Velcor" apart from "Dana Velcor Inc".
        let guessedPerson = kind == .person && nodes[n].words.count >= 2 && nodes[n].kinds.cuedMajority == nil
        guard kind == .organization || kind == nil || guessedPerson,
              !(n < isAttachedToPerson.count && isAttachedToPerson[n])
        else { return }
        union(owner, n)
        isCompanyShortName[n] = true
    }

    /// How many of node `n`'s first words name the company: its words without those at the
    /// end that only say what kind of company it is (`companySuffix`, `companyNameTail`);
    /// all of them when none does. Worked out once per spelling, not at each of its nodes.
    mutating func wordsNamingCompany(_ n: Int) -> Int {
        if companyWordsOfSpelling.isEmpty { companyWordsOfSpelling = [Int](repeating: -1, count: spellingCount) }
        let spelling = nodes[n].shape.number
        if companyWordsOfSpelling[spelling] < 0 { companyWordsOfSpelling[spelling] = countWordsNamingCompany(n) }
        return companyWordsOfSpelling[spelling]
    }

    private func countWordsNamingCompany(_ n: Int) -> Int {
        let words = nodes[n].words
        // The words as written: folding for spelling variants ("Company" to "compani")
        // hides them from the lexicon.
        let text = nodes[n].text
        guard text.utf8.count(where: { $0 == 0x20 }) + 1 == words.count else { return words.count }
        return CompanyShortName.of(text, lexicon: lexicon).utf8.count(where: { $0 == 0x20 }) + 1
    }

    /// "Acme Corporation" and "Acme Corp", "Acme Company" and "Acme Co": two names that
    /// differ only in how their legal form is written are one company, whatever kind a
    /// verb made them guess ("Acme Company said").
    private mutating func joinLegalForms() {
        let forms = WordClasses.companySuffix.union(.spelledLegalForm)
        var byName: [[[UInt8]]: [Int]] = [:]
        var order: [[[UInt8]]] = []   // first seen first, so the joins do not depend on hashing
        for n in textNodes where nodes[n].words.count >= 2 {
            let words = nodes[n].words
            guard !lexicon.classes(lowerBytes: words[words.count - 1]).isDisjoint(with: forms) else { continue }
            let name = Array(words.dropLast())
            if byName[name] == nil { order.append(name) }
            byName[name, default: []].append(n)
        }
        for name in order {
            let group = byName[name]!
            for n in group.dropFirst() { union(group[0], n) }
        }
    }
}
