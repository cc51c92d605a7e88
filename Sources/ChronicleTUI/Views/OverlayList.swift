/// A full-screen box of scrolled lines, as the help and warnings overlays show them. When
/// the lines do not all fit, the title says which of them are on screen.
enum OverlayList {
    static func draw(title: String, lines: [[StyledRun]], scroll: Int, into screen: inout Screen) {
        let visible = OverlayLayout.bodyHeight(rows: screen.height)
        var title = title
        if lines.count > visible {
            title += " · \(scroll + 1)–\(min(scroll + visible, lines.count)) of \(lines.count)"
        }
        Box.draw(top: 0, left: 0, width: screen.width, height: screen.height - 1, title: title, into: &screen)
        for i in 0..<visible {
            let l = scroll + i
            guard l < lines.count else { break }
            screen.put(lines[l], row: 1 + i, col: 2, limit: OverlayLayout.lineWidth(cols: screen.width))
        }
    }
}
