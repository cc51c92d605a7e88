/// One passage that reports an entry.
public struct Source: Hashable, Sendable, Codable {
    public var documentID: String
    /// Path relative to the corpus folder.
    public var file: String
    public var passage: ByteRange
    /// The time expression that dates the passage; nil unless `basis` is `.text`.
    public var timex: TimeExpression?
    public var basis: DateBasis
    /// For `basis == .context`: the clause whose date this one takes.
    public var datedBy: ByteRange?
    public var claimBy: String?
    public var summary: String

    public init(documentID: String, file: String, passage: ByteRange, timex: TimeExpression?,
                claimBy: String?, summary: String, basis: DateBasis = .text, datedBy: ByteRange? = nil) {
        self.documentID = documentID
        self.file = file
        self.passage = passage
        self.timex = timex
        self.claimBy = claimBy
        self.summary = summary
        self.basis = basis
        self.datedBy = datedBy
    }
}
