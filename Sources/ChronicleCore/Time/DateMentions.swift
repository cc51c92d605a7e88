import Algorithms
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
        /// A wire dateline: "UNITED NATIONS, Sept 22 (Reuters) -", "May 26 -".
        var dateline = false
    }

    let bytes: [UInt8]
    /// The words that label a date as the page's own (or as someone else's).
    let lexicon: Lexicon
    /// Offsets of the line feeds.
    let lineBreaks: [Int]
    var mentions: [Mention] = []

    /// Reads the mentions of `bytes` alone: nothing here depends on the day it runs, so a
    /// text gets the same creation date whenever it is read.
    init(_ bytes: [UInt8], tokens shared: TimeTokens? = nil) {
        self.init(bytes, scan: UndatedTimeScan(shared ?? TimeTokens(bytes)))
    }

    /// The same, from the scan of `bytes` without a creation date.
    init(_ bytes: [UInt8], scan: UndatedTimeScan) {
        self.bytes = bytes
        let breaks = Self.lineBreaks(bytes)
        lineBreaks = breaks
        let timeTokens = scan.tokens
        lexicon = timeTokens.lexicon
        let tokens = timeTokens.tokens
        // Tense and past forms are read from the tokens alone.
        let scanner = TimeScanner(tokens: tokens, dct: nil, numbersDayFirst: timeTokens.numbersDayFirst)
        let matches = scan.matches.filter { $0.type == .date || $0.type == .time }
        // One pass over the tokens for the sentences the mentions and Thanksgivings are in.
        var sentenceOfMatch: [Int] = []
        sentenceOfMatch.reserveCapacity(matches.count)
        var thanksgivingSentences = Set<Int>()
        var s = 0
        var nextStart = matches.first?.start ?? -1
        tokens.withUnsafeBufferPointer { tokens in
            for k in tokens.indices {
                let t = tokens[k]
                if t.flags.contains(.sentenceStart) { s += 1 }
                if t.cls == .holiday && t.v == Holiday.thanksgiving.rawValue { thanksgivingSentences.insert(s) }
                if k == nextStart {
                    sentenceOfMatch.append(s)
                    nextStart = sentenceOfMatch.count < matches.count ? matches[sentenceOfMatch.count].start : -1
                }
            }
        }
        // Mentions come in text order, so the mentions of a line follow one another: the
        // last line's answer is the only one asked for again.
        var lastLine: (start: Int, copyright: Bool)? = nil
        for (n, m) in matches.enumerated() {
            let range = ByteRange(Int(tokens[m.start].start), Int(tokens[m.end - 1].end))
            var mention = Mention(range: range, sentence: sentenceOfMatch[n], direction: scanner.direction(at: m.start))
            switch m.point {
            case .day(let d)?, .clock(let d, _)?, .dayPart(let d, _)?: mention.full = d
            case let p? where p.isPlaced: mention.namedYear = p.firstDay?.year
            default: break
            }
            if let first = (m.start..<m.end).first(where: { tokens[$0].cls == .weekday }), tokens[first].isCapitalized {
                mention.weekday = Int(tokens[first].v)
                mention.weekdayWord = Self.capitalizedWord(bytes, tokens[first])
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
                mention.reported = scanner.pastWord(k)
                    && timeTokens.lexicon.classes(lower: Self.word(bytes, tokens[k])).contains(.reportingVerb)
            }
            // Mentions share lines: check each line once.
            let line = Self.lineBounds(range.start, breaks: breaks, count: bytes.count)
            if let last = lastLine, last.start == line.start {
                mention.onCopyrightLine = last.copyright
            } else {
                mention.onCopyrightLine = Self.isCopyrightLine(bytes, line: line)
                lastLine = (line.start, mention.onCopyrightLine)
            }
            mention.dateline = Self.isDateline(bytes, line: line, range: range, lexicon: timeTokens.lexicon)
            mentions.append(mention)
        }
    }

    static func word(_ bytes: [UInt8], _ t: TimeToken) -> String {
        String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self).lowercased()
    }

    /// A lexicon word (ASCII letters, maybe an abbreviation dot) with its first letter
    /// upper case and the rest lower case: "Tues.", "Friday".
    static func capitalizedWord(_ bytes: [UInt8], _ t: TimeToken) -> String {
        var word = bytes[Int(t.start)..<Int(t.end)].map(\.asciiLowercased)
        if let first = word.first, first.isASCIILower { word[0] = first - 32 }
        return String(decoding: word, as: UTF8.self)
    }

    // MARK: lines

    /// The line around a byte offset, by binary search over the line breaks (a long
    /// paragraph on one line holds many mentions).
    func lineBounds(_ offset: Int) -> ByteRange { Self.lineBounds(offset, breaks: lineBreaks, count: bytes.count) }

    static func lineBounds(_ offset: Int, breaks: [Int], count: Int) -> ByteRange {
        let lo = breaks.partitioningIndex { $0 >= offset }
        return ByteRange(lo > 0 ? breaks[lo - 1] + 1 : 0, lo < breaks.count ? breaks[lo] : count)
    }

    /// The offsets of the line feeds, found by `memchr`: a line holds a paragraph, so the
    /// feeds are few and far apart.
    static func lineBreaks(_ bytes: [UInt8]) -> [Int] {
        var breaks: [Int] = []
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            var k = 0
            while k < buf.count, let hit = memchr(base + k, 10, buf.count - k) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                breaks.append(at)
                k = at + 1
            }
        }
        return breaks
    }

    /// "© 2026 News", "(c) 2026", "Copyright 2026", "All rights reserved": a site's footer,
    /// not the article's date.
    static func isCopyrightLine(_ bytes: [UInt8], line: ByteRange) -> Bool {
        // This runs for every line with a date mention, and lines are whole paragraphs: each
        // cue is found by `memchr` on one of its bytes that is rare in text ('y' of
        // "copyright", 'v' of "reserved"), then compared in place, case folded.
        bytes.withUnsafeBufferPointer { buf in
            cue(buf, line, "©", anchor: 0xC2, at: 0) || cue(buf, line, "(c)", anchor: 0x28, at: 0)
                || cue(buf, line, "copyright", anchor: 0x79, at: 3) || cue(buf, line, "copyright", anchor: 0x59, at: 3)
                || cue(buf, line, "all rights reserved", anchor: 0x76, at: 16)
                || cue(buf, line, "all rights reserved", anchor: 0x56, at: 16)
        }
    }

    /// Whether the lower-case `cue` is written, in any case, within `line` with the byte
    /// `anchor` at its offset `at`.
    private static func cue(_ bytes: UnsafeBufferPointer<UInt8>, _ line: ByteRange, _ cue: StaticString,
                            anchor: UInt8, at: Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = cue.utf8CodeUnitCount
        let p = cue.utf8Start
        var k = line.start + at
        while k < line.end, let hit = memchr(base + k, Int32(anchor), line.end - k) {
            let found = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            let start = found - at
            if start + n <= line.end {
                var m = 0
                while m < n {
                    let b = bytes[start + m]
                    if b.asciiLowercased != p[m] { break }
                    m += 1
                }
                if m == n { return true }
            }
            k = found + 1
        }
        return false
    }
}
