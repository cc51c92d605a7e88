extension ReferenceScan {
    /// he/she/his/her → a person of no other known gender; it/its → an organization,
    /// product or place ("it" only when it acts: "it said", not "it is likely"); they/their
    /// → the two people just named together. See `nearest` for recency and ties.
    func pronoun(_ p: Pronoun, at k: Int, sentenceEnd: Int) {
        let free = !p.isPossessive && !governed(k)
        switch p.agreement {
        case .person:
            // "“Dana Orsk is smart,” he said": no one named inside a quotation is its speaker.
            let position = quotationOpening(before: k) ?? words[k].range.start
            let accept = { (a: Int) in self.kind(a) == .person && (self.gender[a] == nil || self.gender[a] == p.gender) }
            // "Ana Roe hired him", "Ana Roe put pressure on him": an object never stands for
            // the subject of its own clause, the last free candidate before it with no
            // clause opening between ("Ana Roe said that the panel had cleared him").
            var subject: Int? = nil
            if p.isObject || (p.isPossessive && ownsNothing(k)),
               let last = candidates(in: sentence, before: position, accept).last(where: \.free),
               !clauseOpens(after: last.position, before: k) {
                subject = last.actor
            }
            guard let a = nearest(before: position, reach: 2, excluded: subject, accept) else { return }
            if let g = p.gender { gender[a] = g }
            record(a, words: k, k, free: free)
        case .thing:
            if !p.isPossessive && words[k].spells("it", in: utf8) {
                guard k + 1 < words.count, words[k + 1].range.end <= sentenceEnd, !words[k + 1].breakBefore,
                      resolver.lexicon.classes(words, k + 1).contains(.actingAfterIt) || isPassiveOfThing(k, sentenceEnd)
                else { return }
            }
            guard let a = nearest(before: words[k].range.start, reach: 2, skippingSources: true,
                                  { a in self.kind(a) != .person }) else { return }
            record(a, words: k, k, free: free)
        case .group:
            guard let g = groups.last, sentence - g.sentence <= 1 else { return }
            groups[groups.count - 1].sentence = sentence
            // A nearer plural (another pair named since) would make it ambiguous: only the last.
            for a in g.actors { record(a, words: k, k, free: free) }
        }
    }
}

extension ReferenceScan {
    /// "directed her to commit", "told her that", "against her.": a possessive's form ("her")
    /// before no noun of its own is the object pronoun, never its clause's subject.
    func ownsNothing(_ k: Int) -> Bool {
        guard k + 1 < words.count, !words[k + 1].breakBefore else { return true }
        return !resolver.lexicon.classes(words, k + 1).isDisjoint(with: [.preposition, .determiner])
    }

    /// Whether a `clauseOpener` word ("that", "if", "when") stands between byte `position`
    /// and word `k`.
    func clauseOpens(after position: Int, before k: Int) -> Bool {
        var j = k - 1
        while j >= sentenceStartWord, words[j].range.start > position {
            if resolver.lexicon.classes(words, j).contains(.clauseOpener) { return true }
            j -= 1
        }
        return false
    }

    /// Where the quotation that closes right before word `k` opens, when it opens in the
    /// same sentence; nil when no quotation closes there.
    func quotationOpening(before k: Int) -> Int? {
        guard k > 0, k - 1 >= sentenceStartWord else { return nil }
        let gap = words[k - 1].range.end..<words[k].range.start
        guard gap.contains(where: { closesQuotation(at: $0, before: gap.upperBound) }) else { return nil }
        var i = gap.lowerBound - 1
        let floor = max(0, words[sentenceStartWord].range.start - 3)
        while i >= floor {
            if OpeningQuote.starts(utf8, at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// A straight quotation mark or a closing curly one (”) at byte `i`, ending before `limit`.
    private func closesQuotation(at i: Int, before limit: Int) -> Bool {
        if utf8[i] == UInt8(ascii: "\"") { return true }
        return i + 2 < limit && utf8[i] == 0xE2 && utf8[i + 1] == 0x80 && utf8[i + 2] == 0x9D
    }

    /// "It is slated for a June release", "it was founded in 1998", "it was bought by Acme":
    /// "it" as the subject of a passive with a preposition after it is a thing already met.
    /// Followed by "that" ("it is expected that"), or after an adjective ("it is likely to"),
    /// it is the empty "it".
    func isPassiveOfThing(_ k: Int, _ sentenceEnd: Int) -> Bool {
        guard k + 3 < words.count, words[k + 3].range.end <= sentenceEnd,
              !(k + 1...k + 3).contains(where: { words[$0].breakBefore }),
              words[k + 1].spells("is", in: utf8) || words[k + 1].spells("was", in: utf8) else { return false }
        let lexicon = resolver.lexicon
        let verb = lexicon.classes(words, k + 2)
        let participle = verb.contains(.pastParticiple) || verb.contains(.pastVerb)
            || (words[k + 2].lower(utf8).hasSuffix("ed") && words[k + 2].range.length >= 5 && !verb.contains(.notPastVerb))
        let next = lexicon.classes(words, k + 3)
        return participle && next.contains(.preposition) && !next.contains(.listJoiner)
    }
}
