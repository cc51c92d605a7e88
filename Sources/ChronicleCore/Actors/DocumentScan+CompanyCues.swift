/// Cues that a one-word name is a company, read from the whole document once its
/// mentions are found: "Corvane shares rose", "shares of Corvane", "Zentrix Inc.", and a
/// speaker known by one word in a text that speaks of "the company".
extension DocumentScan {
    func gatherCompanyCues() {
        var speakers: [Int] = []  // one-word speakers guessed to be persons
        for k in mentions.indices where mentions[k].wordCount == 1 && mentions[k].kind == .person
            && mentions[k].guessed && mentions[k].gazetteerEntry == nil {
            speakers.append(k)
        }
        var speaksOfACompany = false
        // Words are told by their hash first: this pass reads every word of the text.
        let shares = WordHash.of("shares"), stock = WordHash.of("stock"), of = WordHash.of("of")
        let the = WordHash.of("the"), its = WordHash.of("its")
        func isWord(_ k: Int, _ hash: UInt64, _ lower: String) -> Bool {
            words[k].lowerHash == hash && words[k].lowerEquals(lower, in: utf8)
        }
        for k in words.indices {
            if words[k].isCapitalized, let name = ownerOfCompanyThings(k) {
                companies.insert(name)
            }
            let classes = lexicon.classes(words, k)
            if words[k].isCapitalized, classes.contains(.companySuffix) {
                // "Zentrix Inc." (the suffix is a stop word, left out of the name itself)
                if k > 0, !words[k].breakBefore, let name = loneName(at: k - 1, after: k) {
                    companies.insert(name)
                }
            } else if isWord(k, shares, "shares") || isWord(k, stock, "stock") {
                // "Shares of Corvane rose" too: a sentence's first word is capitalised.
                if let name = loneNameBefore(k, orLonger: true) { companies.insert(name) }
                if k + 2 < words.count, isWord(k + 1, of, "of"), !words[k + 1].breakBefore,
                   let name = loneName(at: k + 2) ?? shortName(from: k + 2) {
                    companies.insert(name)
                }
            } else if classes.contains(.companyNoun), k > 0, !words[k].breakBefore,
                      isWord(k - 1, the, "the") || isWord(k - 1, its, "its") {
                speaksOfACompany = true
            } else if classes.contains(.companyAsset), !words[k].isCapitalized, let name = loneNameBefore(k) {
                // "Orvo shareholders voted", "Orvo revenue rose": what only a company has.
                companies.insert(name)
            }
        }
        // "Vandel Computer launched ... Vandel said": a company's one-word short name is
        // the company, alone too.
        for m in mentions where m.kind == .organization && m.wordCount >= 2 && !m.guessed {
            let short = CompanyShortName.of(m.text, lexicon: lexicon)
            if short.utf8.count < m.text.utf8.count, !short.utf8.contains(0x20) { companies.insert(String(short)) }
        }
        guard speaksOfACompany, !speakers.isEmpty else { return }
        // A person is introduced by a full name or a title; one known only as a speaker
        // by one word, in a text about a company, is the company.
        var cuedPeople = Set<String>()
        for m in mentions where m.kind == .person && !m.guessed { cuedPeople.insert(m.text) }
        for k in speakers where !cuedPeople.contains(mentions[k].text) { companies.insert(mentions[k].text) }
    }

    /// A lone name that owns what only companies own: "Corvane's chief executive", "Corvane's
    /// board", or "its" in its own clause ("Corvane recalled 6,000 of its cars"; people
    /// have "his" and "her").
    private func ownerOfCompanyThings(_ k: Int) -> String? {
        guard !words[k].hasDigit else { return nil }
        if words[k].isPossessive {
            for j in (k + 1)..<min(words.count, k + 3) where !words[j].breakBefore {
                if !lexicon.classes(words, j).isDisjoint(with: [.companyAsset, .corporateTitle]) {
                    return loneName(at: k)
                }
                if !spells(j, "chief") { break }
            }
            return nil
        }
        guard words[k].breakBefore || words[k].afterStop, !isCommonCapitalized(k) else { return nil }
        var j = k + 1
        while j < min(words.count, k + 7) {
            if words[j].afterStop || words[j].isCapitalized { return nil }
            if spells(j, "its") { return j > k + 1 ? loneName(at: k) : nil }
            if spells(j, "his") || spells(j, "her") || spells(j, "their") { return nil }
            j += 1
        }
        return nil
    }

