import ChronicleCore

/// Every load warning in a box over the screen.
enum WarningsView {
    static func draw(_ warnings: [LoadWarning], scroll: Int, into screen: inout Screen) {
        let height = screen.height - 1
        let lines = WarningsText.lines(warnings, width: screen.width - 4)
        let visible = WarningsText.bodyHeight(rows: screen.height)
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
