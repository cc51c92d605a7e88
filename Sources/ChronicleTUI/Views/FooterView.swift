import ChronicleCore

/// The bottom line: the status message when there is one, else the keys that matter in
/// the current view, from the key table.
enum FooterView {
    static func draw(_ s: AppState, row: Int, into screen: inout Screen) {
        screen.fill(row: row, style: .footer)
        if let status = s.status {
            let text = TextWidth.truncate(DisplayText.sanitize(status.text), to: s.size.cols - 1)
            screen.put(" " + text, row: row, col: 0,
                       style: status.isError ? .error : .status)
            return
        }
        // Groups that are shown whole or not at all; `kept` ones are placed first.
        var groups: [(runs: [StyledRun], kept: Bool)] = []
        if s.context == .timeline, let search = s.search {
            groups.append(([StyledRun(" /\(DisplayText.sanitize(search.term))", .match)], true))
        }
        let range = s.context == .timeline ? s.range : nil
        if let range {
            // The key needed next goes with the range, so a narrow footer never drops it.
            groups.append(([StyledRun(" range \(range.count)", .range), StyledRun(" e", .footerKey),
                            StyledRun(" export", .footer)], true))
        }
        for (keys, hint, essential) in KeyMap.footer(for: s.context)
        where !(range != nil && hint == "export") && !(hint == "warnings" && s.chronology.warnings.isEmpty) {
            groups.append(([StyledRun(" " + keys, .footerKey), StyledRun(" " + hint, .footer)], essential))
        }
        // A narrow footer drops ordinary hints from the end, never the way to help or
        // out, and never cuts a hint in half.
        var fits = Array(repeating: false, count: groups.count)
        var width = 0
        for pass in [true, false] {
            for (i, g) in groups.enumerated() where g.kept == pass {
                let w = g.runs.displayWidth
                if width + w > s.size.cols { if pass { continue } else { break } }
                fits[i] = true
                width += w
            }
        }
        let shown = groups.indices.filter { fits[$0] }.flatMap { groups[$0].runs }
        screen.put(shown, row: row, col: 0)
    }
}
