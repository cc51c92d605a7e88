#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file all at once or not at all.
///
/// The bytes go to a hidden temporary file in the target's folder (same file system, so
/// the final step is an atomic rename), which is flushed and then moved into place. A
/// reader never sees half a file, a failure never leaves one behind, and an existing
/// file is never replaced unless the caller asks. Without `overwrite`, the move is a
/// hard link, which fails rather than replace a file that appeared in the meantime.
/// Only a regular file is ever replaced: a rename onto a device node, a FIFO or a
/// symbolic link would swap out that node itself (run as root, `/dev/null`), so those
/// are refused whatever the caller asks. A new file gets 0666 less the umask, like any
/// file a shell redirection creates; a replaced one keeps its permissions and owner.
public enum AtomicFileWriter {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case folderMissing(path: String, folder: String)
        case notAFolder(path: String, folder: String)
        case exists(path: String)
        case isFolder(path: String)
        /// Something other than a regular file is at the path; `what` names it ("a FIFO").
        case notRegularFile(path: String, what: String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .folderMissing(let path, let folder):
                return "cannot write \(path): the folder \(folder) does not exist"
            case .notAFolder(let path, let folder):
                return "cannot write \(path): \(folder) is not a folder"
            case .exists(let path):
                return "\(path) already exists; not replaced"
            case .isFolder(let path):
                return "cannot write \(path): it is a folder"
            case .notRegularFile(let path, let what):
                return "\(path) is \(what), not a regular file; not replaced"
            case .cannotWrite(let path, let reason):
                return "cannot write \(path): \(reason)"
            }
        }
    }

    public static func write(_ data: [UInt8], to path: String, overwrite: Bool) throws {
        let named = PathName.folder(of: path)
        let folder = named.isEmpty ? "." : named
        var info = stat()
        if stat(folder, &info) != 0 {
            if errno == ENOENT { throw Failure.folderMissing(path: path, folder: folder) }
            if errno == ENOTDIR { throw Failure.notAFolder(path: path, folder: folder) }
            throw Failure.cannotWrite(path: path, reason: systemReason())
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw Failure.notAFolder(path: path, folder: folder) }

        var existing = stat()
        let exists = lstat(path, &existing) == 0
        if exists { try requireReplaceable(existing, at: path) }
        if exists && !overwrite { throw Failure.exists(path: path) }

        let temp = try writeTemporary(data, in: folder, for: path, replacing: exists ? existing : nil)
        if overwrite {
            // The node may have changed since the first look; a rename must still only
            // ever replace a regular file.
            var now = stat()
            if lstat(path, &now) == 0 {
                do { try requireReplaceable(now, at: path) } catch { unlink(temp); throw error }
            }
            if rename(temp, path) != 0 {
                let reason = systemReason()
                unlink(temp)
                throw Failure.cannotWrite(path: path, reason: reason)
            }
        } else {
            if link(temp, path) != 0 {
                let code = errno
                let reason = systemReason()
                if code == EEXIST {
                    unlink(temp)
                    throw Failure.exists(path: path)
                }
                // Some file systems have no hard links: fall back to a checked rename.
                if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK {
                    var again = stat()
                    if lstat(path, &again) == 0 {
                        unlink(temp)
                        throw Failure.exists(path: path)
                    }
                    if rename(temp, path) == 0 { return }
                }
                unlink(temp)
                throw Failure.cannotWrite(path: path, reason: reason)
            }
            unlink(temp)
        }
    }

    /// Throws unless `info` (from `lstat`) is a regular file.
    private static func requireReplaceable(_ info: stat, at path: String) throws {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw Failure.isFolder(path: path)
        case S_IFLNK: throw Failure.notRegularFile(path: path, what: "a symbolic link")
        case S_IFIFO: throw Failure.notRegularFile(path: path, what: "a FIFO (named pipe)")
        case S_IFCHR: throw Failure.notRegularFile(path: path, what: "a character device")
        case S_IFBLK: throw Failure.notRegularFile(path: path, what: "a block device")
        case S_IFSOCK: throw Failure.notRegularFile(path: path, what: "a socket")
        default: throw Failure.notRegularFile(path: path, what: "not a file chronicle writes")
        }
    }

    /// Creates, fills and flushes the temporary file; removes it on any failure.
    private static func writeTemporary(_ data: [UInt8], in folder: String, for path: String,
                                       replacing old: stat?) throws -> String {
        let base = PathName.lastComponent(of: path)
        var fd: Int32 = -1
        var temp = ""
        for attempt in 0..<16 {
            temp = PathName.join(folder, ".\(base).\(getpid()).\(attempt).\(UInt32.random(in: 0...UInt32.max)).tmp")
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        // Said of the folder: "No such file or directory" alone, as /proc gives, would
        // seem to be about the file the user named.
        if fd < 0 { throw Failure.cannotWrite(path: path, reason: "no file can be created in \(folder) (\(systemReason()))") }

        var written = 0
        var failure: String?
        data.withUnsafeBytes { raw in
            while written < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = systemReason()
                    return
                }
                written += n
            }
        }
        if failure == nil, let old {
            // Set-id bits are dropped: an export is text, never a program to run as its owner.
            if fchmod(fd, old.st_mode & 0o1777) != 0 { failure = systemReason() }
            // Only root can give a file away; anyone else keeps the file as their own.
            if failure == nil && geteuid() == 0 { _ = fchown(fd, old.st_uid, old.st_gid) }
        }
        if failure == nil && fsync(fd) != 0 && errno != EINVAL { failure = systemReason() }
        if close(fd) != 0 && failure == nil { failure = systemReason() }
        if let failure {
            unlink(temp)
            throw Failure.cannotWrite(path: path, reason: failure)
        }
        return temp
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
        return Darwin.write(fd, buffer, count)
        #elseif canImport(Musl)
        return Musl.write(fd, buffer, count)
        #else
        return Glibc.write(fd, buffer, count)
        #endif
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}
