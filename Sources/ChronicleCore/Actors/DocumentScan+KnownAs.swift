/// "Vell Corp, known as Sallie Orven", "the airline, also known as Orsa": a name after "known
/// as" right behind another name and its comma is another name of it, of its kind,
/// whatever its words suggest (a given name opening it).
extension DocumentScan {
    func readKnownAs() {
        for k in mentions.indices.dropFirst() {
            // Most names follow no "as": told from the bytes before it, without a search.
            let start = mentions[k].range.start
            guard start >= 4, utf8[start - 1] == 0x20, utf8[start - 2] | 0x20 == UInt8(ascii: "s"),
                  utf8[start - 3] | 0x20 == UInt8(ascii: "a"), utf8[start - 4] == 0x20 else { continue }
            guard let w = wordIndex(startingAt: start), w >= 2, spells(w - 1, "as"), !words[w].breakBefore, !words[w - 1].breakBefore,
                  isWord(words[w - 2], of: .aliasCue) else { continue }
            // An adverb may stand between the comma and the cue ("also known as").
            var cue = w - 2
            if cue > 0, !words[cue].breakBefore, isWord(words[cue - 1], of: .aliasAdverb) { cue -= 1 }
            guard cue > 0, hasCommaBefore(cue),
                  let named = mentions[..<k].lastIndex(where: { $0.range.end <= words[cue - 1].range.end }),
                  let kind = mentions[named].kind, endsName(mentions[named].range.end, before: cue) else { continue }
            mentions[k].kind = kind
            mentions[k].guessed = false
            mentions[k].linkedTo = named
        }
    }

    /// Whether only a company's legal form ("Ltd", which its name leaves out) stands between
    /// the byte `end` of a name and the word at `cue`'s comma.
    private func endsName(_ end: Int, before cue: Int) -> Bool {
        var j = cue - 1
        while j >= 0, words[j].range.end > end {
            guard isWord(words[j], of: .companySuffix) else { return false }
            j -= 1
        }
        return j >= 0 && words[j].range.end == end
    }
}
