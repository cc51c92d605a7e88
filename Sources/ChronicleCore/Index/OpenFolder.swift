import Foundation

/// A folder held open while its files are examined by name (see `FileStamp`); closed when
/// let go.
final class OpenFolder: Sendable {
    let descriptor: Int32

    /// Nil when the folder cannot be opened: its files are then examined by their paths.
    init?(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
