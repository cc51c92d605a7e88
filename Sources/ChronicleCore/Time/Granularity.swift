/// How precise a normalized date is. Ordered from finest to coarsest.
public enum Granularity: String, Codable, Sendable, CaseIterable, Comparable {
    case time, day, week, month, season, quarter, half, year, decade, century

    private var rank: Int { Granularity.allCases.firstIndex(of: self)! }

    public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rank < rhs.rank }
}
