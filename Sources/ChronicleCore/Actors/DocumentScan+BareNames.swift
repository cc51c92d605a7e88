/// One word inside a sentence that the text never writes in lower case ("On Monday Orvala
/// cut fares", "shares in Orvala fell") is a name even when no cue tells what it names.
extension DocumentScan {
    /// The verdict on the one word at `k` when it is such a name: of a kind still unknown
    /// (see `ActorMention.guessed`), or a place's when it follows a place and a comma ("in
    /// Lima, Peru"), owns a region ("Peru's Cusco region") or stands beside a common noun
    /// for a place ("Luzon island", "the island of Luzon"); a product's after a verb of
    /// making or after a product and "and". Nil when it is no such name:
    /// after a determiner, opening a quotation ("\"Stop me if ..."), beside a number
    /// ("Section 230", "2 GHz"), a given name alone, or a compound with a lower-case part.
    func bareName(_ k: Int, _ run: RunContext) -> RunVerdict? {
        guard isBareName(k, run) else { return nil }
        if madeByVerb(k, k + 1, run) || listedAfterProduct(k, run) { return .kind(.product, guessed: true) }
        let place = isRegionOfPlace(k, run.hi) || ownsARegion(k, run.hi) || isBesidePlaceNoun(k, run)
        return .kind(place ? .place : nil, guessed: true)
    }

    private func isBareName(_ k: Int, _ run: RunContext) -> Bool {
        let w = words[k]
        guard k > run.lo, !w.afterStop, !w.hasDigit, !lowerVocabulary.contains(w, in: utf8),
              !isWord(w, of: [.determiner, .givenName]), !isWord(words[k - 1], of: .determiner),
              !words[k - 1].hasDigit, !(k + 1 < run.hi && words[k + 1].hasDigit) else { return false }
        // "UK-to-UK", "Kyiv-backed": a lower-case part joined by a hyphen makes a compound word.
        for i in w.range.start..<w.range.end - 1 where utf8[i] == UInt8(ascii: "-") && WordScanner.isLowerASCII(utf8[i + 1]) {
            return false
        }
        var b = w.range.start
        while b > 1, utf8[b - 1] == 0x20 { b -= 1 }
        return !OpeningQuote.ends(utf8, before: b, singles: true)
    }

    /// After a place and a comma, and before a break or a date ("in the United States,
    /// Virgin will be ..." goes on as a clause of its own).
    private func isRegionOfPlace(_ k: Int, _ hi: Int) -> Bool {
        let at = words[k].range.start
        guard at >= 2, utf8[at - 2] == UInt8(ascii: ","), utf8[at - 1] == 0x20, let last = mentions.last,
              last.kind == .place, last.range.end == at - 2 else { return false }
        return k + 1 >= hi || words[k + 1].breakBefore || isCalendarWord(k + 1)
    }

    private func ownsARegion(_ k: Int, _ hi: Int) -> Bool {
        guard words[k].isPossessive, k + 2 < hi, words[k + 1].isCapitalized else { return false }
        return lowerHead(after: k + 2, hi) != nil
    }

    /// "Luzon island", "the island of Luzon", "the counties of Yilan and Hualien".
    private func isBesidePlaceNoun(_ k: Int, _ run: RunContext) -> Bool {
        if k + 1 < run.hi, !words[k + 1].breakBefore, !words[k].isPossessive, isWord(words[k + 1], of: .placeNoun) {
            return true
        }
        var of = k - 1
        // The second name of a list after the noun: "of Yilan and Hualien".
        if of - 2 > run.lo, isWord(words[of], of: .listJoiner), words[of - 1].isCapitalized { of -= 2 }
        return of - 1 >= run.lo && spells(of, "of") && isWord(words[of - 1], of: .placeNoun)
    }
}
