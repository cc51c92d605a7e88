import ChronicleCore

/// The load warnings as the overlay lists them: each under the file it names, as
/// `chronicle docs` does.
enum WarningsText {
    static func lines(_ warnings: [LoadWarning], width: Int) -> [[StyledRun]] {
        var out: [[StyledRun]] = []
        var lastFile: String?
        for w in warnings {
            if w.file != lastFile {
                if lastFile != nil { out.append([]) }
                out.append([StyledRun(TextWidth.truncate(DisplayText.sanitize(w.file), to: max(1, width)), .bold)])
                lastFile = w.file
            }
            for l in Wrapper.wrap(DisplayText.sanitize(w.message), width: max(4, width - 2)) {
                out.append([StyledRun("  ")] + l.runs)
            }
        }
        return out
    }
}
