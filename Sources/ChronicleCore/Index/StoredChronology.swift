import Foundation

/// The built chronology as the index keeps it, for opening an unchanged corpus at once:
/// a head with its documents, actors and warnings, then its entries in parts, each of one
/// year (that of its date's first day) and at most `entriesPerPart` entries, written and
/// read on all cores. An update reads and writes again only the parts of the years its
/// change reaches (see `ChangedDays`): entries are in date order, so a year's are together,
/// and an entry's number is its place, given when the parts are read.
struct StoredChronology: Codable, Sendable {
    var documents: [StoredDocument]
    var actors: [Actor]
    var warnings: [LoadWarning]
    var entryCount: Int

    static let entriesPerPart = 2048

    /// A part of the entries: the `part`th of those of `year`.
    struct Part: Sendable {
        var year: Int
        var part: Int
        var blob: Data
    }

    /// The head, and parts of the entries in order.
    struct Parts: Sendable {
        var head: Data
        var entries: [Part]
    }

    /// `years`: the years whose entries are encoded, nil for all of them.
    static func encode(_ chronology: Chronology, years: Set<Int>? = nil) throws -> Parts {
        let entries = years.map { years in chronology.entries.filter { years.contains($0.date.first.year) } }
        return try encode(documents: chronology.documents, actors: chronology.actors, warnings: chronology.warnings,
                          entryCount: chronology.entries.count, entries: entries ?? chronology.entries)
    }

    /// The head of a chronology of `entryCount` entries, and the parts of `entries`: whole
    /// years of its entries, in order.
    static func encode(documents: [Document], actors: [Actor], warnings: [LoadWarning], entryCount: Int,
                       entries: [Entry]) throws -> Parts {
        let head = StoredChronology(documents: documents.map(StoredDocument.init), actors: actors,
                                    warnings: warnings, entryCount: entryCount)
        var spans: [(year: Int, part: Int, range: Range<Int>)] = []
        var start = 0
        while start < entries.count {
            let year = entries[start].date.first.year
            var end = start
            while end < entries.count, entries[end].date.first.year == year { end += 1 }
            for (part, from) in stride(from: start, to: end, by: entriesPerPart).enumerated() {
                spans.append((year, part, from..<min(from + entriesPerPart, end)))
            }
            start = end
        }
        let parts = ParallelMap.map(spans) { span in
            Result { Part(year: span.year, part: span.part, blob: try IndexCoder.encode(Array(entries[span.range]))) }
        }
        return Parts(head: try IndexCoder.encode(head), entries: try parts.map { try $0.get() })
    }

    /// The entries of `parts`, in order, decoded on all cores; their numbers are those they
    /// were stored with.
    static func entries(of parts: [Part]) throws -> [Entry] {
        let decoded = ParallelMap.map(parts) { part in
            Result { try IndexCoder.decode([Entry].self, from: part.blob) }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(decoded.reduce(0) { $0 + ((try? $1.get())?.count ?? 0) })
        for part in decoded { entries += try part.get() }
        return entries
    }

    /// Throws when a part cannot be read or the entries are not all there.
    static func decode(_ parts: Parts, root: String) throws -> Chronology {
        let head = try IndexCoder.decode(StoredChronology.self, from: parts.head)
        var entries = try entries(of: parts.entries)
        guard entries.count == head.entryCount else {
            throw BinaryCoder.Unsupported(description: "\(head.entryCount - entries.count) entries are missing")
        }
        // A part kept from an earlier build holds the numbers of then.
        for k in entries.indices { entries[k].id = k + 1 }
        return Chronology(root: root, documents: head.documents.map { $0.document(root: root) }, entries: entries,
                          actors: head.actors, warnings: head.warnings)
    }
}
