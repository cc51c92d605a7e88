/// The help overlay: the key table's lines (`HelpText`) in a box, with where one is.
enum HelpView {
    static func draw(scroll: Int, into screen: inout Screen) {
        let height = screen.height - 1
        let lines = HelpText.lines(width: screen.width - 4)
        let visible = HelpText.bodyHeight(rows: screen.height)
        // Say that there is more, and how far along the reader is.
        var title = "Keys (q closes)"
        if lines.count > visible, visible > 0 {
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
