/// The stored entries (see `StoredChronology`) of some years, decoded and kept by year: an
/// update merges again the years its change reaches and keeps the others as they are.
struct StoredYears: Sendable {
    /// Each year's entries, in order, years in order; numbered as they were stored.
    private(set) var years: [(year: Int, entries: [Entry])] = []

    /// `parts`: in order of year and part, as the index gives them. Decoded on all cores;
    /// throws when one cannot be read.
    init(_ parts: [StoredChronology.Part]) throws {
        let decoded = ParallelMap.map(parts) { part in
            Result { try IndexCoder.decode([Entry].self, from: part.blob) }
        }
        for (part, entries) in zip(parts, decoded) {
            if let last = years.last, last.year == part.year {
                years[years.count - 1].entries += try entries.get()
            } else {
                years.append((part.year, try entries.get()))
            }
        }
    }

    /// The entries of `wanted`, in order.
    func entries(in wanted: Set<Int>) -> [Entry] {
        years.filter { wanted.contains($0.year) }.flatMap(\.entries)
    }

    func count(in wanted: Set<Int>) -> Int {
        years.reduce(0) { $0 + (wanted.contains($1.year) ? $1.entries.count : 0) }
    }

    /// Every entry, in order and numbered by its place, those of the years `replaced` being
    /// `entries` (in order, of those years alone).
    func replacing(_ replaced: Set<Int>, with entries: [Entry]) -> [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(years.reduce(0) { $0 + $1.entries.count } + entries.count)
        var next = 0
        for (year, kept) in years where !replaced.contains(year) {
            while next < entries.count, entries[next].date.first.year < year {
                out.append(entries[next])
                next += 1
            }
            out += kept
        }
        out += entries[next...]
        for k in out.indices { out[k].id = k + 1 }
        return out
    }
}
