/// Makes document text safe to draw on a terminal or write to an export.
///
/// Documents are untrusted: an escape sequence in an article must never reach a
/// terminal, and `\r`, `\b` or a bidi override could make one line pose as another.
public enum DisplayText {
    /// C0 controls become Unicode control pictures (␛ ␇ ␍), TAB and line breaks a space,
    /// DEL ␡, C1 controls U+FFFD; bidi overrides and isolates are removed.
    public static func sanitize(_ s: String) -> String {
        if !hasSuspectBytes(s) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                out.append(" ")
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + u.value)!)
            case 0x7F:
                out.append("\u{2421}")
            case 0x80...0x9F:
                out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                continue
            default:
                out.append(u)
            }
        }
        return String(out)
    }

    /// Like `sanitize`, but keeps line breaks (LF) so paragraphs survive; CR is dropped
    /// before LF and shown as a space elsewhere.
    public static func sanitizeKeepingLines(_ s: String) -> String {
        // Split on scalars: as Characters, "\r\n" is one grapheme and never equals "\n".
        s.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                var l = line
                if l.last == "\r" { l = l.dropLast() }
                return sanitize(String(String.UnicodeScalarView(l)))
            }
            .joined(separator: "\n")
    }

    /// Whether `s` holds a scalar that `sanitize` changes, read from its UTF-8 bytes
    /// (every summary and line drawn passes here): C0 controls and DEL; C1 controls
    /// (C2 80...C2 9F); U+061C (D8 9C); U+200E, U+200F, U+2028...U+202E (E2 80 ..); U+2066...U+2069
    /// (E2 81 A6...A9).
    private static func hasSuspectBytes(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            let n = u.count
            for i in 0..<n {
                let b = u[i]
                if b < 0x20 || b == 0x7F { return true }
                guard b >= 0xC2, i + 1 < n else { continue }
                let c = u[i + 1]
                switch b {
                case 0xC2 where c <= 0x9F: return true
                case 0xD8 where c == 0x9C: return true
                case 0xE2 where i + 2 < n:
                    let d = u[i + 2]
                    if c == 0x80 && (d == 0x8E || d == 0x8F || (d >= 0xA8 && d <= 0xAE)) { return true }
                    if c == 0x81 && d >= 0xA6 && d <= 0xA9 { return true }
                default: break
                }
            }
            return false
        }
    }
}
