/// The help overlay: the key table's lines (`HelpText`) in a box, with where one is.
enum HelpView {
    static func draw(scroll: Int, into screen: inout Screen) {
        let lines = HelpText.lines(width: OverlayLayout.lineWidth(cols: screen.width))
        OverlayList.draw(title: "Keys (q closes)", lines: lines, scroll: scroll, into: &screen)
    }
}
