import Algorithms
import ChronicleCore

/// Every entry summary in one byte buffer, so a timeline search is a single fast scan
/// instead of 100,000 small ones. Built with the state, a copy of the summaries' bytes.
public struct SummaryHaystack: Sendable {
    private let bytes: [UInt8]
    /// Entry i's summary starts at starts[i]; starts[count] is the end.
    private let starts: [Int32]

    public init(_ entries: [Entry]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(entries.count + 1)
        bytes.reserveCapacity(entries.count * 64)
        for i in entries.indices {
            starts.append(Int32(truncatingIfNeeded: bytes.count))
            let summary = entries[i].summary
            if summary.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: Array(summary.utf8))
            }
            // A line break between summaries: no typed search term contains one.
            bytes.append(10)
        }
        starts.append(Int32(truncatingIfNeeded: bytes.count))
        self.bytes = bytes
        self.starts = starts
    }

    /// Indices of the entries whose summary contains the term, ascending.
    public func entries(matching search: TextSearch) -> [Int32] {
        var out: [Int32] = []
        var last = -1
        for m in search.matches(in: bytes) {
            let e = entry(at: m.lowerBound)
            if e != last { out.append(Int32(e)); last = e }
        }
        return out
    }

    private func entry(at offset: Int) -> Int {
        max(0, starts.partitioningIndex { Int($0) > offset } - 1)
    }
}
