/// An actor as an entry cites it: enough to display and to filter.
public struct ActorRef: Hashable, Sendable, Codable {
    public var name: String
    public var kind: ActorKind
    /// The words that stand for the actor when the passage does not name it ("he", "the
    /// planemaker", "Russian"); nil when it is named.
    public var via: String?

    public init(name: String, kind: ActorKind, via: String? = nil) {
        self.name = name
        self.kind = kind
        self.via = via
    }
}
