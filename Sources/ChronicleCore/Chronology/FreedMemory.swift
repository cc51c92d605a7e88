#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed by one stage of a build back to the system before the next stage
/// allocates its own. The C allocator keeps freed pages of each thread's arena for reuse
/// by that arena; a stage run on other threads, or with other sizes, does not reuse them,
/// and the process's resident memory grows by what the stages before it let go.
enum FreedMemory {
    #if canImport(Glibc)
    /// glibc's `malloc_trim`, which its Swift module does not export.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif

    static func release() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }
}
