extension ReferenceScan {
    /// he/she/his/her → a person of no other known gender; it/its → an organization,
    /// product or place ("it" only when it acts: "it said", not "it is likely"); they/their
    /// → the two people just named together. See `nearest` for recency and ties.
    func pronoun(_ p: Pronoun, at k: Int, sentenceEnd: Int) {
        let free = !p.isPossessive && !governed(k)
        switch p.agreement {
        case .person:
            guard let a = nearest(before: words[k].range.start, reach: 2, excludingSubjectHere: p.isObject, { a in
                self.kind(a) == .person && (self.gender[a] == nil || self.gender[a] == p.gender)
            }) else { return }
            if let g = p.gender { gender[a] = g }
            record(a, words: k, k, free: free)
        case .thing:
            if !p.isPossessive && words[k].spells("it", in: utf8) {
                guard k + 1 < words.count, words[k + 1].range.end <= sentenceEnd, !words[k + 1].breakBefore,
                      resolver.lexicon.classes(words, k + 1).contains(.actingAfterIt) else { return }
            }
            guard let a = nearest(before: words[k].range.start, reach: 2, { a in self.kind(a) != .person })
            else { return }
            record(a, words: k, k, free: free)
        case .group:
            guard let g = groups.last, sentence - g.sentence <= 1 else { return }
            groups[groups.count - 1].sentence = sentence
            // A nearer plural (another pair named since) would make it ambiguous: only the last.
            for a in g.actors { record(a, words: k, k, free: free) }
        }
    }
}
