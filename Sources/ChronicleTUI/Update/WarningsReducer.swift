/// The load warnings overlay: scrolls, and closes with q or Esc.
enum WarningsReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .warnings(var scroll) = s.overlay, case .command(let command) = action else { return [] }
        let height = WarningsView.bodyHeight(rows: s.size.rows)
        if let moved = PaneScroll.scrolled(scroll, by: command, height: height) {
            scroll = moved
        } else if command == .back {
            s.overlay = nil
            return []
        }
        let lines = WarningsView.lines(s.chronology.warnings, width: s.size.cols - 4).count
        s.overlay = .warnings(scroll: min(max(0, scroll), max(0, lines - height)))
        return []
    }
}
