import Foundation

/// The dates a text mentions, read without a creation date, as evidence for finding one.
struct DateMentions {
    struct Mention {
        var range: ByteRange
        var sentence: Int
        var direction: TimeDirection
        /// A date with its year: "November 02, 2024".
        var full: CalendarDate?
        /// The year of a dated reference coarser than a day: "March 2019", "in 2019".
        var namedYear: Int?
        /// A month and day without a year: "December 2".
        var monthDay: (month: Int, day: Int)?
        /// The weekday named in or with it: "Tuesday", "Tuesday, December 2", "Thanksgiving".
        var weekday: Int?
        /// How the weekday was named, for the evidence shown to the user.
        var weekdayWord: String?
        /// A bare weekday right after a reporting verb: "said Wednesday", "said on Tuesday".
        var reported = false
        var onCopyrightLine = false
    }

    let bytes: [UInt8]
    /// Offsets of the line feeds.
    let lineBreaks: [Int]
    var mentions: [Mention] = []
    /// The present, only as a tie-breaker when a weekday fits several years; never a DCT.
    var today: CalendarDate

    init(_ bytes: [UInt8], today: CalendarDate = DateMentions.currentDate(), tokens shared: TimeTokens? = nil) {
        self.bytes = bytes
        self.today = today
        var breaks: [Int] = []
        for (k, b) in bytes.enumerated() where b == 10 { breaks.append(k) }
        lineBreaks = breaks
        let tokens = (shared ?? TimeTokens(bytes)).tokens
        var scanner = TimeScanner(tokens: tokens, dct: nil)
        let matches = scanner.scan()
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        var s = 0
        for (k, t) in tokens.enumerated() {
            if t.flags.contains(.sentenceStart) { s += 1 }
            sentenceOf[k] = s
        }
        var copyrightLines: [Int: Bool] = [:]
        var thanksgivingSentences = Set<Int>()
        for (k, t) in tokens.enumerated() where t.cls == .holiday && t.v == Holiday.thanksgiving.rawValue { thanksgivingSentences.insert(sentenceOf[k]) }
        for m in matches where m.type == .date || m.type == .time {
            let range = ByteRange(Int(tokens[m.start].start), Int(tokens[m.end - 1].end))
            var mention = Mention(range: range, sentence: sentenceOf[m.start], direction: scanner.direction(at: m.start))
            switch m.point {
            case .day(let d)?, .clock(let d, _)?, .dayPart(let d, _)?: mention.full = d
            case let p? where p.isPlaced: mention.namedYear = p.firstDay?.year
            default: break
            }
            if let first = (m.start..<m.end).first(where: { tokens[$0].cls == .weekday }), tokens[first].isCapitalized {
                mention.weekday = Int(tokens[first].v)
                mention.weekdayWord = Self.word(bytes, tokens[first]).capitalized
            }
            let v = Array(m.value.utf8)
            if v.count == 10, m.value.hasPrefix("XXXX-"), v[5] != UInt8(ascii: "W"),
               let month = Int(String(decoding: v[5..<7], as: UTF8.self)),
               let day = Int(String(decoding: v[8..<10], as: UTF8.self)) {
                mention.monthDay = (month, day)
                if mention.weekday == nil, month == 11, thanksgivingSentences.contains(mention.sentence) {
                    mention.weekday = 4  // Thanksgiving is a Thursday
                    mention.weekdayWord = "Thanksgiving (a Thursday)"
                }
            }
            if mention.weekday != nil, mention.monthDay == nil, mention.full == nil {
                var k = m.start - 1
                if k >= 0, tokens[k].keyword(.on) { k -= 1 }
                mention.reported = k >= 0 && tokens[k].cls == .keyword && Keyword(rawValue: tokens[k].v) == .pastCue
                    && Self.reportingVerbs.contains(Self.word(bytes, tokens[k]))
            }
            // Mentions share lines: check each line once.
            let line = Self.lineBounds(range.start, breaks: breaks, count: bytes.count)
            if let known = copyrightLines[line.start] {
                mention.onCopyrightLine = known
            } else {
                mention.onCopyrightLine = Self.isCopyrightLine(bytes, line: line)
                copyrightLines[line.start] = mention.onCopyrightLine
            }
            mentions.append(mention)
        }
    }

