import Foundation

/// Writes the records of a new index as they are made, a batch at a time, from any
/// thread: a corpus's records are never all held until one write at the end. Only for an
/// index written beside the old one (renamed over it once complete), where a write that
/// is not the last leaves nothing half-done in view.
final class RecordWriter: @unchecked Sendable {
    private let store: IndexStore
    private let lock = NSLock()
    private var pending: [IndexStore.Row] = []
    private var pendingBytes = 0
    private(set) var problem: Error? = nil
    /// Rows are written once they hold this many bytes of records.
    private let batchBytes: Int

    init(store: IndexStore, batchBytes: Int = 4_000_000) {
        self.store = store
        self.batchBytes = batchBytes
    }

    func add(_ row: IndexStore.Row) {
        lock.lock()
        defer { lock.unlock() }
        guard problem == nil else { return }
        pendingBytes += row.record?.count ?? 0
        pending.append(row)
        if pendingBytes >= batchBytes { writePending() }
    }

    /// Writes what is left; the error of the first write that failed, if any.
    func finish() throws {
        lock.lock()
        defer { lock.unlock() }
        if problem == nil, !pending.isEmpty { writePending() }
        if let problem { throw problem }
    }

    private func writePending() {
        do { try store.insert(pending) } catch { problem = error }
        pending = []
        pendingBytes = 0
    }
}
