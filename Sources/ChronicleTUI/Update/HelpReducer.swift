/// The help overlay: scrolls, and closes with q, Esc or ?.
enum HelpReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .help(let scroll) = s.overlay, case .command(let command) = action else { return [] }
        if command == .back || command == .cancel {
            s.overlay = nil
            return []
        }
        let view = Viewport(offset: scroll, contentHeight: HelpText.lines(width: OverlayLayout.lineWidth(cols: s.size.cols)).count,
                            viewHeight: OverlayLayout.bodyHeight(rows: s.size.rows))
        s.overlay = .help(scroll: (view.scrolled(by: command) ?? view).offset)
        return []
    }
}
