import ChronicleCore

/// Every load warning in a box over the screen.
enum WarningsView {
    static func draw(_ warnings: [LoadWarning], scroll: Int, into screen: inout Screen) {
        let title = "\(warnings.count) load warning\(warnings.count == 1 ? "" : "s") (q closes)"
        let lines = WarningsText.lines(warnings, width: OverlayLayout.lineWidth(cols: screen.width))
        OverlayList.draw(title: title, lines: lines, scroll: scroll, into: &screen)
    }
}
