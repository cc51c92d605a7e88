import Foundation

/// Where a text's line breaks end sentences.
///
/// News arrives in two shapes: one paragraph per line (web copy, where every line break
/// matters: a line without a final stop is a headline, a caption or a list item), and
/// hard-wrapped paragraphs (wire copy, e-mail, where a break inside a paragraph is just
/// a space). A break is taken as a wrap when greedy wrapping would have made it: the
/// next line's first word would not have fitted on the line, given the widest line of
/// the text (at most `maxWrapWidth` characters), or when the next line goes on in
/// lower case after a line with no final stop. Blank lines end a sentence, unless a long line
/// without a stop is cut off from a paragraph that goes on in lower case.
struct LineLayout {
    /// Wider than this, lines are paragraphs, not wrapped text.
    static let maxWrapWidth = 120
    /// Narrower than this, short lines are headlines or captions, not a wrap width.
    static let minWrapWidth = 40

    /// For each line (in order), whether the break after it ends a sentence. The last
    /// line has `true`.
    private(set) var breakEndsSentence: [Bool] = []
    /// The offsets of the line breaks that end no sentence, in text order.
    private(set) var continuing: [Int] = []

    /// The line breaks of `utf8` that end no sentence, by byte offset in text order: the
    /// wraps inside a paragraph, and the breaks of a paragraph cut off mid-sentence. Words
    /// read across them are read as across a space ("from Albert⏎Lord" names one person).
    static func continuingBreaks(_ utf8: [UInt8]) -> [Int] {
        utf8.withUnsafeBufferPointer { u in
            guard let base = u.baseAddress, u.count > 0, memchr(base, 0x0A, u.count) != nil else { return [] }
            return LineLayout(u).continuing
        }
    }

    private struct Line {
        var start: Int       // first non-space byte
        var end: Int         // after the last non-space byte
        var width: Int       // characters in start..<end
        var blank: Bool { start >= end }
    }

    init(_ u: UnsafeBufferPointer<UInt8>) {
        var lines: [Line] = []
        lines.reserveCapacity(u.count / 64 + 1)
        var newlines: [Int] = []
        var lineStart = 0
        let n = u.count
        while true {
            // memchr: lines are found at memory speed, not byte by byte.
            let end = lineStart < n
                ? memchr(u.baseAddress! + lineStart, 0x0A, n - lineStart)
                    .map { UnsafeRawPointer(u.baseAddress!).distance(to: $0) } ?? n
                : n
            lines.append(LineLayout.measure(u, lineStart, end))
            if end == n { break }
            newlines.append(end)
            lineStart = end + 1
        }

        // Wrapping is a property of the whole text: one line wider than a wrap width means
        // paragraphs run on one line each, and the width a wrapped text was cut to shows
        // best in its widest line, not in a two-line block whose first line is a headline.
        var textWidth = 0
        for line in lines { textWidth = max(textWidth, line.width) }
        let wrappedText = textWidth >= LineLayout.minWrapWidth && textWidth <= LineLayout.maxWrapWidth

        var decisions = [Bool](repeating: true, count: lines.count)
        var blockStart = 0
        while blockStart < lines.count {
            if lines[blockStart].blank { blockStart += 1; continue }
            var blockEnd = blockStart
            while blockEnd < lines.count, !lines[blockEnd].blank { blockEnd += 1 }
            for k in blockStart..<(blockEnd - 1) {
                decisions[k] = LineLayout.endsSentence(u, lines[k], lines[k + 1],
                                                       width: wrappedText ? textWidth : nil)
            }
            // A paragraph cut off mid-sentence, a link of running text set apart by the page
            // it was copied from ("he said⏎⏎that a ceasefire ..."), goes on across the blank.
            var next = blockEnd
            while next < lines.count, lines[next].blank { next += 1 }
            if next < lines.count, LineLayout.goesOnAcrossBlank(u, lines[blockEnd - 1], lines[next]) {
                for k in (blockEnd - 1)..<next { decisions[k] = false }
            }
            blockStart = blockEnd
        }
        breakEndsSentence = decisions
        for k in newlines.indices where !decisions[k] { continuing.append(newlines[k]) }
    }

