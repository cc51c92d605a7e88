import Foundation

/// The built chronology as the index keeps it, for opening an unchanged corpus at once:
/// a first part with its documents, actors and warnings, then its entries in parts of
/// `entriesPerPart`, written and read on all cores.
struct StoredChronology: Codable, Sendable {
    var documents: [StoredDocument]
    var actors: [Actor]
    var warnings: [LoadWarning]
    var entryCount: Int

    static let entriesPerPart = 2048

    static func encode(_ chronology: Chronology) throws -> [Data] {
        let head = StoredChronology(documents: chronology.documents.map(StoredDocument.init), actors: chronology.actors,
                                    warnings: chronology.warnings, entryCount: chronology.entries.count)
        let entries = chronology.entries
        let starts = Array(stride(from: 0, to: entries.count, by: entriesPerPart))
        let parts = ParallelMap.map(starts) { start in
            Result { try IndexCoder.encode(Array(entries[start..<min(start + entriesPerPart, entries.count)])) }
        }
        return try [IndexCoder.encode(head)] + parts.map { try $0.get() }
    }

    /// Throws when a part cannot be read or the entries are not all there.
    static func decode(_ parts: [Data], root: String) throws -> Chronology {
        guard let first = parts.first else { throw BinaryCoder.Unsupported(description: "no stored chronology") }
        let head = try IndexCoder.decode(StoredChronology.self, from: first)
        let decoded = ParallelMap.map(Array(parts.dropFirst())) { part in
            Result { try IndexCoder.decode([Entry].self, from: part) }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(head.entryCount)
        for part in decoded { entries += try part.get() }
        guard entries.count == head.entryCount else {
            throw BinaryCoder.Unsupported(description: "\(head.entryCount - entries.count) entries are missing")
        }
        return Chronology(root: root, documents: head.documents.map { $0.document(root: root) }, entries: entries,
                          actors: head.actors, warnings: head.warnings)
    }
}
