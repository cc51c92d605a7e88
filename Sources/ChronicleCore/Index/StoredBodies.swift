import Foundation

/// The bodies of stored records (see `DocumentRecord`), read one article at a time, from
/// any thread, when its events are drawn or merged again.
final class StoredBodies: @unchecked Sendable {
    /// A body that cannot be read: the index is not to be trusted, and is built anew.
    struct Unreadable: Error {
        var file: String
    }

    private let store: IndexStore

    init(store: IndexStore) { self.store = store }

    /// Nil when the index has no body for `file`, or one that cannot be decoded.
    func body(of file: String) -> DocumentRecord.Body? {
        bodies(of: [file])[0]
    }

    /// The bodies of `files`, in order, read in one go and decoded on all cores; nil for
    /// a file the index has no body for, or one that cannot be decoded.
    func bodies(of files: [String]) -> [DocumentRecord.Body?] {
        guard let blobs = try? store.bodies(of: files) else { return files.map { _ in nil } }
        return ParallelMap.map(blobs) { blob in
            blob.flatMap { try? IndexCoder.decode(DocumentRecord.Body.self, from: $0) }
        }
    }

    /// The stored events of `files`, in order (nil as for `bodies`), read so many bodies at a
    /// time: the other parts of the bodies are let go at once, never held for all files.
    func events(of files: [String], batch: Int = 256) -> [[Event]?] {
        var out: [[Event]?] = []
        out.reserveCapacity(files.count)
        for start in stride(from: 0, to: files.count, by: batch) {
            out += bodies(of: Array(files[start..<min(start + batch, files.count)])).map { $0?.events }
        }
        return out
    }
}