    static let reportingVerbs: Set<String> = ["said", "says", "told", "announced", "reported"]

    static func word(_ bytes: [UInt8], _ t: TimeToken) -> String {
        String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self).lowercased()
    }

    static func currentDate() -> CalendarDate {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDate(dayNumber: days)
    }

    // MARK: lines

    /// The line around a byte offset, by binary search over the line breaks (a long
    /// paragraph on one line holds many mentions).
    func lineBounds(_ offset: Int) -> ByteRange { Self.lineBounds(offset, breaks: lineBreaks, count: bytes.count) }

    static func lineBounds(_ offset: Int, breaks: [Int], count: Int) -> ByteRange {
        var lo = 0, hi = breaks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if breaks[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return ByteRange(lo > 0 ? breaks[lo - 1] + 1 : 0, lo < breaks.count ? breaks[lo] : count)
    }

    /// "© 2026 News", "(c) 2026", "Copyright 2026", "All rights reserved": a site's footer,
    /// not the article's date.
    static func isCopyrightLine(_ bytes: [UInt8], line: ByteRange) -> Bool {
        // Byte-level: this runs for every date mention, and Foundation's String search
        // was most of the time of creation-date resolution.
        // Compared in place, case folded byte by byte: no copy of the line.
        var i = line.start
        while i < line.end {
            let b0 = bytes[i]
            let c = b0 >= 65 && b0 <= 90 ? b0 | 0x20 : b0
            // Only the cue that starts with this byte is compared ('a' and 'c' are common).
            if c == 0xC2 || c == 0x28 || c == 0x63 || c == 0x61 {
                for cue in copyrightCues where cue[0] == c && i + cue.count <= line.end {
                    var k = 1
                    while k < cue.count {
                        let b = bytes[i + k]
                        if (b >= 65 && b <= 90 ? b | 0x20 : b) != cue[k] { break }
                        k += 1
                    }
                    if k == cue.count { return true }
                }
            }
            i += 1
        }
        return false
    }

    private static let copyrightCues: [[UInt8]] = ["©", "(c)", "copyright", "all rights reserved"].map { Array($0.utf8) }

    // MARK: byline

    static let bylineLabels = ["published", "updated", "posted", "date:", "dated"]

    /// A full date on a short line near the top ("Henry Kamens, November 02, 2024"), or on
    /// a line that says it dates the piece ("Published: 3 December 2025").
    func byline() -> CreationDate? {
        for m in mentions where m.full != nil && !m.onCopyrightLine {
            let line = lineBounds(m.range.start)
            // A label just before the date: "Published: ...", "Updated 10:42 a.m. ET, ...".
            let windowStart = max(line.start, m.range.start - 40)
            let window = String(decoding: bytes[windowStart..<m.range.start], as: UTF8.self).lowercased()
            let label = Self.bylineLabels.compactMap { window.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
            if label == nil && line.start > 4000 { continue }
            // Read from the bytes, never the whole line: a one-line article holds thousands
            // of mentions, and decoding its line for each was quadratic.
            let text = trimmed(line)
            let byAuthor = text.length >= 3 && bytes[text.start] | 0x20 == 0x62 && bytes[text.start + 1] | 0x20 == 0x79
                && bytes[text.start + 2] == 0x20
            let shortLine = text.length <= 120 && isShortLine(text)
            guard label != nil || ((shortLine || byAuthor) && nonEmptyLines(before: line.start) < 12) else { continue }
            var evidenceStart = line.start
            if let label {
                evidenceStart = windowStart + window[window.startIndex..<label.lowerBound].utf8.count
            }
            let evidence = String(decoding: bytes[evidenceStart..<m.range.end], as: UTF8.self)
                .trimmingCharacters(in: .whitespaces)
            return CreationDate(date: m.full!, source: .byline, evidence: DisplayText.sanitize(String(evidence.prefix(100))))
        }
        return nil
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
