/// Makes document text safe to draw on a terminal or write to an export.
///
/// Documents are untrusted: an escape sequence in an article must never reach a
/// terminal, and `\r`, `\b` or a bidi override could make one line pose as another.
public enum DisplayText {
    /// C0 controls become Unicode control pictures (␛ ␇ ␍), TAB and line breaks a space,
    /// DEL ␡, C1 controls U+FFFD; bidi overrides and isolates are removed.
    public static func sanitize(_ s: String) -> String {
        var needsWork = false
        for u in s.unicodeScalars where isSuspect(u) {
            needsWork = true
            break
        }
        if !needsWork { return s }
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

    private static func isSuspect(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0x202A && v <= 0x202E)
            || (v >= 0x2066 && v <= 0x2069) || v == 0x200E || v == 0x200F || v == 0x061C
            || v == 0x2028 || v == 0x2029
    }
}
