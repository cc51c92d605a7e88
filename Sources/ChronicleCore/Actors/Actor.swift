/// A person, place or organization, with every spelling under which it was met.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    /// The canonical name; unique within a chronology.
    public var name: String
    public var kind: ActorKind
    /// Every surface form seen in the texts (and the gazetteer's), the name included.
    public var aliases: [String]
    public var mentions: Int

    public var id: String { name }

    public init(name: String, kind: ActorKind, aliases: [String] = [], mentions: Int = 0) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
    }
}
