import SystemPackage

/// What `stat` says of a file: enough to notice a change without reading it.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64

    /// Nil when the file cannot be examined (gone, no permission).
    init?(path: String) {
        guard let info = try? FilePath(path).stat() else { return nil }
        size = info.size
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }
}
