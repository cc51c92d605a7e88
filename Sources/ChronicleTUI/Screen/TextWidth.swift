import CNcurses

/// Display width in terminal columns, measured with the C library's wcwidth: the same
/// function ncurses uses to place characters, so layout and drawing agree.
///
/// Widths are per grapheme (the sum of its scalars' widths, as ncurses draws them), and
/// every truncation stops at a grapheme boundary.
public enum TextWidth {
    /// Columns `ch` takes; 0 for a character that draws nothing.
    public static func width(_ ch: Character) -> Int {
        drawable(ch).width
    }

    public static func width(_ s: String) -> Int {
        var total = 0
        for u in s.utf8 where u >= 0x80 || u < 0x20 || u == 0x7F {
            // Not plain printable ASCII: measure by graphemes.
            total = 0
            for ch in s { total += width(ch) }
            return total
        }
        return s.utf8.count
    }

    /// The character as it should be drawn, and its width. Text is sanitised before it
    /// gets here; this is the last guard: a grapheme the locale cannot measure (an
    /// unassigned or control scalar) is drawn as U+FFFD, so layout never drifts.
    public static func drawable(_ ch: Character) -> (text: String, width: Int) {
        if let a = ch.asciiValue {
            if a >= 0x20 && a < 0x7F { return (String(ch), 1) }
            return ("\u{FFFD}", 1)
        }
        _ = TerminalLocale.prepared
        var total = 0
        for u in ch.unicodeScalars {
            if isControl(u.value) { return ("\u{FFFD}", 1) }
            let w = Int(wcwidth(wchar_t(bitPattern: u.value)))
            if w < 0 { return ("\u{FFFD}", 1) }
            total += w
        }
        return (String(ch), total)
    }

    /// C0, DEL, C1 and the bidi controls that could reorder what a line seems to say:
    /// views sanitise document text, and this keeps any string that slipped by inert.
    private static func isControl(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The longest prefix of `s` that fits in `limit` columns; with `ellipsis`, a cut
    /// string ends in "…" (within the limit).
    public static func truncate(_ s: String, to limit: Int, ellipsis: Bool = true) -> String {
        guard limit > 0 else { return "" }
        if width(s) <= limit { return s }
        let room = ellipsis ? limit - 1 : limit
        var out = ""
        var used = 0
        for ch in s {
            let w = width(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return ellipsis ? out + "…" : out
    }

    /// `s` truncated or padded with spaces to exactly `columns` columns.
    public static func fit(_ s: String, to columns: Int) -> String {
        let t = truncate(s, to: columns)
        let w = width(t)
        return w < columns ? t + String(repeating: " ", count: columns - w) : t
    }
}
