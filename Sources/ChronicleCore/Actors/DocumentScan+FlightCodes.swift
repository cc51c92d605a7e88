import Algorithms

/// Codes of a text about flying: an airport's three letters where a journey leaves or
/// reaches it ("departed SYD", "landed at AKL", "Santiago (SCL)") and an aircraft's
/// registration ("registered CC-BGG") are no actors. A code the text also uses as a name
/// ("the FAA", "FAA said", "FAA's rules") is one, and outside a text about flying ("help
/// from NATO", "a letter to SEC") nothing is read as a code.
extension DocumentScan {
    func dropFlightCodes() {
        var candidates: [String: (code: Bool, name: Bool)] = [:]
        for m in mentions where m.wordCount == 1 && m.gazetteerEntry == nil && m.kind != .person && m.kind != .place {
            // Most names are neither shape: told by their bytes before the word is looked up.
            let length = m.range.length
            guard length == 3 ? m.text.utf8.allSatisfy(WordScanner.isUpperASCII)
                    : length <= 8 && m.text.utf8.contains(UInt8(ascii: "-")) else { continue }
            let k = words.partitioningIndex { $0.range.start >= m.range.start }
            guard k < words.count, words[k].range == m.range else { continue }
            let registration = isRegistrationShaped(words[k])
            guard registration || isAirportCodeShaped(words[k]) else { continue }
            var seen = candidates[m.text] ?? (false, false)
            if registration || isWhereAJourneyGoes(k) { seen.code = true }
            if isUsedAsName(k) { seen.name = true }
            candidates[m.text] = seen
        }
        let codes = Set(candidates.filter { $0.value.code && !$0.value.name }.keys)
        guard !codes.isEmpty, words.contains(where: { isWord($0, of: .aviationWord) }) else { return }
        removeMentions { $0.gazetteerEntry == nil && codes.contains($0.text) }
    }

    /// Three capital letters and nothing else ("SYD"), not a country's ("UAE").
    private func isAirportCodeShaped(_ w: Token) -> Bool {
        w.range.length == 3 && w.isAllCaps && w.isASCIILetters && !isWord(w, of: .placeAcronym)
    }

    /// "CC-BGG", "9V-SKA", "G-EUPT": a country's mark of one or two characters, a hyphen and
    /// three to five capitals; "US-ASEAN" opens with a country's acronym.
    private func isRegistrationShaped(_ w: Token) -> Bool {
        let bytes = utf8[w.range.start..<w.range.end]
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")) else { return false }
        let mark = bytes[..<dash], rest = bytes[(dash + 1)...]
        guard (1...2).contains(mark.count), mark.contains(where: \.isASCIIUpper),
              mark.allSatisfy({ $0.isASCIIUpper || $0.isASCIIDigit }),
              (3...5).contains(rest.count), rest.allSatisfy(\.isASCIIUpper) else { return false }
        return !lexicon.classes(lower: String(decoding: mark, as: UTF8.self).lowercased()).contains(.placeAcronym)
    }

    /// After a word of leaving or reaching ("from", "at", "departed"), or in brackets after
    /// an airport's name or a name that may be a place's ("Sydney Airport (SYD)",
    /// "Santiago (SCL)").
    private func isWhereAJourneyGoes(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        let start = words[k].range.start
        if start > 0, utf8[start - 1] == UInt8(ascii: "(") {
            let before = words[k - 1].range.end
            return isWord(words[k - 1], of: .airportWord)
                || mentions.contains { $0.range.end == before && ($0.kind == .place || $0.kind == nil) }
        }
        return !words[k].breakBefore && isWord(words[k - 1], of: .routeWord)
    }

    /// After "the", before a verb of speech, or owning something.
    private func isUsedAsName(_ k: Int) -> Bool {
        if words[k].isPossessive { return true }
        if k > 0, !words[k].breakBefore, spells(k - 1, "the") { return true }
        return k + 1 < words.count && !words[k + 1].breakBefore
            && isWord(words[k + 1], of: WordClasses.reportingVerb.union(.speechVerb))
    }

    /// Removes the mentions `drop` takes, keeping the links of the others on the mentions
    /// they named.
    func removeMentions(where drop: (ActorMention) -> Bool) {
        var newIndex = [Int?](repeating: nil, count: mentions.count)
        var kept: [ActorMention] = []
        for (k, m) in mentions.enumerated() where !drop(m) {
            newIndex[k] = kept.count
            kept.append(m)
        }
        for k in kept.indices { kept[k].linkedTo = kept[k].linkedTo.flatMap { newIndex[$0] } }
        mentions = kept
    }
}