    private static func measure(_ u: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Line {
        var s = lo, e = hi
        while s < e { let w = UnicodeSpace.length(u, s); if w == 0 { break }; s += w }
        while e > s { let w = UnicodeSpace.lengthBefore(u, e); if w == 0 { break }; e -= w }
        // Characters are the bytes that do not continue one; counted eight at a time.
        var width = 0
        var k = s
        while k + 8 <= e {
            let w = UnsafeRawPointer(u.baseAddress! + k).loadUnaligned(as: UInt64.self)
            let continuations = w & ~(w << 1) & 0x8080_8080_8080_8080  // bytes 10xxxxxx
            width += 8 - continuations.nonzeroBitCount
            k += 8
        }
        while k < e { if !u[k].isUTF8Continuation { width += 1 }; k += 1 }
        return Line(start: s, end: e, width: width)
    }

    private static func endsSentence(_ u: UnsafeBufferPointer<UInt8>, _ line: Line, _ next: Line,
                                      width: Int?) -> Bool {
        if sameText(u, line, next) { return true }   // a caption printed twice
        if isHeading(u, line) || isHeading(u, next) { return true }
        if let width, line.width + 1 + firstWordWidth(u, next) > width {
            // A wrap: the break is a space, and a stop before it is left to the
            // abbreviation rules ("record Nov.⏎15." is a date, not a list item).
            return false
        }
        if startsListItem(u, next) { return true }
        if SentenceStops.endsWithStop(u, from: line.start, to: line.end) { return true }
        if u[next.start].isASCIILower { return false }
        return !endsWithJoiner(u, line)
    }

    /// Shorter than this, a line without a final stop may be a title, not a cut sentence.
    static let minCutLineWidth = 60

    /// Whether the text goes on across blank lines: a long line without a final stop or a
    /// joiner at its end, and a next paragraph that opens with a lower-case word, not an
    /// address ("https://…", "www.…").
    private static func goesOnAcrossBlank(_ u: UnsafeBufferPointer<UInt8>, _ line: Line, _ next: Line) -> Bool {
        guard line.width >= minCutLineWidth, u[next.start].isASCIILower,
              !SentenceStops.endsWithStop(u, from: line.start, to: line.end), !isHeading(u, line) else { return false }
        var k = next.start
        while k < next.end, UnicodeSpace.length(u, k) == 0 {
            if u[k] == UInt8(ascii: ":") || u[k] == UInt8(ascii: ".") || u[k] == UInt8(ascii: "/") { return false }
            k += 1
        }
        return true
    }

    private static func firstWordWidth(_ u: UnsafeBufferPointer<UInt8>, _ line: Line) -> Int {
        var k = line.start, width = 0
        while k < line.end, UnicodeSpace.length(u, k) == 0 {
            if !u[k].isUTF8Continuation { width += 1 }
            k += 1
        }
        return width
    }

    private static func sameText(_ u: UnsafeBufferPointer<UInt8>, _ a: Line, _ b: Line) -> Bool {
        guard a.end - a.start == b.end - b.start else { return false }
        for k in 0..<(a.end - a.start) where u[a.start + k] != u[b.start + k] { return false }
        return true
    }

    /// A Markdown heading ("# Talks resume", "### Day two") is a line of its own.
    private static func isHeading(_ u: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        var k = line.start
        while k < line.end, u[k] == 0x23, k - line.start < 6 { k += 1 }
        return k > line.start && k < line.end && (u[k] == 0x20 || u[k] == 0x09)
    }

    /// "- ", "* ", "• ", "1. ", "2) " open a list item.
    private static func startsListItem(_ u: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        let s = line.start
        let n = line.end
        func spaceAt(_ k: Int) -> Bool { k < n && (u[k] == 0x20 || u[k] == 0x09) }
        if u[s] == 0x2D || u[s] == 0x2A { return spaceAt(s + 1) }
        if u[s] == 0xE2, s + 2 < n, u[s + 1] == 0x80, u[s + 2] == 0xA2 { return spaceAt(s + 3) }
        var k = s
        while k < n, k - s < 3, u[k].isASCIIDigit { k += 1 }
        if k > s, k < n, u[k] == 0x2E || u[k] == 0x29 { return spaceAt(k + 1) }
        return false
    }

    /// A line ending in a comma, a dash or an open bracket goes on on the next line.
    private static func endsWithJoiner(_ u: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        let last = u[line.end - 1]
        if last == 0x2C || last == 0x3B || last == 0x2D || last == 0x28 || last == 0x26 { return true }
        // – and — (E2 80 93 / 94)
        if line.end - line.start >= 3, u[line.end - 3] == 0xE2, u[line.end - 2] == 0x80,
           u[line.end - 1] == 0x93 || u[line.end - 1] == 0x94 { return true }
        return false
    }
}
