/// What the pipeline knows about one document before events are drawn from it.
public struct DocumentAnalysis: Sendable {
    public var document: Document
    public var sentences: [ByteRange]
    /// Sorted by start, non-overlapping.
    public var timexes: [TimeExpression]
    /// Sorted by start.
    public var mentions: [ActorMention]
    /// The line breaks that end no sentence, when the analysis surveyed them (nil when it
    /// was read back from an index: they are surveyed again).
    var continuing: [Int]?

    public init(document: Document, sentences: [ByteRange], timexes: [TimeExpression],
                mentions: [ActorMention]) {
        self.document = document
        self.sentences = sentences
        self.timexes = timexes
        self.mentions = mentions
    }
}
