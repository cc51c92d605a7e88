/// The one-line summary of a passage: white space collapsed, control characters made
/// safe, cut at a word boundary near `limit` characters.
public enum EventSummary {
    public static func make(_ utf8: [UInt8], _ range: ByteRange, limit: Int = 200) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.length)
        var pendingSpace = false
        var i = range.start
        while i < range.end {
            let b = utf8[i]
            let isSpace = b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
            let isNBSP = b == 0xC2 && i + 1 < range.end && utf8[i + 1] == 0xA0
            if isSpace || isNBSP {
                pendingSpace = !bytes.isEmpty
                i += isNBSP ? 2 : 1
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(b)
            i += 1
        }
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
}
