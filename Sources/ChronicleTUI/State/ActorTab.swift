import ChronicleCore

/// The tabs of the actor picker.
public enum ActorTab: Int, Sendable, CaseIterable, Hashable {
    case all, people, places, organizations

    public var title: String {
        switch self {
        case .all: return "All"
        case .people: return "People"
        case .places: return "Places"
        case .organizations: return "Organizations"
        }
    }

    /// For narrow pickers.
    public var shortTitle: String { self == .organizations ? "Orgs" : title }

    public func admits(_ kind: ActorKind) -> Bool {
        switch self {
        case .all: return true
        case .people: return kind == .person
        case .places: return kind == .place
        case .organizations: return kind == .organization
        }
    }
}
