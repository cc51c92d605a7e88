import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The locale must be UTF-8 before curses starts or before any width is measured:
/// otherwise every non-ASCII character draws as a blank and wcwidth answers -1.
public enum TerminalLocale {
    /// Set once, on first use: the user's locale, or C.UTF-8 when that is not UTF-8
    /// (LANG unset, as in CI).
    public static let prepared: Bool = {
        setlocale(LC_ALL, "")
        if ncs_codeset_is_utf8() != 0 { return true }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, ncs_codeset_is_utf8() != 0 { return true }
        return setlocale(LC_CTYPE, "C.utf8") != nil && ncs_codeset_is_utf8() != 0
    }()
}
