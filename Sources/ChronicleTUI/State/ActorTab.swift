import ChronicleCore

/// The tabs of the actor picker.
public enum ActorTab: Int, Sendable, CaseIterable, Hashable {
    case all, people, places, organizations, products

    public var title: String {
        switch self {
        case .all: return "All"
        case .people: return "People"
        case .places: return "Places"
        case .organizations: return "Organizations"
        case .products: return "Products"
        }
    }

    /// For narrow pickers.
    public var shortTitle: String {
        switch self {
        case .organizations: return "Orgs"
        case .products: return "Prods"
        default: return title
        }
    }

    public func admits(_ kind: ActorKind) -> Bool {
        switch self {
        case .all: return true
        case .people: return kind == .person
        case .places: return kind == .place
        case .organizations: return kind == .organization
        case .products: return kind == .product
        }
    }
}
