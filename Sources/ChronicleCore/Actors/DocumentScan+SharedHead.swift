/// "the Securities and Exchange Commission", "the Food and Drug Administration": two fields
/// joined by "and" that share one body's head are one name.
extension DocumentScan {
    /// Where the run at `runStart` reaches an "and" at `j` after "the" and one or two
    /// words, and two or three words ending in an organization's head follow it, returns
    /// the end of those words. Nil when the "and" joins two names: when a side holds a
    /// given name, a title, an acronym, a number or a known name ("the Treasury and Federal
    /// Reserve"), or the words before it name something the text named before ("Vandel ...
    /// the Vandel and Orsa Motors plants").
    func sharedHeadEnd(atAnd j: Int, runStart: Int, _ hi: Int) -> Int? {
        guard spells(j, "and"), !words[j].breakBefore, j + 1 < hi else { return nil }
        var first = runStart
        if spells(first, "the") {
            first += 1  // "The Food and Drug Administration said" opening a sentence
        } else {
            guard first > 0, !words[first].breakBefore, spells(first - 1, "the") else { return nil }
        }
        // "the US Securities and Exchange Commission": a country's acronym may open it, and
        // a chamber a committee of a legislature ("the House Energy and Commerce Committee").
        var fields = first
        if isPlaceAcronym(fields), j - fields >= 2 { fields += 1 }
        if j - fields >= 2, lexicon.classes(words[fields]).contains(.legislature) { fields += 1 }
        guard (1...2).contains(j - fields),
              (fields..<j).allSatisfy({ words[$0].isCapitalized && isFieldWord($0, j) && !isCommonCapitalized($0) }),
              !isNamedBefore(text(first, j)) else { return nil }
        var k = j + 1
        // "... Exchange Commission Monday": a day or a month after the head is no more of it.
        while k < hi, k - j <= 3, words[k].isCapitalized, !words[k].breakBefore, !isCalendarWord(k) {
            // A sentence word that names what a page holds ("Analysis", "News") may name a
            // field before the head: "the Investigation and Analysis Bureau".
            guard isFieldWord(k, hi), !isCommonCapitalized(k) || isWord(words[k], of: .pageSection) else { return nil }
            k += 1
        }
        guard k - j >= 3, k - j <= 4, lexicon.classes(words, k - 1).contains(.organizationHead) else { return nil }
        if k < hi, !words[k].breakBefore, words[k].isCapitalized, !isCalendarWord(k) { return nil }
        return k
    }
}
