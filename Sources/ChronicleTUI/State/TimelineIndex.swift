import ChronicleCore

/// The chronology's entries reduced to plain numbers, built once: days, kinds and actor
/// ids. Rebuilding the filtered timeline then touches no strings, so a filter over
/// 100,000 entries fits in a keystroke.
public struct TimelineIndex: Sendable {
    public let firstDay: [Int32]
    public let lastDay: [Int32]
    /// year * 16 + month of the first day.
    public let yearMonth: [Int32]
    /// Dates coarser than a month sit under the year heading only.
    public let coarse: [Bool]
    public let kind: [UInt8]
    /// Entry i cites actorIDs[actorStart[i] ..< actorStart[i + 1]].
    public let actorStart: [Int32]
    public let actorIDs: [Int32]
    public let actorNames: [String]
    public let actorID: [String: Int32]

    public init(_ entries: [Entry]) {
        let n = entries.count
        var firstDay = [Int32](repeating: 0, count: n)
        var lastDay = [Int32](repeating: 0, count: n)
        var yearMonth = [Int32](repeating: 0, count: n)
        var coarse = [Bool](repeating: false, count: n)
        var kind = [UInt8](repeating: 0, count: n)
        var actorStart = [Int32](repeating: 0, count: n + 1)
        var actorIDs: [Int32] = []
        actorIDs.reserveCapacity(n * 2)
        var names: [String] = []
        var ids: [String: Int32] = [:]
        let kinds = EventKind.allCases
        for i in 0..<n {
            let date = entries[i].date
            let first = date.first
            firstDay[i] = Int32(truncatingIfNeeded: first.dayNumber)
            lastDay[i] = Int32(truncatingIfNeeded: date.last.dayNumber)
            yearMonth[i] = Int32(truncatingIfNeeded: first.year * 16 + first.month)
            coarse[i] = date.granularity > .month
            kind[i] = UInt8(kinds.firstIndex(of: entries[i].kind) ?? 0)
            for a in entries[i].actors {
                if let id = ids[a.name] {
                    actorIDs.append(id)
                } else {
                    let id = Int32(names.count)
                    ids[a.name] = id
                    names.append(a.name)
                    actorIDs.append(id)
                }
            }
            actorStart[i + 1] = Int32(actorIDs.count)
        }
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.yearMonth = yearMonth
        self.coarse = coarse
        self.kind = kind
        self.actorStart = actorStart
        self.actorIDs = actorIDs
        actorNames = names
        actorID = ids
    }

    public var count: Int { firstDay.count }

    /// Entries citing each actor, by actor id (an actor named twice in one entry counts once).
    public func entryCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: actorNames.count)
        for i in 0..<count {
            let start = Int(actorStart[i]), end = Int(actorStart[i + 1])
            for k in start..<end where !actorIDs[start..<k].contains(actorIDs[k]) {
                counts[Int(actorIDs[k])] += 1
            }
        }
        return counts
    }
}
