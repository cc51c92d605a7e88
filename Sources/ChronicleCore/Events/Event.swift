/// One dated happening as one passage of one document reports it.
public struct Event: Hashable, Sendable, Codable {
    public var documentID: String
    /// The sentence or clause, as a byte range of the document.
    public var passage: ByteRange
    /// The time expression that dates the passage; nil unless `basis` is `.text`.
    public var timex: TimeExpression?
    public var date: TimeValue
    public var basis: DateBasis
    /// For `basis == .context`: the clause whose date this one takes.
    public var datedBy: ByteRange?
    /// The clause, trimmed, on one line.
    public var summary: String
    public var actors: [ActorRef]
    public var kind: EventKind
    /// Who the text says makes the claim ("Ministry of Defence (Russia)"), if attributed.
    public var claimant: String?
    /// The passage opens by naming the happening the one before it told ("The blast
    /// occurred ..."): `HappeningReference`.
    public var refersBack: Bool

    public init(documentID: String, passage: ByteRange, timex: TimeExpression?, date: TimeValue,
                summary: String, actors: [ActorRef], kind: EventKind, claimant: String?,
                basis: DateBasis = .text, datedBy: ByteRange? = nil, refersBack: Bool = false) {
        self.documentID = documentID
        self.passage = passage
        self.timex = timex
        self.date = date
        self.summary = summary
        self.actors = actors
        self.kind = kind
        self.claimant = claimant
        self.basis = basis
        self.datedBy = datedBy
        self.refersBack = refersBack
    }
}
