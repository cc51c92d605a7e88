/// The moves every scrolling pane shares (detail pane, reader, help): a line, a page that
/// keeps one line of context, half a page, either end. Clamping is the pane's own.
enum PaneScroll {
    /// The new offset after `command`, or nil when the command is not a scroll.
    static func scrolled(_ offset: Int, by command: Command, height: Int) -> Int? {
        let page = max(1, height - 1)
        let half = max(1, height / 2)
        switch command {
        case .down: return offset + 1
        case .up: return offset - 1
        case .pageDown: return offset + page
        case .pageUp: return offset - page
        case .halfPageDown: return offset + half
        case .halfPageUp: return offset - half
        case .top: return 0
        case .bottom: return Int.max / 2
        default: return nil
        }
    }
}
