/// The date a page gives itself: a dated byline or a line labelled as dating the piece.
extension DateMentions {
    /// How far down a page its byline and dateline are looked for, in bytes.
    static let topOfPage = 4000

    /// A date labelled as the piece's own near the top ("Published: ...", "Posted ..."),
    /// else one labelled as its update ("Updated: June 13, 2005") unless a dated byline
    /// below is much older (a revision long after the writing), else a full date on a short
    /// line near the top ("Henry Kamens, November 02, 2024"), else a labelled date further
    /// down.
    func byline() -> CreationDate? {
        var update: CreationDate? = nil
        var shortLineDate: CreationDate? = nil
        var lateLabelled: CreationDate? = nil
        for m in mentions where m.full != nil && !m.onCopyrightLine {
            let line = lineBounds(m.range.start)
            if line.start > Self.topOfPage, update != nil || shortLineDate != nil { break }
            let windowStart = max(line.start, m.range.start - 40)
            let window = Array(bytes[windowStart..<m.range.start])
            let lowered = LowercaseBytes.lowered(window[...])
            // "Join date: Mar 13, 2001", "Member since ...": someone's date, not the piece's.
            if lexicon.phrases.notPublicationCues.contains(where: { Self.find($0, in: lowered) != nil }) { continue }
            let cutWord = windowStart > line.start && bytes[windowStart - 1].isASCIILetter
            if let label = Self.label(in: window, lowered: lowered, cutWord: cutWord, labels: lexicon.phrases.bylineLabels) {
                let found = CreationDate(date: m.full!, source: .byline, evidence: evidence(windowStart + label.at, m.range.end))
                if line.start > Self.topOfPage {
                    if lateLabelled == nil { lateLabelled = found }
                } else if !label.isUpdate {
                    return found
                } else if update == nil {
                    update = found
                }
                continue
            }
            // "WASHINGTON, March 3, 2021 (AP) -": the wire's own date.
            if m.dateline, line.start <= Self.topOfPage {
                return CreationDate(date: m.full!, source: .byline, evidence: evidence(line.start, m.range.end))
            }
            guard shortLineDate == nil, line.start <= Self.topOfPage else { continue }
            // Read from the bytes, never the whole line: a one-line article holds thousands
            // of mentions, and decoding its line for each was quadratic.
            let text = trimmed(line)
            let byAuthor = text.length >= 3 && bytes[text.start] | 0x20 == 0x62 && bytes[text.start + 1] | 0x20 == 0x79
                && bytes[text.start + 2] == 0x20
            let shortLine = text.length <= 120 && isShortLine(text)
            guard (shortLine || byAuthor) && nonEmptyLines(before: line.start) < 12 else { continue }
            shortLineDate = CreationDate(date: m.full!, source: .byline, evidence: evidence(line.start, m.range.end))
        }
        if let update {
            if let byline = shortLineDate, byline.date.dayNumber < update.date.dayNumber - 7 { return byline }
            return update
        }
        return shortLineDate ?? lateLabelled
    }

    /// Where a label (the lexicon's `bylineLabel` or `updateLabel`) starts in the bytes just
    /// before a date, and whether it dates an update. In running text "the video, posted on
    /// May 3" is a fact, not the page's date: a label is capitalised ("Posted",
    /// "PostPosted") or followed by a colon ("last updated: ..."), and starts a word unless
    /// capitalised ("dated" in "Updated" is none). `cutWord`: the window starts inside a word.
    static func label(in window: [UInt8], lowered: [UInt8], cutWord: Bool,
                      labels: [(label: String, isUpdate: Bool)]) -> (at: Int, isUpdate: Bool)? {
        var best: (at: Int, isUpdate: Bool)? = nil
        for (label, isUpdate) in labels {
            var from = 0
            while let at = find(label, in: lowered, from: from, wordStart: false) {
                from = at + 1
                var after = at + label.utf8.count
                while after < lowered.count, lowered[after] == 32 { after += 1 }
                let capitalised = window[at] >= 65 && window[at] <= 90
                let startsWord = at == 0 ? !cutWord : !window[at - 1].isASCIILetter
                guard startsWord || capitalised else { continue }
                guard capitalised || label.hasSuffix(":") || (after < lowered.count && lowered[after] == 58) else { continue }
                if best == nil || at < best!.at { best = (at, isUpdate) }
                break
            }
        }
        return best
    }

    /// The first place `word` occurs in lowered ASCII bytes, by default only where a word
    /// starts ("born" is not in "Osborne").
    static func find(_ word: String, in lowered: [UInt8], from: Int = 0, wordStart: Bool = true) -> Int? {
        let w = word.utf8
        guard let first = w.first, lowered.count >= w.count, from <= lowered.count - w.count else { return nil }
        for i in from...(lowered.count - w.count) where lowered[i] == first {
            if wordStart, i > 0, lowered[i - 1].isASCIILower { continue }
            if lowered[i..<(i + w.count)].elementsEqual(w) { return i }
        }
        return nil
    }

    private func evidence(_ start: Int, _ end: Int) -> String {
        let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return DisplayText.sanitize(String(text.prefix(100)))
    }

    private func trimmed(_ line: ByteRange) -> ByteRange {
        var a = line.start, b = line.end
        while a < b, bytes[a] == 32 || bytes[a] == 9 || bytes[a] == 13 { a += 1 }
        while b > a, bytes[b - 1] == 32 || bytes[b - 1] == 9 || bytes[b - 1] == 13 { b -= 1 }
        return ByteRange(a, b)
    }

    /// At most twelve words and no final stop: a dateline or byline, not a sentence.
    private func isShortLine(_ text: ByteRange) -> Bool {
        guard text.length > 0 else { return true }
        let last = bytes[text.end - 1]
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!") { return false }
        return bytes[text.start..<text.end].split(separator: 32).count <= 12
    }

    private func nonEmptyLines(before offset: Int) -> Int {
        bytes[0..<offset].split(separator: 10).filter { line in line.contains { $0 > 32 } }.count
    }
}
