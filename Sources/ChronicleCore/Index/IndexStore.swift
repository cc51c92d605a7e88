import Foundation
import GRDB

/// The index database: one row per article (its stat data, content hash and stored
/// analysis), the built chronology, and what it was built with.
struct IndexStore {
    /// What the index knows of an article without decoding its record.
    struct Stamps: Equatable, Sendable {
        var text: FileStamp
        var sidecar: String?
        var sidecarStamp: FileStamp?
        var hash: String
    }

    /// An article's record as stored: its head, read by every build, and its body, read
    /// when its events are needed (see `DocumentRecord`).
    struct Blobs: Sendable {
        var head: Data
        /// Nil: the stored body stands (the same events drawn again), the head alone is new.
        var body: Data?

        var count: Int { head.count + (body?.count ?? 0) }
    }

    /// One article's row to write.
    struct Row: Sendable {
        var file: String
        var stamps: Stamps
        /// Nil: keep the stored record, update the stamps alone.
        var record: Blobs?
    }

    enum Meta {
        static let format = "format"
        static let environment = "environment"
        static let corpus = "corpus"
        static let indexedAt = "indexed-at"
        /// How many entries the stored chronology has: an update that reads some years'
        /// entries alone counts them all.
        static let entries = "entries"
    }

    private let queue: DatabaseQueue

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        return configuration
    }

    /// Opens an existing index; throws when it is not a readable database.
    static func open(_ path: String) throws -> IndexStore {
        let store = IndexStore(queue: try DatabaseQueue(path: path, configuration: configuration))
        _ = try store.meta()
        return store
    }

    /// Creates an empty index at `path`, replacing any file there.
    static func create(_ path: String) throws -> IndexStore {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE documents (
                    file TEXT PRIMARY KEY NOT NULL,
                    size INTEGER NOT NULL, modified INTEGER NOT NULL,
                    sidecar TEXT, sidecarSize INTEGER, sidecarModified INTEGER,
                    hash TEXT NOT NULL, record BLOB NOT NULL, body BLOB NOT NULL);
                CREATE TABLE chronology (blob BLOB NOT NULL);
                CREATE TABLE entries (year INTEGER NOT NULL, part INTEGER NOT NULL, blob BLOB NOT NULL,
                                      PRIMARY KEY (year, part));
                """)
        }
        return IndexStore(queue: queue)
    }

    func close() throws { try queue.close() }

    func meta() throws -> [String: String] {
        try queue.read { db in
            var out: [String: String] = [:]
            for row in try GRDB.Row.fetchAll(db, sql: "SELECT name, value FROM meta") { out[row["name"]] = row["value"] }
            return out
        }
    }

    func stamps() throws -> [String: Stamps] {
        try queue.read { db in
            var out: [String: Stamps] = [:]
            out.reserveCapacity(try Self.documentCount(db))
            let rows = try GRDB.Row.fetchCursor(db, sql: """
                SELECT file, size, modified, sidecar, sidecarSize, sidecarModified, hash FROM documents
                """)
            // Columns by position, as selected: a look-up by name, at every row of a large
            // corpus, costs more than the rest of reading it.
            while let row = try rows.next() {
                let sidecarSize: Int64? = row[4], sidecarModified: Int64? = row[5]
                out[row[0]] = Stamps(
                    text: FileStamp(size: row[1], modified: row[2]), sidecar: row[3],
                    sidecarStamp: sidecarSize.flatMap { s in sidecarModified.map { FileStamp(size: s, modified: $0) } },
                    hash: row[6])
            }
            return out
        }
    }

    /// Every stored record's head, as a blob, by file.
    func records() throws -> [String: Data] {
        try queue.read { db in
            var out: [String: Data] = [:]
            out.reserveCapacity(try Self.documentCount(db))
            let rows = try GRDB.Row.fetchCursor(db, sql: "SELECT file, record FROM documents")
            while let row = try rows.next() { out[row[0]] = row[1] }
            return out
        }
    }

    /// Room for every row at once: a dictionary grown row by row is copied at each doubling.
    private static func documentCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
    }

    /// The body of one article's stored record; nil when it has none.
    func body(of file: String) throws -> Data? {
        try bodies(of: [file])[0]
    }

    /// The bodies of articles' stored records, in the order of `files`; nil for one that has none.
    /// Read in one go, with one prepared statement: the database is read by one thread at a time.
    func bodies(of files: [String]) throws -> [Data?] {
        try queue.read { db in
            let statement = try db.cachedStatement(sql: "SELECT body FROM documents WHERE file = ?")
            return try files.map { try Data.fetchOne(statement, arguments: [$0]) }
        }
    }

    /// The stored chronology's head and parts in order (see `StoredChronology`); nil when none is stored.
    func chronology() throws -> StoredChronology.Parts? {
        try queue.read { db in
            guard let head = try Data.fetchOne(db, sql: "SELECT blob FROM chronology") else { return nil }
            var entries: [StoredChronology.Part] = []
            let rows = try GRDB.Row.fetchCursor(db, sql: "SELECT year, part, blob FROM entries ORDER BY year, part")
            while let row = try rows.next() { entries.append(StoredChronology.Part(year: row[0], part: row[1], blob: row[2])) }
            return StoredChronology.Parts(head: head, entries: entries)
        }
    }

    /// The stored entries' parts of `years` alone, by year and part, with the number of entries
    /// of every part (`StoredChronology.Parts.head` is left empty); nil when no chronology is stored.
    func chronology(years: Set<Int>) throws -> StoredChronology.Parts? {
        try queue.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM chronology)") == true else { return nil }
            var entries: [StoredChronology.Part] = []
            let statement = try db.cachedStatement(sql: "SELECT year, part, blob FROM entries WHERE year = ? ORDER BY part")
            for year in years.sorted() {
                let rows = try GRDB.Row.fetchCursor(statement, arguments: [year])
                while let row = try rows.next() {
                    entries.append(StoredChronology.Part(year: row[0], part: row[1], blob: row[2]))
                }
            }
            return StoredChronology.Parts(head: Data(), entries: entries)
        }
    }

    /// Adds or replaces articles' rows, in a transaction of their own.
    func insert(_ rows: [Row]) throws {
        try queue.write { db in
            for row in rows { try write(row, in: db) }
        }
    }

    /// Brings the index to a new state in one transaction: it holds either the old state
    /// or the new one, whenever the program is stopped. A nil `chronology` keeps the stored one;
    /// else its head replaces the stored one, and its entries' parts those of the `years`
    /// given (of every year when nil).
    func update(meta: [String: String], rows: [Row], removed: [String], chronology: StoredChronology.Parts?,
                years: Set<Int>? = nil) throws {
        try queue.write { db in
            for file in removed { try db.execute(sql: "DELETE FROM documents WHERE file = ?", arguments: [file]) }
            for row in rows { try write(row, in: db) }
            if let chronology {
                try db.execute(sql: "DELETE FROM chronology")
                try db.execute(sql: "INSERT INTO chronology (blob) VALUES (?)", arguments: [chronology.head])
                if let years {
                    for year in years.sorted() { try db.execute(sql: "DELETE FROM entries WHERE year = ?", arguments: [year]) }
                } else {
                    try db.execute(sql: "DELETE FROM entries")
                }
                for part in chronology.entries {
                    try db.execute(sql: "INSERT INTO entries (year, part, blob) VALUES (?, ?, ?)",
                                   arguments: [part.year, part.part, part.blob])
                }
            }
            for (name, value) in meta.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", arguments: [name, value])
            }
        }
    }

    private func write(_ row: Row, in db: Database) throws {
        let s = row.stamps
        let arguments: StatementArguments = [row.file, s.text.size, s.text.modified, s.sidecar,
                                             s.sidecarStamp?.size, s.sidecarStamp?.modified, s.hash]
        if let record = row.record, let body = record.body {
            try db.execute(sql: """
                INSERT OR REPLACE INTO documents
                (file, size, modified, sidecar, sidecarSize, sidecarModified, hash, record, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: arguments + [record.head, body])
        } else if let record = row.record {
            try db.execute(sql: """
                UPDATE documents SET size = ?2, modified = ?3, sidecar = ?4, sidecarSize = ?5,
                sidecarModified = ?6, hash = ?7, record = ?8 WHERE file = ?1
                """, arguments: arguments + [record.head])
        } else {
            try db.execute(sql: """
                UPDATE documents SET size = ?2, modified = ?3, sidecar = ?4, sidecarSize = ?5,
                sidecarModified = ?6, hash = ?7 WHERE file = ?1
                """, arguments: arguments)
        }
    }
}
