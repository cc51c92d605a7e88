import ChronicleCore

/// The article reader: which entry and source it shows, where it is scrolled, and its
/// search.
public struct ReaderState: Sendable {
    /// Index of the entry in the chronology.
    public var entry: Int
    public var source: Int
    public var scroll: Int = 0
    public var search: TextSearch?
    public var matches: [ByteRange] = []
    public var currentMatch: Int?
    public var layout: ReaderLayout?
    /// The bytes of a long document laid out now; nil until the reader opens.
    public var window: Range<Int>?
    /// Line starts of the document, counted once when it opens.
    public var sourceLines: SourceLines?

    public init(entry: Int, source: Int) {
        self.entry = entry
        self.source = source
    }
}
