import ChronicleCore

/// Keys in the focused detail pane: scroll it, step through sources, open one.
enum DetailReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .command(let command) = action, let entry = s.selectedEntry,
              let index = s.selectedIndex else {
            if case .command(.back) = action { s.focus = .list }
            return []
        }
        if let moved = viewport(s).scrolled(by: command) {
            s.detailScroll = moved.offset
            return []
        }
        switch command {
        case .nextSource, .previousSource:
            let n = entry.sources.count
            guard n > 0 else { return [] }
            s.detailSource = (s.detailSource + (command == .nextSource ? 1 : n - 1)) % n
            showSource(&s)
            s.status = StatusMessage("Source \(s.detailSource + 1) of \(n)")
        case .open:
            ReaderReducer.open(&s, entry: index, source: s.detailSource)
        case .toggleDetail, .back:
            s.focus = .list
            s.detailScroll = 0
            s.keepCursorVisible()
        case .help:
            s.overlay = .help(scroll: 0)
        case .openInPager, .openInEditor:
            return ExternalOpen.effect(&s, entry: index, source: s.detailSource, editor: command == .openInEditor)
        default:
            break
        }
        clamp(&s)
        return []
    }

    static func viewport(_ s: AppState, content: DetailContent? = nil) -> Viewport {
        Viewport(offset: s.detailScroll, contentHeight: (content ?? s.detailContent)?.lines.count ?? 0,
                 viewHeight: s.layout.detail.count)
    }

    static func clamp(_ s: inout AppState) {
        s.detailScroll = viewport(s).offset
    }

    /// Scrolls so the selected source's block is on screen, with the blank line above it.
    static func showSource(_ s: inout AppState) {
        guard let c = s.detailContent, let start = c.start(ofSource: s.detailSource) else { return }
        let view = viewport(s, content: c)
        s.detailScroll = view.visible.contains(start) ? view.offset : view.moved(to: start - 1).offset
    }
}
