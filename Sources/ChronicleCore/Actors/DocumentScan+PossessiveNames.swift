import Algorithms

/// Companies whose name ends in "'s" ("Kohl's", "Dillard's"): the scan reads the ending
/// as a possessive and cuts it off, which leaves "Kohl", a fragment of the name.
extension DocumentScan {
    /// A name the document writes only with "'s", and at least once where no genitive can
    /// stand ("Kohl's has ...", "Kohl's said", "at Kohl's.", "Kohl's Corp", "Kohl's and
    /// Dillard's were ..."), is a company named with its "'s": its mentions keep it, and
    /// they are the company's. A name also written bare ("Hale's plan ... Hale said"), or
    /// always followed by a noun ("Hale's plan", "Hale's office"), is a genitive and stays
    /// as it is, as does a person's name of two words or more.
    func keepPossessiveNames() {
        var possessiveEnd: [Int: Int] = [:]     // mention index -> byte end past its "'s"
        var asName = Set<String>()
        for (k, m) in mentions.enumerated() {
            guard let (w, end) = possessiveEnding(m) else { continue }
            possessiveEnd[k] = end
            if readsAsName(possessive: w) { asName.insert(m.text) }
        }
        // Most documents have no such name: only then is every mention's text read.
        guard !asName.isEmpty else { return }
        var bare = Set<String>()
        for (k, m) in mentions.enumerated() where possessiveEnd[k] == nil && asName.contains(m.text) {
            bare.insert(m.text)
        }
        let names = asName.subtracting(bare).filter { !isWrittenBare($0) }
        guard !names.isEmpty else { return }
        for (k, end) in possessiveEnd where names.contains(mentions[k].text) {
            var m = mentions[k]
            if let e = m.gazetteerEntry, index.gazetteer.entries[e].kind != .organization { continue }
            m.range = ByteRange(m.range.start, end)
            m.text = String(decoding: utf8[m.range.start..<end], as: UTF8.self)
            if m.kind != .organization {
                m.kind = .organization
                m.guessed = false
            }
            mentions[k] = m
        }
    }

    /// "Domino's Pizza", "Papa Jon's International": an owner's possessive before
    /// capitalised words ending in a trade's word or a company's (`tradeNameTail`,
    /// `companyNameTail`) is one company's name. Returns the end of that name
    /// when the possessive word `p` (of the run starting at `runStart`) opens one; a
    /// place's possessive owns what follows ("Britain's Royal Pizza").
    func possessiveCompanyEnd(_ p: Int, runStart: Int, _ hi: Int) -> Int? {
        var k = p + 1
        while k < hi, k - p <= 3, words[k].isCapitalized, !words[k].breakBefore, !words[k].isPossessive,
              !isCommonCapitalized(k) {
            k += 1
        }
        // A legal form after the possessive is read with the name's other mentions
        // (`keepPossessiveNames`: "Kohl's Corp" and "Kohl's said" are one company).
        guard k > p + 1, k >= hi || !words[k].isCapitalized, isWord(words[k - 1], of: Self.companyNameEnd),
              !isWord(words[k - 1], of: .legalForm),
              !lexicon.tables.demonymPlaces.contains(words[p], in: utf8) else { return nil }
        if let (entry, length) = index.match(words, at: runStart, limit: p + 1, in: utf8), runStart + length == p + 1,
           index.gazetteer.entries[entry].kind == .place { return nil }
        return k
    }

    private static let companyNameEnd: WordClasses = [.tradeNameTail, .companyNameTail]

    /// The possessive word a mention ends with and the byte past its "'s", unless it is a
    /// person's full name ("Ana Ruiz's plan").
    private func possessiveEnding(_ m: ActorMention) -> (word: Int, end: Int)? {
        // An apostrophe after the name, straight or curly, before any search for its word.
        guard m.range.end < utf8.count, utf8[m.range.end] == UInt8(ascii: "'") || utf8[m.range.end] == 0xE2,
              let w = wordEnding(at: m.range.end), words[w].isPossessive, !(m.kind == .person && m.wordCount >= 2),
              let end = PossessiveEnding.end(utf8, at: words[w].range.end) else { return nil }
        return (w, end)
    }

    /// The word whose last byte is just before `end`, if a word ends there.
    private func wordEnding(at end: Int) -> Int? {
        let k = words.partitioningIndex { $0.range.end >= end }
        return k < words.count && words[k].range.end == end ? k : nil
    }

    /// Whether what follows the possessive word `w` leaves no noun for a genitive to own:
    /// a stop or a comma, a verb or an auxiliary, a company's legal form, or "and" before
    /// another such name.
    private func readsAsName(possessive w: Int) -> Bool {
        let next = w + 1
        guard next < words.count, !words[next].lineStart else { return true }
        if words[next].breakBefore {
            // "Kohl's, the retailer", "at Kohl's." — but not a hyphen ("Kohl's-branded"),
            // nor a quotation's opening mark ("NBC's "Today" show" owns a title), nor an
            // amount ("Orvo's $24 billion sale" owns the sale).
            let before = words[next].range.start - 1
            if let spaced = PossessiveEnding.end(utf8, at: words[w].range.end), spaced < utf8.count, utf8[spaced] == 0x20,
               OpeningQuote.starts(utf8, at: spaced + 1) || CurrencySign.starts(utf8, at: spaced + 1) {
                return false
            }
            return utf8[before] != UInt8(ascii: "-")
        }
        let classes = lexicon.classes(words[next])
        if words[next].isCapitalized { return classes.contains(.companySuffix) }
        if spells(next, "and") || spells(next, "or") {
            return next + 1 < words.count && words[next + 1].isCapitalized && words[next + 1].isPossessive
                && !words[next + 1].breakBefore && readsAsName(possessive: next + 1)
        }
        guard classes.isDisjoint(with: .ambiguousPast) else { return false }
        if !classes.isDisjoint(with: [.perfectAuxiliary, .pastPerfectAuxiliary, .passiveBe]) { return true }
        // "Kohl's plans", "Kohl's reports": a word in "-s" may be a plural noun a genitive owns.
        if words[next].lowerEnds(with: "s", in: utf8) { return false }
        if !classes.isDisjoint(with: [.actingAfterIt, .pastVerb, .reportingVerb]) { return true }
        // "Kohl's reaffirmed its outlook", "Kohl's posted 64 cents": an "-ed" form before a
        // word of the grammar or a number is the clause's verb, where before a word of the
        // content it is an adjective a genitive may own ("Kohl's expanded stores").
        guard words[next].lowerEnds(with: "ed", in: utf8), next + 1 < words.count, !words[next + 1].breakBefore
        else { return false }
        return words[next + 1].hasDigit || isWord(words[next + 1], of: .grammarWord)
    }

    /// Whether a one-word name is also written capitalised without "'s" in the document,
    /// outside the mentions ("Hale" in a headline the scan left alone).
    private func isWrittenBare(_ name: String) -> Bool {
        guard !name.contains(" ") else { return false }
        let hash = WordHash.of(name.lowercased())
        return words.contains { $0.lowerHash == hash && $0.isCapitalized && !$0.isPossessive }
    }
}
