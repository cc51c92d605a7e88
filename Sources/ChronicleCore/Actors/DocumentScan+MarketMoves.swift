import Algorithms

/// A name that rises or falls by a share: "Halvard fell 3.7%", "Velmot Harrow rose 5.7 per
/// cent", "Corvane was 3.3% lower", "with Orsa and Velm falling more than 1%". People do
/// not move by percentages; a company's shares do, so a name nothing else classifies is a
/// company, and so is each name of a list that moves together ("Orsa, Tarn Vell and
/// Halvard each added 2%"). A known index or product keeps its kind, and so does a name of
/// two words or more read as a product ("Velo 100 rose 1%"), but one word of letters and
/// digits that moves is a company's code of a name ("V4S fell 2%"), no model: models are
/// not traded.
extension DocumentScan {
    func readMarketMoves() {
        for k in mentions.indices where mayMove(k) || mayMoveInAside(k) {
            var next = words.partitioningIndex { $0.range.start >= mentions[k].range.end }
            while next < words.count, !words[next].breakBefore, isWord(words[next], of: .marketMoveFiller) { next += 1 }
            guard next < words.count,
                  !words[next].breakBefore ? mayMove(k) && movesByAShare(from: next) : movesAfterComma(k, next)
            else { continue }
            if mentions[k].wordCount == 1 {
                let first = words.partitioningIndex { $0.range.start >= mentions[k].range.start }
                if first == 0 || words[first].afterStop || words[first].lineStart,
                   !capitalizedInProse.contains(words[first].lowerHash), isCommonMover(words[first]) { continue }
            }
            markMover(k)
            // The list ends with its "and" or "or"; commas join the names before.
            var j = k
            var joint = ListJoint.conjunction
            while j > 0, listJoint(from: mentions[j - 1].range.end, to: mentions[j].range.start) == joint {
                j -= 1
                if mayMove(j) { markMover(j) }
                joint = .comma
            }
        }
    }

    private func mayMove(_ k: Int) -> Bool {
        mentions[k].gazetteerEntry == nil
            && (mentions[k].kind == nil || mentions[k].guessed || mentions[k].kind == .product)
            && (mentions[k].kind != .product || mentions[k].wordCount == 1)
    }

    /// "gains in Orvane, up 1.7 percent": a name read as a place by the word before it only
    /// is a company when its move by a share follows in an aside.
    private func mayMoveInAside(_ k: Int) -> Bool {
        mentions[k].gazetteerEntry == nil && mentions[k].kind == .place
    }

    private func markMover(_ k: Int) {
        companies.insert(mentions[k].text)
        mentions[k].kind = .organization
        mentions[k].guessed = false
    }

    /// "Sales fell 3%", "Banks rose 2%", "Oil fell 1%": a sentence's first word is
    /// capitalised whatever it is, and alone it may be a common noun that moves by a share:
    /// a plural, or a `marketQuantity`. Any other word the text never writes in lower case
    /// ("Tesco fell 3.7%") is a name.
    private func isCommonMover(_ w: Token) -> Bool {
        (w.lowerEnds(with: "s", in: utf8) && !w.lowerEnds(with: "ss", in: utf8)) || isWord(w, of: .marketQuantity)
    }

    /// "fell 3.7%", "rose 5.7 per cent", "gained 12 percent", "fell more than 1%", "was 3.3%
    /// lower".
    private func movesByAShare(from j: Int) -> Bool {
        if isWord(words[j], of: .marketMoveVerb) {
            var amount = j + 1
            while amount < words.count, amount - j <= 3, !words[amount].breakBefore,
                  isWord(words[amount], of: .shareHedge) { amount += 1 }
            return shareEnd(from: amount) != nil
        }
        guard isWord(words[j], of: .marketMoveCopula), let after = shareEnd(from: j + 1) else { return false }
        return after < words.count && isWord(words[after], of: .marketMoveAdverb)
    }

    /// "led by Velcor, down 3.1 percent at $74", "gains in Orvo, up 2%": a market report's
    /// aside right after the name, set off by a comma, gives its move.
    private func movesAfterComma(_ k: Int, _ j: Int) -> Bool {
        let end = mentions[k].range.end
        guard words[j].range.start == end + 2, utf8[end] == UInt8(ascii: ","), utf8[end + 1] == 0x20,
              isWord(words[j], of: .marketMoveAdverb) else { return false }
        var amount = j + 1
        while amount < words.count, amount - j <= 3, !words[amount].breakBefore,
              isWord(words[amount], of: .shareHedge) { amount += 1 }
        return shareEnd(from: amount) != nil
    }

    /// The word after a number written as a share at `k` ("3.7%", "5.7 per cent", "12
    /// percent"), nil when none is there.
    private func shareEnd(from k: Int) -> Int? {
        guard k < words.count, !words[k].breakBefore, words[k].hasDigit else { return nil }
        var k = k
        // "3.7" is read as two numbers: the share ends with the second.
        while k + 1 < words.count, words[k + 1].hasDigit, words[k + 1].range.start == words[k].range.end + 1,
              utf8[words[k].range.end] == UInt8(ascii: ".") || utf8[words[k].range.end] == UInt8(ascii: ",") {
            k += 1
        }
        let end = words[k].range.end
        if end < utf8.count, utf8[end] == UInt8(ascii: "%") { return k + 1 }
        var unit = k + 1
        if unit + 1 < words.count, spells(unit, "per"), !words[unit + 1].breakBefore { unit += 1 }
        guard unit < words.count, !words[k + 1].breakBefore, isWord(words[unit], of: .percentWord) else { return nil }
        return unit + 1
    }
}
