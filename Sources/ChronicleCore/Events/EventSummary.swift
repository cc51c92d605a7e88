/// The one-line summary of a passage: white space collapsed, control characters made
/// safe, cut at a word boundary near `limit` characters.
public enum EventSummary {
    public static func make(_ utf8: [UInt8], _ range: ByteRange, limit: Int = 200) -> String {
        var bytes = collapsedSpaces(utf8, range)
        // Printable ASCII (most passages) needs no sanitizing, and its characters are bytes.
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            guard bytes.count > limit else { return String(decoding: bytes, as: UTF8.self) }
            var end = limit
            if let lastSpace = bytes[..<limit].lastIndex(of: 0x20) { end = lastSpace }
            return String(decoding: bytes[..<end], as: UTF8.self) + "…"
        }
        // Limit in bytes first (cheap), then cut at the last space before it.
        var cut = false
        if bytes.count > limit * 2 {
            var end = limit * 2
            while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            bytes.removeSubrange(end...)
            cut = true
        }
        var out = DisplayText.sanitize(String(decoding: bytes, as: UTF8.self))
        if out.utf8.count > limit && out.count > limit {  // a Character is at least one byte
            var prefix = out.prefix(limit)
            if let lastSpace = prefix.lastIndex(of: " ") { prefix = prefix[..<lastSpace] }
            out = String(prefix)
            cut = true
        } else if cut, let lastSpace = out.lastIndex(of: " ") {
            out = String(out[..<lastSpace])
        }
        return cut ? out + "…" : out
    }

    /// The bytes of `range` with each run of white space (no-break spaces too) made one
    /// space, and none at the ends. Never longer than the range: each space written
    /// stands for one or more read, so the bytes are written in place, not appended.
    static func collapsedSpaces(_ utf8: [UInt8], _ range: ByteRange) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: max(0, range.length)) { out, count in
            utf8.withUnsafeBufferPointer { u in
                var n = 0
                var pendingSpace = false
                var i = max(0, range.start)
                let end = min(u.count, range.end)
                while i < end {
                    let b = u[i]
                    let isSpace = b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
                    let isNBSP = b == 0xC2 && i + 1 < end && u[i + 1] == 0xA0
                    if isSpace || isNBSP {
                        pendingSpace = n > 0
                        i += isNBSP ? 2 : 1
                        continue
                    }
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                        pendingSpace = false
                    }
                    out[n] = b
                    n += 1
                    i += 1
                }
                count = n
            }
        }
    }
}
