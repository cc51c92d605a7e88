import Algorithms

/// Finds the people, places and organizations named in one document, by rule, with the
/// gazetteer as a shortcut for names it knows.
///
/// A name is a run of capitalised words (with "of", "for", "de"... inside). Leading
/// sentence words, demonyms and titles are stripped ("Ukrainian President Volodymyr
/// Zelenskyy" gives the person "Volodymyr Zelenskyy"); what is left is classified by its
/// head word ("... Ministry", "... region"), by a title or "X said", by the preposition
/// before it ("in X"), by a given name, or left open for the resolver. Headline-case lines
/// only keep names met elsewhere, so "Stalled Peace Talks" is no actor.
public struct MentionRecognizer: Sendable {
    let index: GazetteerIndex
    /// The words of the rules: calendar words, time zones, speech verbs.
    let lexicon: Lexicon

    public init(gazetteer: Gazetteer, lexicon: Lexicon = .bundled) {
        self.index = GazetteerIndex(gazetteer)
        self.lexicon = lexicon
    }

    public var gazetteer: Gazetteer { index.gazetteer }

    public func mentions(in utf8: [UInt8], sentences: [ByteRange]) -> [ActorMention] {
        mentions(in: utf8, tokens: DocumentTokens(utf8), sentences: sentences)
    }

    /// The same, reading the document's words from its tokens (see `DocumentTokens`).
    func mentions(in utf8: [UInt8], tokens document: DocumentTokens, sentences: [ByteRange]) -> [ActorMention] {
        let words = document.tokens
        // Lower-case uses of words also written capitalised ("Compounding ... compounding",
        // "Social Security ... security"): common words, whatever case a sentence start or
        // a phrase gives them.
        var openers = SpellingsMet(words, expectedCount: words.count / 8)
        for k in words.indices where words[k].isCapitalized { openers.insert(k, in: utf8) }
        var lowerVocabulary = LowerWordSet()
        for k in words.indices where !words[k].isCapitalized && !words[k].hasDigit
            && words[k].isLowercase(in: utf8) && openers.contains(words[k], in: utf8) {
            lowerVocabulary.insert(words[k], in: utf8)
        }
        let scan = DocumentScan(utf8: utf8, words: words, lowerVocabulary: lowerVocabulary,
                                index: index, lexicon: lexicon)
        scan.textWraps = document.wraps
        var spans: [(lo: Int, hi: Int, headline: Bool)] = []
        var cursor = 0
        var previous: ByteRange? = nil
        for sentence in sentences {
            defer { previous = sentence }
            while cursor < words.count && words[cursor].range.start < sentence.start { cursor += 1 }
            var end = cursor
            while end < words.count && words[end].range.end <= sentence.end { end += 1 }
            if end > cursor {
                let headline = scan.isHeadline(cursor, end)
                // "SAN JOSE (AP) — Disgraced Velnor CEO ...": the story's sentence starts after
                // its wire dateline, and its first word is capitalised as any sentence's is.
                if !headline, let story = datelineEnd(utf8, sentence, after: previous),
                   let first = (cursor..<end).first(where: { words[$0].range.start >= story }), first > cursor {
                    spans.append((cursor, first, false))
                    spans.append((first, end, false))
                    scan.storyStarts.insert(first)
                } else {
                    spans.append((cursor, end, headline))
                }
            }
            cursor = end
        }
        // Names met in the body are only worth remembering when a headline will ask.
        scan.remembersNames = spans.contains { $0.headline }
        for span in spans where !span.headline { scan.recognize(span.lo, span.hi, keepOnlyKnown: false) }
        for span in spans where span.headline { scan.recognizeHeadline(span.lo, span.hi) }
        scan.readStockListings()
        scan.readBareTickers()
        scan.readKnownAs()
        scan.readMarketMoves()
        scan.dropFlightCodes()
        scan.gatherCompanyCues()
        scan.settleUndecidedFullNames()
        let fullNames = scan.fullNamesBySurname()
        scan.settleCompanies(fullNames: fullNames)
        // A company named with its "'s" ("Kohl's") is whole before it joins a list.
        scan.keepPossessiveNames()
        scan.settleListKinds()
        scan.settleArticleSurnames(fullNames: fullNames)
        scan.settleOpeningWordsBeforeSurnames(fullNames: fullNames)
        scan.releaseSurnamesOfOthers(fullNames: fullNames)
        return scan.mentions.sorted { $0.range < $1.range }.reindexedLinks(from: scan.mentions)
    }
}

extension MentionRecognizer {
    /// Where the story's sentence starts after a wire dateline in `sentence`, or in the
    /// sentence before it and this one together: a region's short form ends a sentence of
    /// its own ("SAN JOSE, Calif." | "(AP) — Shares ...").
    func datelineEnd(_ utf8: [UInt8], _ sentence: ByteRange, after previous: ByteRange?) -> Int? {
        if let end = WireDateline.end(utf8, sentence, lexicon: lexicon) { return end }
        guard let previous, sentence.start - previous.start <= WireDateline.reach,
              let end = WireDateline.end(utf8, ByteRange(previous.start, sentence.end), lexicon: lexicon),
              end >= sentence.start else { return nil }
        return end
    }
}

extension Array where Element == ActorMention {
    /// Sorting moves mentions; links are indices, so they are rewritten to follow.
    fileprivate func reindexedLinks(from original: [ActorMention]) -> [ActorMention] {
        guard original.contains(where: { $0.linkedTo != nil }) else { return self }
        // The last mention with that range, by binary search: the mentions are sorted by
        // range already, so no dictionary of ranges is needed.
        func position(_ range: ByteRange) -> Int? {
            let lo = partitioningIndex { range < $0.range }
            return lo > 0 && self[lo - 1].range == range ? lo - 1 : nil
        }
        return map { m in
            var m = m
            if let l = m.linkedTo { m.linkedTo = position(original[l].range) }
            return m
        }
    }
}
