/// One place in a document where an actor is named, before variants are merged.
///
/// A corpus holds every mention of every article at once while actors are merged, so the
/// small numbers are kept in 32 bits (-1 for none) behind their `Int` properties.
public struct ActorMention: Hashable, Sendable {
    /// The name as written, without title ("Volodymyr Zelenskyy", not "President ...").
    public var range: ByteRange
    public var text: String
    /// A head shared with a list ("Donetsk, Luhansk and Zaporizhia regions" gives each
    /// item the head "region"), so the item merges with "Zaporizhzhia region".
    public var impliedHead: String?
    private var storedEntry: Int32
    private var storedWordCount: Int32
    private var storedLink: Int32
    /// Nil while nothing in the text says what it is; the resolver may learn it elsewhere.
    public var kind: ActorKind?
    /// The kind comes from the name's shape alone ("two capitalised words: a person") or is
    /// a headline's echo of the body, not from a cue in the text ("in X", "X said", a title,
    /// a head word): when the spelling's mentions disagree, cues decide. With no kind, the
    /// words are surely a name all the same (one word inside a sentence that the text
    /// never writes in lower case), of a kind nothing in its text tells.
    public var guessed: Bool = false

    public init(range: ByteRange, text: String, kind: ActorKind?, gazetteerEntry: Int? = nil,
                wordCount: Int, impliedHead: String? = nil, linkedTo: Int? = nil) {
        self.range = range
        self.text = text
        self.impliedHead = impliedHead
        storedEntry = Self.narrow(gazetteerEntry)
        storedWordCount = Int32(wordCount)
        storedLink = Self.narrow(linkedTo)
        self.kind = kind
    }

    /// The gazetteer entry it matched, if any.
    public var gazetteerEntry: Int? {
        get { Self.widen(storedEntry) }
        set { storedEntry = Self.narrow(newValue) }
    }

    public var wordCount: Int {
        get { Int(storedWordCount) }
        set { storedWordCount = Int32(newValue) }
    }

    /// Index (in the document's mention list) of the mention this one abbreviates or
    /// spells out ("the defense ministry (MoD)").
    public var linkedTo: Int? {
        get { Self.widen(storedLink) }
        set { storedLink = Self.narrow(newValue) }
    }

    private static func narrow(_ value: Int?) -> Int32 { value.map { Int32($0) } ?? -1 }
    private static func widen(_ value: Int32) -> Int? { value < 0 ? nil : Int(value) }
}

extension ActorMention: Codable {
    private enum CodingKeys: String, CodingKey {
        case range, text, kind, gazetteerEntry, wordCount, impliedHead, linkedTo, guessed
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(range: try c.decode(ByteRange.self, forKey: .range), text: try c.decode(String.self, forKey: .text),
                  kind: try c.decodeIfPresent(ActorKind.self, forKey: .kind),
                  gazetteerEntry: try c.decodeIfPresent(Int.self, forKey: .gazetteerEntry),
                  wordCount: try c.decode(Int.self, forKey: .wordCount),
                  impliedHead: try c.decodeIfPresent(String.self, forKey: .impliedHead),
                  linkedTo: try c.decodeIfPresent(Int.self, forKey: .linkedTo))
        guessed = try c.decode(Bool.self, forKey: .guessed)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(range, forKey: .range)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(kind, forKey: .kind)
        try c.encodeIfPresent(gazetteerEntry, forKey: .gazetteerEntry)
        try c.encode(wordCount, forKey: .wordCount)
        try c.encodeIfPresent(impliedHead, forKey: .impliedHead)
        try c.encodeIfPresent(linkedTo, forKey: .linkedTo)
        try c.encode(guessed, forKey: .guessed)
    }
}
