public enum ActorKind: String, Codable, Sendable, CaseIterable {
    case person, place, organization
    /// A product, model, programme, index or currency ("Airbus A380", "S&P 500", "US dollar").
    case product
}
