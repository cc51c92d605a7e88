/// What bringing an index up to date did.
public struct IndexReport: Sendable {
    public var path: String
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Why the index was built anew, if it was ("it is corrupt ..."); nil when it was
    /// brought up to date, or there was none yet.
    public var rebuiltBecause: String? = nil
    /// The index could not be written: the chronology was built all the same.
    public var writeProblem: String? = nil

    /// "1 added, 2 changed, 0 removed, 40 unchanged"
    public var summary: String {
        "\(added) added, \(changed) changed, \(removed) removed, \(unchanged) unchanged"
    }
}
