/// One passage that reports an entry.
public struct Source: Hashable, Sendable, Codable {
    public var documentID: String
    /// Path relative to the corpus folder.
    public var file: String
    public var passage: ByteRange
    public var timex: TimeExpression
    public var claimBy: String?
    public var summary: String

    public init(documentID: String, file: String, passage: ByteRange, timex: TimeExpression,
                claimBy: String?, summary: String) {
        self.documentID = documentID
        self.file = file
        self.passage = passage
        self.timex = timex
        self.claimBy = claimBy
        self.summary = summary
    }
}
