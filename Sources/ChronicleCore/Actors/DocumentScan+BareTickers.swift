/// A ticker in brackets right after a company's name, with no exchange before it:
/// "Velcor (VLCR)", "Velcor's (VLCR) listing". It is another name of the company, as a
/// listing's ticker is ("(NYSE: VLCR)", see `readStockListings`), not an actor of its own.
extension DocumentScan {
    func readBareTickers() {
        for k in words.indices {
            let w = words[k]
            guard w.isAllCaps, !w.hasDigit, (2...5).contains(w.range.length), w.range.start > 0,
                  utf8[w.range.start - 1] == UInt8(ascii: "("), w.range.end < utf8.count,
                  utf8[w.range.end] == UInt8(ascii: ")"),
                  let ticker = mentions.firstIndex(where: { $0.range == w.range }), mentions[ticker].linkedTo == nil,
                  let company = mentionEnding(beforeBracketAt: w.range.start - 1),
                  mentions[company].kind == .organization || mentions[company].kind == nil,
                  !endsLongerName(mentions[company]) else { continue }
            mentions[ticker].linkedTo = company
        }
    }

    /// "People's Party for Freedom and Democracy (VVD)": a name read as the last part of a
    /// longer one, after a small word a name may hold (`acronymJoiner`, `nameParticle`) and
    /// a capitalised word, is not what the bracket names.
    private func endsLongerName(_ m: ActorMention) -> Bool {
        guard let first = words.firstIndex(where: { $0.range.start == m.range.start }), first >= 2,
              !words[first].breakBefore, !words[first - 1].isCapitalized else { return false }
        return isWord(words[first - 1], of: Self.nameJoiners) && !words[first - 1].breakBefore
            && words[first - 2].isCapitalized
    }

    private static let nameJoiners = WordClasses.acronymJoiner.union(.nameParticle)
}
