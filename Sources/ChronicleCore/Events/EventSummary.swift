/// The one-line summary of a passage: white space collapsed, control characters made
/// safe, cut at a word boundary near `limit` characters.
public enum EventSummary {
    public static func make(_ utf8: [UInt8], _ range: ByteRange, limit: Int = 200) -> String {
        let raw = String(decoding: utf8[range.start..<range.end], as: UTF8.self)
        var out = ""
        var space = false
        for ch in raw {
            if ch.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            out.append(ch)
        }
        out = DisplayText.sanitize(out)
        if out.count > limit {
            var cut = out.prefix(limit)
            if let lastSpace = cut.lastIndex(of: " ") { cut = cut[..<lastSpace] }
            out = String(cut) + "…"
        }
        return out
    }
}