    /// "Corvane shares", "Corvane's stock": the single capitalised word before `k`, unless
    /// the word at `k` is a verb ("Hale shares a post", "Hale's shares in Corvane").
    /// `orLonger`: a name of two or three words too, when not possessive ("Dorvin Kessler
    /// shares rose").
    private func loneNameBefore(_ k: Int, orLonger: Bool = false) -> String? {
        guard k >= 1, !words[k].breakBefore || words[k - 1].isPossessive,
              let name = loneName(at: k - 1) ?? (orLonger && !words[k - 1].isPossessive ? shortName(endingAt: k - 1) : nil)
        else { return nil }
        if k + 1 < words.count, isWord(words[k + 1], of: .objectOpener) { return nil }
        return name
    }

    /// The text of a capitalised word at `k` that stands alone (no capitalised neighbour
    /// in the same run).
    /// `suffix`, when given, is a capitalised word allowed right after it.
    private func loneName(at k: Int, after suffix: Int? = nil) -> String? {
        guard words[k].isCapitalized, !words[k].isAllCaps, !isCommonCapitalized(k) else { return nil }
        if k > 0, !words[k].breakBefore, words[k - 1].isCapitalized { return nil }
        if k + 1 < words.count, k + 1 != suffix, !words[k + 1].breakBefore, words[k + 1].isCapitalized { return nil }
        return text(k)
    }

    /// "shares of Dorvin Kessler", "Dorvin Kessler shares": the two or three capitalised
    /// words of one name from `k` on, or ending at `k`, no sentence word among them. A
    /// person's full name owns shares too ("Ana Ruiz's shares"): a possessive is no cue
    /// for such a name.
    private func shortName(from k: Int) -> String? {
        var end = k
        while end < words.count, end - k < 4, isNameWord(end), end == k || !words[end].breakBefore {
            end += 1
            if words[end - 1].isPossessive { break }
        }
        guard (2...3).contains(end - k), end == words.count || words[end].breakBefore || !isNameWord(end)
        else { return nil }
        return text(k, end)
    }

    private func shortName(endingAt k: Int) -> String? {
        var start = k
        while start > 0, k - start < 3, !words[start].breakBefore, isNameWord(start - 1), !words[start - 1].isPossessive {
            start -= 1
        }
        guard (2...3).contains(k + 1 - start), isNameWord(k),
              start == 0 || words[start].breakBefore || !isNameWord(start - 1) || words[start - 1].isPossessive
        else { return nil }
        return text(start, k + 1)
    }

    private func isNameWord(_ k: Int) -> Bool {
        words[k].isCapitalized && !words[k].hasDigit && !isCommonCapitalized(k) && !isPersonTitle(k)
    }

    /// Every run of two or more capitalised words (of at most four) that ends right before
    /// a capitalised `companyNameTail` or `companySuffix` word, and each of its tails of two
    /// words or more: the names a company is called by without that word.
    func namesBeforeCompanyTail() -> Set<String> {
        var out = Set<String>()
        let tails = WordClasses.companyNameTail.union(.companySuffix)
        for k in words.indices.dropFirst() where words[k].isCapitalized && !words[k].breakBefore && isWord(words[k], of: tails) {
            var first = k
            while first > 0, k - first < 4, words[first - 1].isCapitalized, !words[first].breakBefore,
                  !words[first - 1].isPossessive {
                first -= 1
            }
            guard k - first >= 2 else { continue }
            for start in first...(k - 2) { out.insert(text(start, k)) }
        }
        return out
    }
}
