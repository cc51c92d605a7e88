/// One place in a document where an actor is named, before variants are merged.
public struct ActorMention: Hashable, Sendable, Codable {
    /// The name as written, without title ("Volodymyr Zelenskyy", not "President ...").
    public var range: ByteRange
    public var text: String
    /// Nil while nothing in the text says what it is; the resolver may learn it elsewhere.
    public var kind: ActorKind?
    /// The gazetteer entry it matched, if any.
    public var gazetteerEntry: Int?
    public var wordCount: Int
    /// A head shared with a list ("Donetsk, Luhansk and Zaporizhia regions" gives each
    /// item the head "region"), so the item merges with "Zaporizhzhia region".
    public var impliedHead: String?
    /// Index (in the document's mention list) of the mention this one abbreviates or
    /// spells out ("the defense ministry (MoD)").
    public var linkedTo: Int?
    /// The kind comes from the name's shape alone ("two capitalised words: a person") or is
    /// a headline's echo of the body, not from a cue in the text ("in X", "X said", a title,
    /// a head word): when the spelling's mentions disagree, cues decide.
    public var guessed: Bool = false

    public init(range: ByteRange, text: String, kind: ActorKind?, gazetteerEntry: Int? = nil,
                wordCount: Int, impliedHead: String? = nil, linkedTo: Int? = nil) {
        self.range = range
        self.text = text
        self.kind = kind
        self.gazetteerEntry = gazetteerEntry
        self.wordCount = wordCount
        self.impliedHead = impliedHead
        self.linkedTo = linkedTo
    }
}
