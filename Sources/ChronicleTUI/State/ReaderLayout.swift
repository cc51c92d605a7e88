import Algorithms
import ChronicleCore

/// A document wrapped to a width, with the source passage, its time expression and the
/// search matches styled. Built when the reader opens, changes source, searches or is
/// resized, so scrolling only draws lines. A long document is laid out a window of bytes
/// at a time (see `ReaderWindow`), so a 20 MB article costs what 32 KB do.
public struct ReaderLayout: Sendable {
    public let lines: [WrappedLine]
    public let width: Int
    /// The bytes laid out.
    public let window: Range<Int>
    /// The document's own lines, for "line N of M" and for opening it elsewhere.
    public let sourceLines: SourceLines
    public let byteCount: Int

    public init(document: Document, passage: ByteRange?, timex: ByteRange?, matches: [ByteRange],
                current: ByteRange? = nil, width: Int, window: Range<Int>? = nil, sourceLines: SourceLines? = nil) {
        let bytes = document.utf8
        let n = bytes.count
        let span = window.map { max(0, min(n, $0.lowerBound))..<max(0, min(n, $0.upperBound)) } ?? 0..<n
        let matches = matches.filter { $0.end > span.lowerBound && $0.start < span.upperBound }
        var cuts: Set<Int> = [span.lowerBound, span.upperBound]
        for r in [passage, timex].compactMap({ $0 }) + matches {
            cuts.insert(max(span.lowerBound, min(span.upperBound, r.start)))
            cuts.insert(max(span.lowerBound, min(span.upperBound, r.end)))
        }
        let points = cuts.sorted()
        var pieces: [TextPiece] = []
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            let mid = ByteRange(a, b)
            let style: Style
            if let current, current.contains(mid) {
                style = .currentMatch
            } else if matches.contains(where: { $0.contains(mid) }) {
                style = .match
            } else if let timex, timex.contains(mid) {
                style = .timex
            } else if let passage, passage.contains(mid) {
                style = .passage
            } else {
                style = .normal
            }
            pieces.append(TextPiece(String(decoding: bytes[a..<b], as: UTF8.self), style, offset: a))
        }
        lines = Wrapper.wrap(pieces, width: width)
        self.width = width
        self.window = span
        self.sourceLines = sourceLines ?? SourceLines(bytes)
        byteCount = n
    }

    /// The byte offset line `i` starts at; nil past either end.
    public func offset(ofLine i: Int) -> Int? {
        lines.indices.contains(i) ? lines[i].offset : nil
    }

    /// Where a screen of `height` lines from `top` is: the document line at its top, of
    /// how many, and how far through the text its last line reaches, in percent.
    public func position(top: Int, height: Int) -> (line: Int, of: Int, percent: Int) {
        let topOffset = offset(ofLine: top) ?? 0
        let end = top + height < lines.count ? lines[top + height].offset : byteCount
        let percent = byteCount == 0 ? 100 : min(100, end * 100 / byteCount)
        return (sourceLines.line(at: topOffset), sourceLines.count, percent)
    }

    /// The line showing byte `offset`.
    public func line(containing offset: Int) -> Int {
        max(0, lines.partitioningIndex { $0.offset > offset } - 1)
    }
}
