import ArgumentParser
import ChronicleCore
import Foundation

/// Reads one file for `chronicle tag` the way the corpus reads its documents: bytes kept
/// one for one (a BOM becomes spaces, NUL a space, an invalid byte U+001A).
/// Sidecar metadata is read once the corpus loader's single-file entry point is used here.
enum TagInput {
    static func load(_ path: String) throws -> Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the file")
        }
        var bytes = [UInt8](data)
        repair(&bytes)
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        return Document(id: stem, file: url.lastPathComponent, utf8: bytes, metadata: DocumentMetadata())
    }

    /// Replaces what would break analysis without moving any offset.
    static func repair(_ b: inout [UInt8]) {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { b[0] = 32; b[1] = 32; b[2] = 32 }
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 0 { b[i] = 32 }
                i += 1
                continue
            }
            var len = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; hi = 0x9F
            case 0xF0: len = 4; lo = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; hi = 0x8F
            default: len = 0
            }
            var ok = len > 0 && i + len <= n
            if ok {
                for k in 1..<len {
                    let x = b[i + k]
                    let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                    if x < l || x > h { ok = false; break }
                }
            }
            if ok { i += len } else { b[i] = 0x1A; i += 1 }
        }
    }
}
