import ChronicleCore

/// One letter per event kind, so the kind reads without colour; help lists the legend.
public enum KindMarker {
    public static func letter(_ kind: EventKind) -> String {
        switch kind {
        case .talks: return "T"
        case .statement: return "S"
        case .military: return "M"
        case .politics: return "P"
        case .plan: return "L"
        case .other: return "·"
        }
    }

    public static var legend: String {
        EventKind.allCases.map { "\(letter($0)) \($0.rawValue)" }.joined(separator: "  ")
    }
}
