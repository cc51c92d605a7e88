import Algorithms

/// Names built from parts: a possessive place before an institution ("Ukraine’s air
/// force"), and list items that share a plural head ("Donetsk and Luhansk regions").
extension DocumentScan {
    /// "Ukraine’s air force", "Russia’s Ministry of Defense": a possessive place followed by
    /// an institution is one organization.
    func possessiveInstitution(after last: Int, _ hi: Int, keepOnlyKnown: Bool) {
        guard words[last].isPossessive, last + 1 < hi, !words[last + 1].breakBefore else { return }
        guard lexicon.tables.demonymPlaces.contains(words[last], in: utf8) || isKnownPlace(words[last]) else { return }
        var end: Int? = nil
        if words[last + 1].isCapitalized {
            let runEnd = runEnd(from: last + 1, hi)
            if (last + 1..<runEnd).contains(where: { lexicon.classes(words, $0).contains(.organizationHead) }) {
                end = runEnd
            }
        } else if lexicon.phrases.institutionStarts.contains(words[last + 1], in: utf8) {
            for phrase in lexicon.phrases.institutions where last + phrase.count < hi {
                if (0..<phrase.count).allSatisfy({ spells(last + 1 + $0, phrase[$0]) && !words[last + 1 + $0].breakBefore }) {
                    end = last + 1 + phrase.count
                    break
                }
            }
        }
        guard let end else { return }
        add(ActorMention(range: ByteRange(words[last].range.start, words[end - 1].range.end),
                         text: text(last, end), kind: .organization, wordCount: end - last),
            keepOnlyKnown: false)
    }

    func isKnownPlace(_ w: Token) -> Bool {
        mentions.last.map { $0.range.end >= w.range.end - 3 && $0.kind == .place } ?? false
    }

    /// Items of a list sharing a plural head take that head: "Donetsk, Luhansk, Kherson and
    /// Zaporizhia regions".
    func markList(endingAt start: Int, _ previousEnd: Int, _ lo: Int, head: String) {
        var boundary = start
        var k = mentions.count - 2
        while k >= 0 {
            let m = mentions[k]
            guard let firstWord = wordIndex(startingAt: m.range.start), firstWord >= lo,
                  let lastWord = wordIndex(endingAt: m.range.end) else { break }
            let between = (lastWord + 1)..<boundary
            let joined = between.allSatisfy { spells($0, "and") || spells($0, "or") }
                && (between.isEmpty ? words[boundary].breakBefore : true)
            guard joined, m.kind != .person else { break }
            mentions[k].impliedHead = head
            mentions[k].kind = .place
            mentions[k].guessed = false
            boundary = firstWord
            k -= 1
        }
    }

    func wordIndex(startingAt byte: Int) -> Int? {
        let lo = words.partitioningIndex { $0.range.start >= byte }
        return lo < words.count && words[lo].range.start == byte ? lo : nil
    }

    func wordIndex(endingAt byte: Int) -> Int? {
        let lo = words.partitioningIndex { $0.range.end >= byte }
        return lo < words.count && words[lo].range.end == byte ? lo : nil
    }
}
