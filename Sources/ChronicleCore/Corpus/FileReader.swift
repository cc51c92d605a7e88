#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file as bytes, with the operating system's reason when it cannot.
enum FileReader {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case isFolder
        case notRegularFile
        case system(String)

        var description: String {
            switch self {
            case .isFolder: return "is a folder, not a file"
            case .notRegularFile: return "is not a regular file"
            case .system(let reason): return "cannot be read: \(reason)"
            }
        }
    }

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        // Non-blocking, so that a named pipe called "x.txt" cannot hang the load.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        if fd < 0 { return .failure(.system(lastError())) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { return .failure(.system(lastError())) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(.isFolder) }
        if type != S_IFREG { return .failure(.notRegularFile) }

        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.system(lastError()))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        // A file that grew after fstat is read to its end.
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = chunk.withUnsafeMutableBytes { raw in systemRead(fd, raw.baseAddress!, raw.count) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.system(lastError()))
            }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return .success(bytes)
    }

    @inline(__always)
    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
        return Darwin.read(fd, buffer, count)
        #elseif canImport(Musl)
        return Musl.read(fd, buffer, count)
        #else
        return Glibc.read(fd, buffer, count)
        #endif
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }

    static func isDirectory(_ path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFDIR
    }
}
