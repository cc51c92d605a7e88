public enum ActorKind: String, Codable, Sendable, CaseIterable {
    case person, place, organization
}
