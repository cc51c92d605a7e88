/// The help overlay: scrolls, and closes with Esc, q or ?.
enum HelpReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .help(var scroll) = s.overlay, case .command(let command) = action else { return [] }
        let page = max(1, s.size.rows - 4)
        switch command {
        case .down: scroll += 1
        case .up: scroll -= 1
        case .pageDown: scroll += page
        case .pageUp: scroll -= page
        case .halfPageDown: scroll += page / 2
        case .halfPageUp: scroll -= page / 2
        case .top: scroll = 0
        case .bottom: scroll = Int.max / 2
        case .back, .cancel:
            s.overlay = nil
            return []
        default:
            break
        }
        // The help box shows rows - 3 lines (border above and below, footer).
        let maxScroll = max(0, HelpView.lines(width: s.size.cols - 4).count - max(1, s.size.rows - 3))
        s.overlay = .help(scroll: min(max(0, scroll), maxScroll))
        return []
    }
}
