public enum EventKind: String, Codable, Sendable, CaseIterable {
    case talks, statement, military, politics, plan, other
}
