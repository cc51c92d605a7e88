import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nodes that are not regular files, made in a scratch folder, for export refusals.
enum SpecialFileTargets {
    static func fifo(at path: String) throws {
        guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A character device like /dev/null; only root may make one, so false elsewhere.
    static func nullDevice(at path: String) -> Bool {
        guard geteuid() == 0 else { return false }
        let tool = Process()
        tool.executableURL = URL(fileURLWithPath: "/bin/sh")
        tool.arguments = ["-c", "mknod \"$0\" c 1 3", path]
        guard (try? tool.run()) != nil else { return false }
        tool.waitUntilExit()
        return tool.terminationStatus == 0
    }

    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
