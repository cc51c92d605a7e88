/// The events of a corpus in the arrays they were drawn in, one per document, numbered as
/// one list in document order. Copying them into one array would hold every event twice
/// while it is made, and the copy would take fresh pages of its own while the arrays it
/// empties leave their pages scattered among the events' strings, which no allocator hands
/// back.
struct EventList: RandomAccessCollection, Sendable {
    private let parts: [[Event]]
    /// By event, its part; by part, the number of its first event.
    private let partOf: [UInt32]
    private let starts: [Int]

    init(_ parts: [[Event]]) {
        self.parts = parts
        var partOf: [UInt32] = []
        partOf.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        var starts: [Int] = []
        starts.reserveCapacity(parts.count)
        for (p, part) in parts.enumerated() {
            starts.append(partOf.count)
            partOf.append(contentsOf: repeatElement(UInt32(p), count: part.count))
        }
        self.partOf = partOf
        self.starts = starts
    }

    var startIndex: Int { 0 }
    var endIndex: Int { partOf.count }

    subscript(i: Int) -> Event {
        let p = Int(partOf[i])
        return parts[p][i - starts[p]]
    }
}
