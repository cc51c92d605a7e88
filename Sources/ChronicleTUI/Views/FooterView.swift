import ChronicleCore

/// The bottom line: the status message when there is one, else the keys that matter in
/// the current view, from the key table.
enum FooterView {
    static func draw(_ s: AppState, row: Int, into screen: inout Screen) {
        screen.fill(row: row, style: .footer)
        if let status = s.status {
            screen.put(" " + DisplayText.sanitize(status.text), row: row, col: 0,
                       style: status.isError ? .error : .status)
            return
        }
        var runs: [StyledRun] = []
        if s.context == .timeline, let search = s.search {
            runs.append(StyledRun(" /\(DisplayText.sanitize(search.term))", .match))
        }
        if s.context == .timeline, let r = s.range {
            runs.append(StyledRun(" range \(r.count)", .range))
        }
        for (keys, hint) in KeyMap.footer(for: s.context) {
            runs.append(StyledRun(" " + keys, .footerKey))
            runs.append(StyledRun(" " + hint, .footer))
        }
        // Drop hints from the end rather than cut one in half.
        var width = 0
        var shown: [StyledRun] = []
        var i = 0
        while i < runs.count {
            let pair = runs[i].style == .footerKey && i + 1 < runs.count ? Array(runs[i...i + 1]) : [runs[i]]
            let w = pair.displayWidth
            if width + w > s.size.cols { break }
            shown += pair
            width += w
            i += pair.count
        }
        screen.put(shown, row: row, col: 0)
    }
}
