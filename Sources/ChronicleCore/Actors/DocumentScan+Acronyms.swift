/// Acronyms defined in brackets after what they stand for.
extension DocumentScan {
    /// "Collective Security Treaty Organization (CSTO)", "the defense ministry (MoD)": the
    /// acronym in brackets and the phrase before it are one actor. An acronym spelling out
    /// a common noun ("improvised explosive device (IED)") is no actor at all.
    func defineAcronyms(_ lo: Int, _ hi: Int, from first: Int) {
        for k in lo..<hi {
            let w = words[k]
            guard w.range.start > 0, w.range.end < utf8.count, utf8[w.range.start - 1] == UInt8(ascii: "("),
                  utf8[w.range.end] == UInt8(ascii: ")"), k > lo, w.isAllCaps || isMixedAcronym(w) else { continue }
            let letters = utf8[w.range.start..<w.range.end].filter { $0 >= 65 && $0 <= 90 }.map { $0 + 32 }
            guard letters.count >= 2 else { continue }
            // Gather content words right before the bracket.
            var j = k - 1
            var initials: [UInt8] = []
            var phraseStart = k
            while j >= lo, initials.count < letters.count {
                if !(isWord(words[j], of: .nameParticle) || spells(j, "the")) {
                    // "mid-exit door (MED)": each part of a hyphenated word gives its letter.
                    initials.append(contentsOf: words[j].lower(utf8).split(separator: "-").reversed().map { $0.utf8.first ?? 0 })
                }
                phraseStart = j
                if words[j].breakBefore { break }
                j -= 1
            }
            guard initials.sorted() == letters.sorted() else { continue }
            let isName = words[phraseStart].isCapitalized
            let isInstitution = lexicon.phrases.institutions.contains { phrase in
                phrase.count == k - phraseStart
                    && (0..<phrase.count).allSatisfy { spells(phraseStart + $0, phrase[$0]) }
            }
            guard isName || isInstitution else {
                let acronym = text(k)
                commonAcronyms.insert(acronym)
                mentions.removeAll { $0.text == acronym && $0.gazetteerEntry == nil }
                continue
            }
            let phraseRange = ByteRange(words[phraseStart].range.start, words[k - 1].range.end)
            var target = mentions[first...].firstIndex { $0.range == phraseRange }
            if target == nil {
                mentions.append(ActorMention(range: phraseRange, text: text(phraseStart, k),
                                             kind: .organization, wordCount: k - phraseStart))
                target = mentions.count - 1
            }
            if let acronym = mentions[first...].firstIndex(where: { $0.range == w.range }) {
                mentions[acronym].linkedTo = target
                if mentions[acronym].kind == nil { mentions[acronym].kind = mentions[target!].kind }
            }
        }
    }
}
