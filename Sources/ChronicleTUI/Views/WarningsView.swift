import ChronicleCore

/// Every load warning in a box over the screen, each under the file it names, as
/// `chronicle docs` lists them.
enum WarningsView {
    static func bodyHeight(rows: Int) -> Int { max(1, rows - 3) }

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

    static func draw(_ warnings: [LoadWarning], scroll: Int, into screen: inout Screen) {
        let height = screen.height - 1
        let lines = lines(warnings, width: screen.width - 4)
        let visible = bodyHeight(rows: screen.height)
        var title = "\(warnings.count) load warning\(warnings.count == 1 ? "" : "s") (q closes)"
        if lines.count > visible {
            title += " · \(scroll + 1)–\(min(scroll + visible, lines.count)) of \(lines.count)"
        }
        Box.draw(top: 0, left: 0, width: screen.width, height: height, title: title, into: &screen)
        for i in 0..<visible {
            let l = scroll + i
            guard l < lines.count else { break }
            screen.put(lines[l], row: 1 + i, col: 2, limit: screen.width - 4)
        }
    }
}
