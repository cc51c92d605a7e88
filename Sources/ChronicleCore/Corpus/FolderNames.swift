import Foundation
import SystemPackage

/// The names of a folder's entries, read with the C library: a corpus folder may hold a
/// hundred thousand files, and every command lists it before anything else.
enum FolderNames {
    /// The entries' names (without "." and ".."), in byte order; the errno when the folder
    /// cannot be read.
    static func sorted(_ path: String) -> Result<[String], Errno> {
        guard let folder = opendir(path) else { return .failure(Errno(rawValue: errno)) }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        errno = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        if errno != 0 { return .failure(Errno(rawValue: errno)) }
        // Byte order: a String's comparison follows Unicode, not the bytes.
        names.sort { a, b in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    let shorter = min(pa.count, pb.count)
                    let common = shorter == 0 ? 0 : memcmp(pa.baseAddress!, pb.baseAddress!, shorter)
                    return common != 0 ? common < 0 : pa.count < pb.count
                }
            }
        }
        return .success(names.map { String(decoding: $0, as: UTF8.self) })
    }
}
