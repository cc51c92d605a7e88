import Algorithms
import Foundation

/// The words of one document as tokens, scanned once and shared by the readers that come
/// after the actors are known (references, happenings, claimants): a reader of one sentence
/// or clause takes its tokens from here instead of scanning those bytes again.
struct DocumentTokens: Sendable {
    let tokens: [Token]
    /// A terminal escape sequence hides the words up to the next space from the scan; a
    /// scan that starts inside one would find them, so such a document's ranges are
    /// scanned on their own.
    private let hasEscape: Bool
    /// The line breaks read as spaces: the wraps of a hard-wrapped text.
    private let continuing: [Int]

    init(_ utf8: [UInt8]) {
        self.init(utf8, continuing: LineLayout.continuingBreaks(utf8))
    }

    /// The same, with the line breaks that end no sentence already surveyed.
    init(_ utf8: [UInt8], continuing: [Int]) {
        self.continuing = continuing
        tokens = WordScanner.tokens(utf8, continuing: continuing)
        // memchr: a test of every byte, at memory speed rather than byte by byte.
        hasEscape = utf8.withUnsafeBufferPointer { u in
            u.count > 0 && memchr(u.baseAddress!, 0x1B, u.count) != nil
        }
    }

    /// Whether some line break of the text is read as a space.
    var wraps: Bool { !continuing.isEmpty }

    /// The words of `range` scanned by themselves, its wraps read as the document's are.
    func scanned(_ range: ByteRange, of utf8: [UInt8]) -> [Token] {
        WordScanner.tokens(utf8, in: range, continuing: continuing)
    }

    /// Exactly what a scan of `range` alone finds (`scanned`). The document's words inside
    /// `range` are those, with the first marked as after a break, a line start and a stop
    /// (nothing before the range is seen); a word or a possessive ending the range cuts
    /// would be read otherwise, and the range is then scanned by itself.
    func tokens(in range: ByteRange, of utf8: [UInt8]) -> [Token] {
        let lo = max(0, range.start), hi = min(utf8.count, range.end)
        guard lo < hi, !hasEscape else { return scanned(range, of: utf8) }
        // Words do not overlap and are in text order: their ends are sorted too.
        let first = firstEnding(after: lo)
        let past = firstEnding(after: hi)
        if first < tokens.count, tokens[first].range.start < lo { return scanned(range, of: utf8) }
        // The `s` of a possessive ending is no word of the document, but a range that starts
        // at it has it for one.
        if first > 0, tokens[first - 1].isPossessive, possessiveEnd(after: tokens[first - 1].range.end, utf8) > lo {
            return scanned(range, of: utf8)
        }
        if past < tokens.count, tokens[past].range.start < hi { return scanned(range, of: utf8) }
        guard first < past else { return [] }
        if tokens[past - 1].isPossessive, possessiveEnd(after: tokens[past - 1].range.end, utf8) > hi {
            return scanned(range, of: utf8)
        }
        var slice = Array(tokens[first..<past])
        slice[0].breakBefore = true
        slice[0].lineStart = true
        slice[0].dotOnlyBefore = false
        slice[0].afterStop = true
        return slice
    }

    /// The index of the first word ending after `offset`.
    private func firstEnding(after offset: Int) -> Int {
        tokens.partitioningIndex { $0.range.end > offset }
    }

    /// Where the `'s` or `’s` after a possessive word ends.
    private func possessiveEnd(after end: Int, _ utf8: [UInt8]) -> Int {
        end + (utf8[end] == UInt8(ascii: "'") ? 2 : 4)
    }
}
