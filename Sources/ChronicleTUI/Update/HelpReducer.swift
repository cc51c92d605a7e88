/// The help overlay: scrolls, and closes with Esc, q or ?.
enum HelpReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .help(var scroll) = s.overlay, case .command(let command) = action else { return [] }
        if let moved = PaneScroll.scrolled(scroll, by: command, height: s.size.rows - 3) {
            scroll = moved
        } else if command == .back || command == .cancel {
            s.overlay = nil
            return []
        }
        // The help box shows rows - 3 lines (border above and below, footer).
        let maxScroll = max(0, HelpView.lines(width: s.size.cols - 4).count - max(1, s.size.rows - 3))
        s.overlay = .help(scroll: min(max(0, scroll), maxScroll))
        return []
    }
}
