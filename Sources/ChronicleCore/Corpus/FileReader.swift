import SystemPackage

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
        do {
            // Non-blocking, so that a named pipe called "x.txt" cannot hang the load.
            let fd = try FileDescriptor.open(FilePath(path), .readOnly, options: [.nonBlocking])
            return try fd.closeAfter { try readAll(fd) }
        } catch let error as Failure {
            return .failure(error)
        } catch let error as Errno {
            return .failure(.system(reason(error)))
        } catch {
            return .failure(.system("\(error)"))
        }
    }

    private static func readAll(_ fd: FileDescriptor) throws -> Result<[UInt8], Failure> {
        let info = try fd.stat()
        if info.type == .directory { return .failure(.isFolder) }
        if info.type != .regular { return .failure(.notRegularFile) }

        var bytes = [UInt8](repeating: 0, count: Int(info.size))
        var filled = 0
        while filled < bytes.count {
            let got = try bytes.withUnsafeMutableBytes { raw in
                try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        // A file that grew after the stat is read to its end.
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = try chunk.withUnsafeMutableBytes { try fd.read(into: $0) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return .success(bytes)
    }

    /// The system's own wording ("No such file or directory"), as `strerror` gives it.
    static func reason(_ error: Errno) -> String {
        error.description
    }

    static func isDirectory(_ path: String) -> Bool? {
        guard let info = try? FilePath(path).stat() else { return nil }
        return info.type == .directory
    }
}
