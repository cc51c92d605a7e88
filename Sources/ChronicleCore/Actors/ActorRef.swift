/// An actor as an entry cites it: enough to display and to filter.
public struct ActorRef: Hashable, Sendable, Codable {
    public var name: String
    public var kind: ActorKind

    public init(name: String, kind: ActorKind) {
        self.name = name
        self.kind = kind
    }
}
