extension ReferenceScan {
    /// "Russian forces said", "Ukrainian drones struck", "the Ukrainians": the country acts.
    /// Only a country the document names; a nationality before a name or title
    /// ("Russian President X") is that person's, not the country's doing.
    func nationality(at k: Int, sentenceEnd: Int) -> Int? {
        let w = words[k]
        // "the Russians", "the Israelis": the nation as one side.
        if k > sentenceStartWord, words[k - 1].spells("the", in: utf8), !w.breakBefore,
           case let lower = w.lower(utf8), lower.hasSuffix("s"),
           let country = resolver.country(ofDemonym: String(lower.dropLast())) {
            record(country, words: k, k, free: !governed(k - 1))
            return k + 1
        }
        guard !resolver.lexicon.classes(w).isDisjoint(with: .demonym), let country = resolver.country(ofDemonym: w.lower(utf8))
        else { return nil }
        var j = k + 1
        // One modifier may come between: "Russian armed forces", "Ukrainian air defences".
        for _ in 0..<2 {
            guard j < words.count, words[j].range.end <= sentenceEnd, !words[j].breakBefore,
                  !words[j].isCapitalized else { return nil }
            if case .stateAgent? = referenceWord(words[j]) {
                record(country, words: k, k, free: !governed(k))
                return j + 1
            }
            j += 1
        }
        return nil
    }
}
