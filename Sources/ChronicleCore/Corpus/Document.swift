import Foundation

/// One article of the corpus, as read from disk.
///
/// `utf8` has exactly the byte length of the original file and the same bytes wherever
/// the file is valid UTF-8, so every offset into it is an offset into the file. Bytes
/// that would break analysis or display are replaced one for one: each invalid byte by
/// U+001A (SUB), NUL by a space, a leading BOM by three spaces.
public struct Document: Sendable, Identifiable {
    /// File name without extension; unique within a corpus.
    public let id: String
    /// Path relative to the corpus folder.
    public let file: String
    /// The text's bytes. A document taken from the index reads its file on first use: a
    /// large corpus opens without holding every text.
    public var utf8: [UInt8] { bytes.value }
    private let bytes: DocumentBytes
    public var metadata: DocumentMetadata
    /// The anchor for relative time expressions; nil when none could be found.
    public var creationDate: CreationDate?
    /// The title the text itself gives (see `displayTitle`), found once: exports and views
    /// ask for it per source.
    private let textTitle: String

    public init(id: String, file: String, utf8: [UInt8], metadata: DocumentMetadata = .init(),
                creationDate: CreationDate? = nil, lexicon: Lexicon = .bundled) {
        self.id = id
        self.file = file
        self.bytes = DocumentBytes(utf8)
        self.metadata = metadata
        self.creationDate = creationDate
        self.textTitle = Self.headline(of: utf8, lexicon: lexicon) ?? id
    }

    /// A document whose text stays in its file at `path` until something reads it;
    /// `textTitle` is the title its text gave when it was read before.
    public init(id: String, file: String, path: String, metadata: DocumentMetadata,
                creationDate: CreationDate?, textTitle: String) {
        self.id = id
        self.file = file
        self.bytes = DocumentBytes(path: path)
        self.metadata = metadata
        self.creationDate = creationDate
        self.textTitle = textTitle
    }

    /// The same document with `date` as its creation date.
    public func dated(_ date: CreationDate?) -> Document {
        var copy = self
        copy.creationDate = date
        return copy
    }

    /// The title the text itself gives, kept by the index beside the metadata.
    public var titleFromText: String { textTitle }

    /// The whole text (valid UTF-8 by construction).
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The text of a byte range; ranges are clamped to the document.
    public func text(_ range: ByteRange) -> String {
        let lo = max(0, min(range.start, utf8.count))
        let hi = max(lo, min(range.end, utf8.count))
        return String(decoding: utf8[lo..<hi], as: UTF8.self)
    }

    /// The title from metadata, else the first line near the top that can be a headline
    /// (not a date stamp, byline or page furniture), else the first non-empty line; a line
    /// too long to be a headline gives its first sentence, or its first words up to a word
    /// boundary and "…".
    public var displayTitle: String {
        if let title = metadata.title, !title.isEmpty { return title }
        return textTitle
    }

    private static func headline(of utf8: [UInt8], lexicon: Lexicon) -> String? {
        var first: String? = nil
        // The first line that can be a headline but may be a section label (see
        // `HeadlineLine.isLabel`).
        var label: String? = nil
        var seen = 0
        // Bytes are scanned, and only the first few hundred of the line decoded: a scraped
        // article may be one line of megabytes.
        let n = utf8.count
        var start = 0
        while start < n {
            var s = start
            while s < n, utf8[s] == 0x20 || utf8[s] == 0x09 || utf8[s] == 0x0D || utf8[s] == 0x0B || utf8[s] == 0x0C {
                s += 1
            }
            let cap = s + 160 * 4
            var end = s
            while end < n, end < cap, utf8[end] != 0x0A { end += 1 }
            // Cut at a character boundary, never inside one.
            if end == cap { while end > s, end < n, utf8[end] & 0xC0 == 0x80 { end -= 1 } }
            let line = String(decoding: utf8[s..<end], as: UTF8.self).trimmingWhiteSpace()
            if !line.isEmpty {
                if HeadlineLine.canBeHeadline(utf8, ByteRange(s, end), line: line, lexicon: lexicon) {
                    // Under a label, the next longer line is the headline unless it is body text.
                    if !HeadlineLine.isLabel(line, lexicon: lexicon) {
                        if let label, HeadlineLine.isBodySentence(line) { return shortened(label, lexicon: lexicon) }
                        return shortened(line, lexicon: lexicon)
                    }
                    if label == nil { label = line }
                }
                if first == nil { first = line }
                seen += 1
                if seen == Self.headlineSearchLines { break }
            }
            while end < n, utf8[end] != 0x0A { end += 1 }
            start = end + 1
        }
        return (label ?? first).map { shortened($0, lexicon: lexicon) }
    }

    static let titleLimit = 120
    /// How many non-empty lines at the top may hold the headline before the first is taken.
    static let headlineSearchLines = 8

    static func shortened(_ line: String, lexicon: Lexicon = .bundled) -> String {
        guard line.count > titleLimit else { return line }
        let head = line.prefix(titleLimit + 1)
        // The first sentence, when the line is a paragraph that starts with a short one; the
        // sentence splitter knows that "(Oct. 10)" or "Gen. Ruiz" end none.
        let bytes = Array(line.prefix(4 * titleLimit).utf8)
        if let first = SentenceSplitter.split(bytes, lexicon: lexicon).first {
            let sentence = String(decoding: bytes[first.start..<first.end], as: UTF8.self).trimmingWhiteSpace()
            if sentence.count >= 20, sentence.count <= titleLimit, sentence.last == "." { return sentence }
        }
        var cut = head.dropLast()
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= titleLimit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, ",;:–—-".contains(last) || last == " " { cut = cut.dropLast() }
        return String(cut) + "…"
    }
}
