/// Stock listings in brackets after a company's name: "Corvane Brands (NYSE: CVB)",
/// "Halvard (NASDAQ:HLVD)". Only a company is listed, so the name before the bracket is
/// one, whatever its words suggest ("Shares in Halvard" reads like a place); the ticker is
/// another name of it ("CVB shares rose"); the exchange only says where it is listed and
/// takes no part in what the sentence tells.
extension DocumentScan {
    func readStockListings() {
        var listed: [(company: Int, exchange: [Int], ticker: Int)] = []
        for k in words.indices where isListingOpen(k) {
            guard let (colon, ticker) = tickerAfterExchange(k),
                  let company = mentionEnding(beforeBracketAt: words[k].range.start - 1) else { continue }
            let exchange = mentions.indices.filter {
                mentions[$0].range.start >= words[k].range.start && mentions[$0].range.end <= colon
            }
            let tickerMention = mentions.firstIndex { $0.range == words[ticker].range }
            if let tickerMention { listed.append((company, exchange, tickerMention)) } else {
                mentions.append(ActorMention(range: words[ticker].range, text: text(ticker), kind: .organization,
                                             wordCount: 1))
                listed.append((company, exchange, mentions.count - 1))
            }
        }
        guard !listed.isEmpty else { return }
        for (company, _, _) in listed { restoreCalendarWords(of: company) }
        var names = Set<String>()
        for (company, _, ticker) in listed {
            if let e = mentions[company].gazetteerEntry, index.gazetteer.entries[e].kind != .organization {
                mentions[company].gazetteerEntry = nil
            }
            mentions[company].kind = .organization
            mentions[company].guessed = false
            mentions[ticker].kind = .organization
            mentions[ticker].guessed = false
            mentions[ticker].linkedTo = company
            names.insert(mentions[company].text)
        }
        // The company's other mentions read their kind from the listing, not from a
        // preposition or a speech verb before them.
        for k in mentions.indices where names.contains(mentions[k].text) && mentions[k].gazetteerEntry == nil {
            mentions[k].kind = .organization
            mentions[k].guessed = false
        }
        let exchanges = Set(listed.flatMap(\.exchange))
        guard !exchanges.isEmpty else { return }
        // Removing mentions moves the later ones: links are rewritten to follow.
        var newIndex = [Int?](repeating: nil, count: mentions.count)
        var n = 0
        for k in mentions.indices where !exchanges.contains(k) {
            newIndex[k] = n
            n += 1
        }
        mentions = mentions.indices.filter { !exchanges.contains($0) }.map { k in
            var m = mentions[k]
            if let l = m.linkedTo { m.linkedTo = newIndex[l] }
            return m
        }
    }

    /// "Tuesday Morning (NASDAQ:TUES)": calendar words right before a listed company's name
    /// are part of it, though they were left out as a date's. Every mention of the name
    /// written after the same words ("Tuesday Morning stock", "Tuesday Morning Corporation")
    /// takes them back.
    private func restoreCalendarWords(of company: Int) {
        guard let first = wordIndex(startingAt: mentions[company].range.start) else { return }
        var p = first
        while p > 0, !words[p].breakBefore, words[p - 1].isCapitalized, isCalendarWord(p - 1) { p -= 1 }
        guard p < first else { return }
        let prefix = (p..<first).map { words[$0].lowerHash }
        let head = words[first].lowerHash
        for k in mentions.indices {
            guard let q = wordIndex(startingAt: mentions[k].range.start), words[q].lowerHash == head,
                  q >= prefix.count, (q - prefix.count..<q).map({ words[$0].lowerHash }) == prefix,
                  (q - prefix.count + 1...q).allSatisfy({ !words[$0].breakBefore }) else { continue }
            let start = q - prefix.count
            mentions[k].range = ByteRange(words[start].range.start, mentions[k].range.end)
            mentions[k].text = String(decoding: utf8[mentions[k].range.start..<mentions[k].range.end], as: UTF8.self)
            mentions[k].wordCount += prefix.count
        }
    }

    /// A word in the lexicon's `stockExchange` class right after an opening bracket.
    private func isListingOpen(_ k: Int) -> Bool {
        let start = words[k].range.start
        return start > 0 && utf8[start - 1] == UInt8(ascii: "(") && isWord(words[k], of: .stockExchange)
    }

    /// "NYSE: CVB)", "NASDAQ:HLVD)", "NYSE American: CVB)": the colon's offset and the
    /// ticker's word, a code in capitals that closes the bracket.
    private func tickerAfterExchange(_ k: Int) -> (colon: Int, ticker: Int)? {
        var j = k
        while j + 1 < words.count, j < k + 2 {
            let gap = utf8[words[j].range.end..<words[j + 1].range.start]
            if let colon = gap.firstIndex(of: UInt8(ascii: ":")) {
                let t = j + 1
                guard words[t].isAllCaps, !words[t].hasDigit || words[t].range.length <= 6,
                      words[t].range.end < utf8.count, utf8[words[t].range.end] == UInt8(ascii: ")"),
                      gap.allSatisfy({ $0 == UInt8(ascii: ":") || $0 == 0x20 }) else { return nil }
                return (colon, t)
            }
            guard gap.allSatisfy({ $0 == 0x20 }), words[j + 1].isCapitalized else { return nil }
            j += 1
        }
        return nil
    }

    /// The mention that ends before the bracket at `bracket`, a space and perhaps its
    /// possessive ending ("Velcor's (VLCR)") between them.
    func mentionEnding(beforeBracketAt bracket: Int) -> Int? {
        var end = bracket
        while end > 0, utf8[end - 1] == 0x20 { end -= 1 }
        guard end < bracket else { return nil }
        if let m = mentions.lastIndex(where: { $0.range.end == end }) { return m }
        return mentions.lastIndex { m in PossessiveEnding.end(utf8, at: m.range.end) == end }
    }
}
