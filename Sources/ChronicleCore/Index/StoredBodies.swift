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
        guard let blob = try? store.body(of: file) else { return nil }
        return try? IndexCoder.decode(DocumentRecord.Body.self, from: blob)
    }
}
