extension ReferenceScan {
    /// "the planemaker", "the chief executive", "the Russian leader", "the company", "the
    /// pair": the actor last introduced with that role or, for a business or a public body
    /// never given one, the nearest of that kind. Returns the next word to read, or nil when
    /// "the" starts no such description.
    func description(at k: Int, sentenceEnd: Int) -> Int? {
        if lastNamedEnd >= 0, words[k].range.start - lastNamedEnd == 2, utf8[lastNamedEnd] == UInt8(ascii: ",") {
            return nil
        }
        // "the Waterloo, Ont.-based company": where it is based says no more than "the
        // company" does about which one it is.
        let located = locatedModifierEnd(after: k, sentenceEnd: sentenceEnd)
        var j = located ?? k + 1
        var demonym: String? = nil
        var role: (word: Int, cls: RoleClass)? = nil
        var modifiers = 0
        while j < words.count, words[j].range.end <= sentenceEnd, !words[j].breakBefore, j <= k + 4 {
            let w = words[j]
            if case .role(let cls)? = referenceWord(w), !w.isCapitalized || w.isAllCaps {
                role = (j, cls)
                if w.isPossessive { break }
                j += 1
                continue
            }
            if role != nil { break }
            if case .pairNoun? = referenceWord(w) { return pair(at: k, j, sentenceEnd: sentenceEnd) }
            if w.isCapitalized && !resolver.lexicon.classes(w).isDisjoint(with: .demonym) && demonym == nil {
                demonym = w.lower(utf8)
            } else if w.isCapitalized || w.hasDigit || modifiers == 2
                        || !resolver.lexicon.classes(w).isDisjoint(with: descriptionEnds) {
                break
            } else {
                modifiers += 1
            }
            j += 1
        }
        guard let (r, cls) = role else { return headMatch(at: k, sentenceEnd: sentenceEnd) }
        // "the planemaker Acme": the name follows; it teaches the role itself.
        if r + 1 < words.count, !words[r + 1].breakBefore, words[r + 1].isCapitalized { return nil }
        let key = words[r].lower(utf8)
        let free = !governed(k)
        var actor: Int? = nil
        switch cls {
        case .person:
            actor = latest { a in
                self.kind(a) == .person && self.hasRole(a, key)
                    && (demonym == nil || self.nationality[a] == demonym)
            }
        case .company:
            // "the computer company" says more than "the company": only an actor introduced
            // with that role, not merely the nearest business. A place never is one, though
            // a role noun may follow it ("On Wall Street, company shares fell"), nor is a
            // product ("... of the Zpod 7," the company said).
            actor = latest { a in
                self.kind(a) != .person && self.kind(a) != .place && self.kind(a) != .product && self.hasRole(a, key)
            }
            if actor == nil && modifiers == 0 {
                let operates = resolver.lexicon.classes(words[r]).contains(.operatorRole)
                actor = nearest(before: words[k].range.start, reach: 3, skippingSources: true) { a in
                    self.kind(a) == .organization && !self.isPublicBody(a) && !(operates && self.makers.contains(a))
                }
            }
        case .institution:
            actor = latest { self.kind($0) == .organization && self.hasRole($0, key) }
                ?? latest { self.kind($0) == .organization && self.nameHasWord($0, key) }
        }
        guard let a = actor else { return nil }
        record(a, words: k, r, free: free)
        return r + 1
    }

    /// The word after "Waterloo, Ont.-based" or "Chicago-based" when such a phrase follows
    /// the article at `k`: capitalised words (and the commas and stops of a place's name),
    /// then "based" joined by a hyphen.
    func locatedModifierEnd(after k: Int, sentenceEnd: Int) -> Int? {
        var j = k + 1
        guard j < words.count, words[j].isCapitalized, !words[j].breakBefore else { return nil }
        while j < words.count, words[j].range.end <= sentenceEnd, j <= k + 5 {
            let w = words[j]
            // "Chicago-based" is one word; "Ont.-based" two.
            if w.lowerEnds(with: "-based", in: utf8)
                || w.spells("based", in: utf8) && w.range.start > 0 && utf8[w.range.start - 1] == UInt8(ascii: "-") {
                return j + 1
            }
            guard w.isCapitalized else { return nil }
            j += 1
        }
        return nil
    }

    /// "the store" after "zTunes Music Store", "the system" after "Orbis Payment System": the
    /// product or organization of this or the three sentences before whose name ends with
    /// that noun.
    func headMatch(at k: Int, sentenceEnd: Int) -> Int? {
        let h = k + 1
        guard h < words.count, words[h].range.end <= sentenceEnd, !words[h].breakBefore, !words[h].isCapitalized,
              !words[h].hasDigit, words[h].range.length >= 3 else { return nil }
        // "the store's", "the store said"; not "the store manager".
        if h + 1 < words.count, !words[h + 1].breakBefore, !words[h].isPossessive, !words[h + 1].isCapitalized {
            let next = words[h + 1]
            let verbLike = !resolver.lexicon.classes(next).isDisjoint(with: .nounFollower)
                || next.lowerEnds(with: "ed", in: utf8) || next.lowerEnds(with: "ing", in: utf8)
                || next.lowerEnds(with: "s", in: utf8)
            if !verbLike { return nil }
        }
        let head = words[h].lower(utf8)
        guard let a = nearest(before: words[k].range.start, reach: 3, { a in
            let kind = self.kind(a)
            return (kind == .product || kind == .organization) && self.resolver.heads[a] == head
                && self.resolver.actors[a].name.contains(" ")
        }) else { return nil }
        record(a, words: k, h, free: !governed(k))
        return h + 1
    }


    /// "the pair", "the two men": the two people last named together, within two sentences.
    func pair(at k: Int, _ noun: Int, sentenceEnd: Int) -> Int? {
        var last = noun
        if words[noun].spells("two", in: utf8) {
            guard noun + 1 < words.count, !words[noun + 1].breakBefore,
                  resolver.lexicon.classes(words, noun + 1).contains(.pairedPeople)
            else { return nil }
            last = noun + 1
        }
        guard let g = groups.last, sentence - g.sentence <= 2 else { return nil }
        groups[groups.count - 1].sentence = sentence
        let free = !governed(k)
        for a in g.actors { record(a, words: k, last, free: free) }
        return last + 1
    }

    /// A ministry, agency, council ...: not what "the company" means.
    func isPublicBody(_ actor: Int) -> Bool {
        let a = resolver.actors[actor]
        return ([a.name] + a.aliases).contains { n in
            n.split(separator: " ").contains { resolver.lexicon.classes(lower: $0.lowercased()).contains(.institutionRole) }
        }
    }

    func nameHasWord(_ actor: Int, _ lower: String) -> Bool {
        let a = resolver.actors[actor]
        return ([a.name] + a.aliases).contains { n in
            Self.plainNameHasWord(n, lower) ?? n.split(separator: " ").contains { $0.lowercased() == lower }
        }
    }

    /// Whether a plain ASCII name has a word that is `lower` once lowered, read from the
    /// bytes (no String per word); nil for any other name.
    static func plainNameHasWord(_ name: String, _ lower: String) -> Bool? {
        let n = Array(name.utf8), l = Array(lower.utf8)
        guard n.allSatisfy({ $0 < 0x80 }) else { return nil }
        var k = 0
        while k < n.count {
            var end = k
            while end < n.count, n[end] != 0x20 { end += 1 }
            if end > k, end - k == l.count, (0..<l.count).allSatisfy({ n[k + $0].asciiLowercased == l[$0] }) { return true }
            k = end + 1
        }
        return false
    }
}
