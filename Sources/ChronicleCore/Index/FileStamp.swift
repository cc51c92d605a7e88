import Foundation

/// What `stat` says of a file: enough to notice a change without reading it.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64

    /// Nil when the file cannot be examined (gone, no permission). The C library's `stat`
    /// itself: every article of a large corpus is examined at each start.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Of the file `name` in the folder open as `folder` (a descriptor, as `open` gives it):
    /// the kernel looks up the one name, not the folder's path again for each of its files.
    init?(name: String, in folder: Int32) {
        var info = stat()
        guard fstatat(folder, name, &info, 0) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }
}
