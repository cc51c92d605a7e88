import Foundation

/// The bytes of a document: given at once, or read from its file the first time they are
/// asked for (then kept), repaired as the loader repairs them so offsets stay the same.
/// A file gone or unreadable by then reads as no bytes: passages then show empty, and
/// the next build reports the file.
final class DocumentBytes: @unchecked Sendable {
    private let path: String?
    private let lock = NSLock()
    // Written once under the lock when read from `path`; never changed when given.
    private var bytes: [UInt8]?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.path = nil
    }

    init(path: String) {
        self.path = path
    }

    var value: [UInt8] {
        guard let path else { return bytes! }
        lock.lock()
        defer { lock.unlock() }
        if let bytes { return bytes }
        var read = (try? FileReader.read(path).get()) ?? []
        _ = TextRepair.repair(&read)
        bytes = read
        return read
    }
}
