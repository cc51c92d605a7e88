import Algorithms
import ChronicleCore

/// The filtered timeline laid out as rows: built once per filter change, in one pass over
/// the index, so moving and drawing only touch the rows on screen.
public struct TimelineModel: Sendable {
    /// Indices into the chronology's entries, in chronology order.
    public let visible: [Int]
    public let rows: [TimelineRow]
    /// For each visible entry, its row.
    public let rowOfVisible: [Int]
    /// For each visible entry, the day number its date starts on (for the ruler).
    public let firstDays: [Int32]
    public let lastDays: [Int32]
    /// The days the ruler spreads over; nil when nothing is shown. Found here, once per
    /// filter, as it reads every visible entry's days.
    let rulerSpan: RulerSpan?

    /// `only`, when given, lists the chronology indices (ascending) that may be shown at
    /// all: the entries a pattern matched.
    public init(index: TimelineIndex, entries: [Entry], filter: EntryFilter, only: [Int32]? = nil) {
        let scan = FilterScan(filter, index: index)
        var visible: [Int] = []
        var rows: [TimelineRow] = []
        var rowOf: [Int] = []
        var firstDays: [Int32] = []
        var lastDays: [Int32] = []
        let expected = scan.isEmpty && only == nil ? index.count : 1024
        var nextAllowed = 0
        visible.reserveCapacity(expected)
        rowOf.reserveCapacity(expected)
        firstDays.reserveCapacity(expected)
        lastDays.reserveCapacity(expected)
        rows.reserveCapacity(expected + expected / 8)
        var lastYear: Int32 = .min
        var lastMonth: Int32 = -1
        for i in 0..<index.count {
            if let only {
                while nextAllowed < only.count, Int(only[nextAllowed]) < i { nextAllowed += 1 }
                guard nextAllowed < only.count, Int(only[nextAllowed]) == i else { continue }
            }
            guard scan.matches(i, entries) else { continue }
            let ym = index.yearMonth[i]
            let year = ym >> 4, month = ym & 15
            if year != lastYear {
                rows.append(.year(Int(year)))
                lastYear = year
                lastMonth = -1
            }
            if !index.coarse[i], month != lastMonth {
                rows.append(.month(year: Int(year), month: Int(month)))
                lastMonth = month
            }
            rowOf.append(rows.count)
            rows.append(.entry(i))
            visible.append(i)
            firstDays.append(index.firstDay[i])
            lastDays.append(index.lastDay[i])
        }
        self.visible = visible
        self.rows = rows
        self.rowOfVisible = rowOf
        self.firstDays = firstDays
        self.lastDays = lastDays
        rulerSpan = firstDays.isEmpty ? nil : RulerSpan(firstDays: firstDays, lastDays: lastDays)
    }

    public var isEmpty: Bool { visible.isEmpty }

    /// The visible ordinal of the first entry at or after chronology index `index`
    /// (the last one when none): where the cursor lands when a filter changes.
    public func ordinal(nearest index: Int) -> Int {
        guard !visible.isEmpty else { return 0 }
        return min(visible.partitioningIndex { $0 >= index }, visible.count - 1)
    }

    /// The visible ordinal of the first entry that does not end before `day`.
    public func ordinal(onOrAfter day: Int) -> Int? {
        guard !visible.isEmpty else { return nil }
        let lo = firstDays.partitioningIndex { Int($0) >= day }
        // A coarser entry that started earlier but still covers the day comes first.
        var k = lo
        while k > 0, Int(lastDays[k - 1]) >= day, lo - k < 64 { k -= 1 }
        return min(k, visible.count - 1)
    }
}
