/// The load warnings overlay: scrolls, and closes with q or Esc.
enum WarningsReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .warnings(let scroll) = s.overlay, case .command(let command) = action else { return [] }
        if command == .back {
            s.overlay = nil
            return []
        }
        let lines = WarningsText.lines(s.chronology.warnings, width: OverlayLayout.lineWidth(cols: s.size.cols)).count
        let view = Viewport(offset: scroll, contentHeight: lines, viewHeight: OverlayLayout.bodyHeight(rows: s.size.rows))
        s.overlay = .warnings(scroll: (view.scrolled(by: command) ?? view).offset)
        return []
    }
}
